package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each referral is also a FHIR R4 Task + ServiceRequest: HAPI FHIR 8.12.1 parses it strictly into its R4 model
 * (an unknown element, a code outside a required value set such as Task.status, a wrong type fails) and validates
 * it against the R4 XML schemas (cardinality, e.g. Task.intent and ServiceRequest.subject required). HAPI's profile
 * validator (hapi-fhir-validation) is not served by the build's Maven repository (8.12.1 absent), so the
 * structure-definition checks it would add are not run.
 */
@QuarkusTest
class FhirReferralTest {
    static FhirContext ctx;
    static FhirValidator validator;

    @BeforeAll
    static void hapiValidator() {
        ctx = FhirContext.forR4();
        validator = ctx.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(false);
    }

    private static void assertValid(String json) {
        IParser strict = ctx.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        Bundle bundle = strict.parseResource(Bundle.class, json);
        assertEquals(2, bundle.getEntry().size());
        assertTrue(bundle.getEntry().get(0).getResource() instanceof ServiceRequest);
        Task task = (Task) bundle.getEntry().get(1).getResource();
        assertEquals(Task.TaskIntent.ORDER, task.getIntent());
        ValidationResult result = validator.validateWithResult(bundle);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        assertTrue(errors.isEmpty(), () -> errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList() + "\n" + json);
    }

    @Test
    void servesEachReferralAsAFhirTaskAndServiceRequestThatValidate() {
        Api.CountyCommunity c = Api.countyCommunity();
        Response created = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(true).replace("}",
                ",\"urgency\":\"URGENT\"}"));
        created.then().statusCode(201).body("number", startsWith("ZZ-"));
        long id = created.jsonPath().getLong("id");
        String number = created.jsonPath().getString("number");
        Response fhir = get(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/fhir");
        fhir.then().statusCode(200).contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("Bundle"))
                .body("entry[0].resource.resourceType", equalTo("ServiceRequest"))
                .body("entry[0].resource.status", equalTo("active"))
                .body("entry[0].resource.priority", equalTo("urgent"))
                .body("entry[0].resource.requester.display", equalTo(c.townshipName()))
                .body("entry[0].resource.performer[0].display", equalTo(c.countyName()))
                .body("entry[1].resource.resourceType", equalTo("Task"))
                .body("entry[1].resource.status", equalTo("requested"))
                .body("entry[1].resource.identifier[0].value", equalTo(number));
        assertValid(fhir.asString());
        // the check can fail: a ServiceRequest without its required intent is refused by the R4 schema
        ValidationResult broken = validator.validateWithResult(ctx.newJsonParser().parseResource(Bundle.class,
                fhir.asString().replaceFirst("\"intent\":\"order\",", "")));
        assertTrue(broken.getMessages().stream().anyMatch(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                || m.getSeverity() == ResultSeverityEnum.FATAL), "an invalid bundle passed the validator");

        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/reject", "{\"version\":0,\"reason\":\"无床位\"}")
                .then().statusCode(200);
        Response rejected = get(Tokens.supervisor(), "/api/v1/referrals/" + id + "/fhir");
        rejected.then().statusCode(200).body("entry[0].resource.status", equalTo("revoked"))
                .body("entry[1].resource.status", equalTo("rejected"))
                .body("entry[1].resource.statusReason.text", equalTo("无床位"));
        assertValid(rejected.asString());
        assertTrue(!rejected.asString().contains("nationalId"));
        problem(get(Tokens.viewer(), "/api/v1/referrals/" + id + "/fhir"), 403);
        assertEquals(200, get(Tokens.reporter(c.townshipName()), "/api/v1/referrals/" + id + "/fhir").statusCode());
    }

    @Test
    void carriesTheIcd10ReasonThePractitionersAndTheBookedAppointment() {
        Api.CountyCommunity c = Api.countyCommunity();
        String body = c.upJson(false).replace("}", ",\"reasonCode\":\"j18.9\",\"requesterPractitioner\":\"李医生\","
                + "\"requestedAt\":\"2017-10-09T00:30:00Z\"}");
        Response created = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", body);
        created.then().statusCode(201).body("reasonCode", equalTo("J18.9"))
                .body("statusLabel", equalTo("已申请"));
        long id = created.jsonPath().getLong("id");
        // 预约转诊: the receiving side books the appointment when it accepts, and names the doctor
        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/accept", "{\"version\":0,"
                + "\"at\":\"2017-10-09T02:00:00Z\",\"appointmentAt\":\"2017-10-10T01:00:00Z\","
                + "\"performerPractitioner\":\"王主任\"}").then().statusCode(200)
                .body("appointmentAt", equalTo("2017-10-10T01:00:00Z")).body("performerPractitioner", equalTo("王主任"));
        Response fhir = get(Tokens.supervisor(), "/api/v1/referrals/" + id + "/fhir");
        fhir.then().statusCode(200)
                .body("entry[0].resource.reasonCode[0].coding[0].system", equalTo("http://hl7.org/fhir/sid/icd-10"))
                .body("entry[0].resource.reasonCode[0].coding[0].code", equalTo("J18.9"))
                .body("entry[0].resource.reasonCode[0].text", equalTo("疑似肺炎"))
                .body("entry[0].resource.occurrenceDateTime", equalTo("2017-10-10T01:00:00Z"))
                .body("entry[0].resource.requester.reference", equalTo("#requester"))
                .body("entry[0].resource.performer[0].reference", equalTo("#performer"))
                .body("entry[1].resource.restriction.period.start", equalTo("2017-10-10T01:00:00Z"));
        assertValid(fhir.asString());
        Bundle bundle = ctx.newJsonParser().parseResource(Bundle.class, fhir.asString());
        ServiceRequest sr = (ServiceRequest) bundle.getEntry().get(0).getResource();
        org.hl7.fhir.r4.model.PractitionerRole requester = (org.hl7.fhir.r4.model.PractitionerRole)
                sr.getRequester().getResource();
        assertEquals("李医生", requester.getPractitioner().getDisplay());
        assertEquals(c.townshipName(), requester.getOrganization().getDisplay());
        org.hl7.fhir.r4.model.PractitionerRole performer = (org.hl7.fhir.r4.model.PractitionerRole)
                sr.getPerformerFirstRep().getResource();
        assertEquals("王主任", performer.getPractitioner().getDisplay());
        assertEquals(c.countyName(), performer.getOrganization().getDisplay());
    }

    @Test
    void refusesAMalformedIcd10CodeAndAnAppointmentBeforeItsBookingNamingTheField() {
        Api.CountyCommunity c = Api.countyCommunity();
        for (String code : List.of("I21.900x001", "121.0", "I2", "I21.")) {
            problem(post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(false)
                    .replace("}", ",\"reasonCode\":\"" + code + "\"}")), 422).body("field", equalTo("reasonCode"));
        }
        problem(post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(false).replace("}",
                ",\"requestedAt\":\"2017-10-09T00:30:00Z\",\"appointmentAt\":\"2017-10-08T00:00:00Z\"}")), 422)
                .body("field", equalTo("appointmentAt"));
        problem(post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(false).replace("}",
                ",\"requestedAt\":\"2017-10-09T00:30:00Z\",\"appointmentAt\":\"2018-12-01T00:00:00Z\"}")), 422)
                .body("field", equalTo("appointmentAt"));
        long id = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(false)).jsonPath().getLong("id");
        problem(post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/reject", "{\"version\":0,"
                + "\"reason\":\"无床位\",\"appointmentAt\":\"2030-01-01T00:00:00Z\"}"), 422)
                .body("field", equalTo("appointmentAt"));
    }
}
