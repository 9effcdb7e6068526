package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.qinghai.followup.common.testing.Management;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.domain.LongPrescriptionRule;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request examples of the OpenAPI document (what Swagger UI sends on "Try it out") are requests the seeded system
 * accepts: real seed ids (the seed's institutions 1–8 are the provincial 三级 hospitals of 140号 三(一)), a 长处方 of at
 * most 60 days (140号 三(二)3), a national ID that passes its check character. Read from the served document, so a
 * changed example is tested as it is published.
 */
@QuarkusTest
class DocumentedExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentedLongPrescriptionIsAcceptedAsItStands() {
        ObjectNode example = requestExample("/api/v1/long-prescriptions");
        assertTrue(example.path("days").asInt() <= LongPrescriptionRule.MAX_DAYS, example.toString());
        post(Tokens.admin(), "/api/v1/long-prescriptions", example.toString()).then().statusCode(201)
                .body("institutionId", equalTo(example.path("institutionId").asInt()))
                .body("days", equalTo(example.path("days").asInt()));
    }

    /**
     * The seed has no institution below 三级, so an UP referral needs a sender registered first: the one POST
     * /api/v1/institutions' own example registers (its name made unique, names are). The documented referral, with
     * that institution as fromInstitutionId and nothing else changed, is accepted and goes to the seed's hospital.
     */
    @Test
    void theDocumentedReferralIsAcceptedFromTheInstitutionTheDocumentedRegistrationCreates() {
        ObjectNode institution = schemaExample("InstitutionInput");
        institution.put("name", unique(institution.path("name").asText()));
        long sender = post(Tokens.admin(), "/api/v1/institutions", institution.toString()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        ObjectNode referral = requestExample("/api/v1/referrals");
        long receiver = referral.path("toInstitutionId").asLong();
        get(Tokens.admin(), "/api/v1/institutions/" + receiver).then().statusCode(200)
                .body("name", equalTo("青海省人民医院"));
        referral.put("fromInstitutionId", sender);
        post(Tokens.admin(), "/api/v1/referrals", referral.toString()).then().statusCode(201)
                .body("fromInstitutionId", equalTo((int) sender)).body("toInstitutionId", equalTo((int) receiver))
                .body("direction", equalTo("UP")).body("priority", equalTo("PRIORITY"));
    }

    /** Every institution a request schema's example names (but the registered referral sender) is in the seed. */
    @Test
    void theInstitutionIdsOfTheRequestExamplesAreSeeded() {
        Map<String, String> fields = Map.of("LongPrescriptionInput", "institutionId", "MemberInput", "institutionId",
                "AllianceInput", "leadInstitutionId", "ReferralRequest", "toInstitutionId");
        fields.forEach((schema, field) -> {
            long id = schemaExample(schema).path(field).asLong();
            get(Tokens.admin(), "/api/v1/institutions/" + id).then().statusCode(200);
        });
        long member = requestExample("/api/v1/alliances/{id}/members").path("institutionId").asLong();
        get(Tokens.admin(), "/api/v1/institutions/" + member).then().statusCode(200);
    }

    private static JsonNode document() {
        try {
            return JSON.readTree(Management.given().accept("application/json").get("/q/openapi?format=json").then()
                    .statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The one example of the operation's JSON request body. */
    private static ObjectNode requestExample(String path) {
        JsonNode examples = document().path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("examples");
        assertEquals(1, examples.size(), path + ": " + examples);
        return (ObjectNode) examples.elements().next().path("value").deepCopy();
    }

    /** The object Swagger UI builds from a schema's property examples. */
    private static ObjectNode schemaExample(String schema) {
        ObjectNode out = JSON.createObjectNode();
        document().path("components").path("schemas").path(schema).path("properties").fields().forEachRemaining(p -> {
            JsonNode examples = p.getValue().path("examples");
            JsonNode example = examples.isArray() && !examples.isEmpty() ? examples.get(0) : p.getValue().path("example");
            if (!example.isMissingNode()) {
                out.set(p.getKey(), example);
            }
        });
        assertTrue(out.size() > 0, schema);
        return out;
    }
}
