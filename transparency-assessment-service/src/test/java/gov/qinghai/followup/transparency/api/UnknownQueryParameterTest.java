package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A query parameter the operation does not declare is 400 naming it, never silently ignored (api.strict-query-parameters). */
@QuarkusTest
class UnknownQueryParameterTest {
    @Test
    void anUndeclaredQueryParameterIs400NamingIt() {
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/grade-bands").then().statusCode(200);
        given().header("Authorization", bearer(Tokens.viewer())).header("Accept-Language", "en").queryParam("bogus", "1").get("/api/v1/grade-bands").then()
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("bogus")).body("detail", containsString("unknown query parameter 'bogus'"));
    }
}
