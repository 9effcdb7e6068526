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
 * it against the R4 XML schemas (cardinality, e.g. Task.intent and ServiceRequest.subject required).
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
}
