package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import gov.qinghai.followup.common.security.VerifiedTokenCache;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The conventions of DESIGN.md on the responsible units of 青政办〔2017〕134号 附件. */
@QuarkusTest
class UnitResourceTest {
    @Inject
    JWTParser tokens;

    @Test
    void listsTheThirtyTwoUnitsOfTheAttachmentPaged() {
        given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("size", 5)
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(32))
                .body("items.size()", equalTo(5))
                .body("items[0].name", equalTo("西宁市政府"))
                .body("totalPages", equalTo(7));
    }

    @Test
    void filtersUnitsByKind() {
        given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("kind", "PARK_COMMITTEE")
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.park", hasItem("柴达木循环经济试验区"));
    }

    @Test
    void rejectsOversizedPageWithTheParameterNamed() {
        given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("size", 5000)
                .get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void refusesListWithoutToken() {
        problem(given().get("/api/v1/units"), 401);
    }

    @Test
    void refusesExpiredAndForeignTokens() {
        problem(given().header("Authorization", bearer(Tokens.expired())).get("/api/v1/units"), 401);
        problem(given().header("Authorization", bearer(Tokens.foreignSigned())).get("/api/v1/units"), 401);
    }

    /** A verified token is kept (VerifiedTokenCache); a copy altered in any part is checked again and refused. */
    @Test
    void aTokenAcceptedBeforeDoesNotVouchForAnAlteredCopy() {
        assertInstanceOf(VerifiedTokenCache.class, tokens, "the bearer-token check goes through the cache");
        String viewer = Tokens.viewer();
        given().header("Authorization", bearer(viewer)).get("/api/v1/units").then().statusCode(200);
        given().header("Authorization", bearer(viewer)).get("/api/v1/units").then().statusCode(200);
        String[] parts = viewer.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String admin = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"viewer\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
        problem(given().header("Authorization", bearer(parts[0] + "." + admin + "." + parts[2]))
                .get("/api/v1/units"), 401);
        String signature = parts[2].substring(0, parts[2].length() - 4) + (parts[2].endsWith("AAAA") ? "BBBB" : "AAAA");
        problem(given().header("Authorization", bearer(parts[0] + "." + parts[1] + "." + signature))
                .get("/api/v1/units"), 401);
    }

    @Test
    void refusesUpdateByViewer() {
        problem(update(Tokens.viewer(), 12, "{\"kind\":\"PROVINCIAL_DEPARTMENT\",\"version\":0}"), 403);
    }

    @Test
    void answersMalformedJsonWithProblem() {
        problem(update(Tokens.admin(), 12, "{\"kind\":"), 400);
    }

    @Test
    void namesTheMissingFieldAsSent() {
        problem(update(Tokens.admin(), 12, "{\"kind\":\"PROVINCIAL_DEPARTMENT\"}"), 400)
                .body("violations.field", hasItem("version"));
    }

    @Test
    void answersUnreadableBodiesWithProblemNamingTheField() {
        for (String body : new String[] {"[]", "\"x\"", "123", "{\"kind\":", "[1,2"}) {
            problem(update(Tokens.admin(), 12, body), 400);
        }
        problem(update(Tokens.admin(), 12, "{\"kind\":\"BANK\",\"version\":{}}"), 400).body("field", equalTo("version"));
        problem(update(Tokens.admin(), 12, "{\"kind\":\"BANK\",\"version\":0.5}"), 400).body("field", equalTo("version"));
        problem(update(Tokens.admin(), 12, "{\"kind\":\"BANK\",\"park\":17,\"version\":0}"), 400)
                .body("field", equalTo("park"));
    }

    @Test
    void refusesNulCharactersAsBadInput() {
        problem(given().header("Authorization", bearer(Tokens.viewer())).queryParam("prefecture", "西宁\u0000市")
                .get("/api/v1/units"), 400);
    }

    @Test
    void rejectsUnknownEnumValue() {
        problem(update(Tokens.admin(), 12, "{\"kind\":\"MINISTRY\",\"version\":0}"), 400);
    }

    @Test
    void answersUnknownUnitWith404() {
        problem(given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units/999999"), 404);
    }

    @Test
    void refusesStaleVersionAndKeepsTheWinner() {
        int version = given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units/13")
                .then().statusCode(200).extract().path("version");
        update(Tokens.admin(), 13, "{\"kind\":\"PROVINCIAL_DEPARTMENT\",\"contactEmail\":\"winner@example.gov.cn\","
                + "\"version\":" + version + "}").then().statusCode(200).body("version", equalTo(version + 1));
        problem(update(Tokens.admin(), 13, "{\"kind\":\"PROVINCIAL_DEPARTMENT\",\"contactEmail\":\"loser@example.gov.cn\","
                + "\"version\":" + version + "}"), 409).body("field", equalTo("version"));
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units/13")
                .then().body("contactEmail", equalTo("winner@example.gov.cn"));
    }

    @Test
    void auditsEveryChangeWithWhoAndBeforeAfter() {
        int version = given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units/14")
                .then().extract().path("version");
        update(Tokens.admin(), 14, "{\"kind\":\"PROVINCIAL_DEPARTMENT\",\"contactEmail\":\"hb@example.gov.cn\","
                + "\"version\":" + version + "}").then().statusCode(200);
        given().header("Authorization", bearer(Tokens.supervisor())).get("/api/v1/units/14/history")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(1))
                .body("[-1].by", equalTo("admin@test"))
                .body("[-1].after.contactEmail", equalTo("hb@example.gov.cn"))
                .body("[-1].at", notNullValue());
    }

    private static io.restassured.response.Response update(String token, long id, String json) {
        return given().header("Authorization", bearer(token)).contentType(ContentType.JSON).body(json)
                .put("/api/v1/units/" + id);
    }

    private static ValidatableResponse problem(io.restassured.response.Response r, int status) {
        return r.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }
}
