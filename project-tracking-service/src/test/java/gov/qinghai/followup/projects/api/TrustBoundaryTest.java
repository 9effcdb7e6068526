package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.LogCapture;
import gov.qinghai.followup.common.testing.Management;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The shared gate of service-common (common.security.RoleGate, SecurityHeaders, ProblemResponseFilter) seen through
 * this service: reads need one of the four roles, an anonymous request is 401 before anything else, every answer
 * carries the security headers, and no problem or log line carries a control character a caller sent.
 */
@QuarkusTest
class TrustBoundaryTest {

    @Test
    void aTokenWithoutARoleOrWithAnUnknownRoleReadsNothing() {
        for (String token : new String[] {Tokens.withGroups(), Tokens.withGroups("citizen")}) {
            for (String path : new String[] {"/api/v1/units", "/api/v1/projects", "/api/v1/rates?asOf=2017-12-31",
                    "/api/v1/no-such-endpoint"}) {
                given().header("Authorization", bearer(token)).header("Accept-Language", "en").get(path).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/forbidden"))
                        .body("detail", containsString("none of the roles"));
            }
        }
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void anAnonymousWriteIs401BeforeItsContentTypeIsChecked() {
        given().contentType("application/json").body("{}").post("/api/v1/fairs/1/projects").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY").header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/api/v1/units").then().statusCode(401).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void a403FromARoleRuleCarriesTypeAndDetail() {
        given().header("Authorization", bearer(Tokens.viewer())).contentType("application/json").body("[]")
                .put("/api/v1/fairs/1/milestones").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden")).body("detail", notNullValue());
    }

    @Test
    void aPathValueWithALineBreakIsEscapedInTheProblemAndTheLog() {
        try (LogCapture log = LogCapture.start()) {
            String instance = given().header("Authorization", bearer(Tokens.admin())).urlEncodingEnabled(false)
                    .get("/api/v1/period-reports/quarterly/2017-Q3%0D%0A12:00:00%20INFO%20forged%1B").then()
                    .statusCode(anyOf(equalTo(400), equalTo(404))).contentType("application/problem+json")
                    .body("type", notNullValue()).body("detail", notNullValue()).extract().path("instance");
            assertFalse(instance.contains("\n") || instance.contains("\r") || instance.contains("\u001b"), instance);
            assertTrue(instance.contains("\\r\\n12:00:00 INFO forged\\u001b"), instance);
            for (String line : log.lines()) {
                assertFalse(line.contains("\n12:00:00 INFO forged"), line);
            }
        }
    }

    @Test
    void healthMetricsAndOpenApiAnswerOnlyOnTheManagementPort() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi"}) {
            Management.given().get(path).then().statusCode(200).header("X-Content-Type-Options", "nosniff");
            given().header("Authorization", bearer(Tokens.admin())).get(path).then().statusCode(not(equalTo(200)));
        }
        Management.given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Frame-Options", "DENY").header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void unmatchedAndRefusedRequestsShareOneMetricsLabel() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/v1/blind-me-anonymous-" + i).then().statusCode(401);
            given().header("Authorization", bearer(Tokens.withGroups())).get("/api/v1/blind-me-roleless-" + i).then().statusCode(403);
            given().header("Authorization", bearer(Tokens.admin())).get("/api/v1/blind-me-unmatched-" + i).then().statusCode(404);
        }
        given().get("/api/v1/blind-me-long-" + "x".repeat(5000)).then().statusCode(414);
        given().header("X-Big", "y".repeat(30_000)).get("/api/v1/blind-me-headers").then().statusCode(431);
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("blind-me"), "a raw request path became a metrics label");
        assertTrue(metrics.matches("(?s).*http_server_requests_seconds_count\\{[^}]*uri=\"UNKNOWN\".*"), "no UNKNOWN label");
    }

    @Test
    void aTokenIssuedInTheFutureOrLivingTooLongIs401() {
        for (String token : new String[] {Tokens.issuedIn(600), Tokens.living(25 * 3600)}) {
            given().header("Authorization", bearer(token)).get("/api/v1/units").then().statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
        }
        given().header("Authorization", bearer(Tokens.issuedIn(30))).get("/api/v1/units").then().statusCode(200);
        given().header("Authorization", bearer(Tokens.living(23 * 3600))).get("/api/v1/units").then().statusCode(200);
    }
}
