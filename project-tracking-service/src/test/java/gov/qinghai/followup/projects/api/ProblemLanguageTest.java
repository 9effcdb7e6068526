package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.ProblemLanguageChecks;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Problem answers in Chinese by default, English on request: the test-jar's {@link ProblemLanguageChecks}, on the
 * admin outbox list's {@code size=abc}.
 */
@QuarkusTest
class ProblemLanguageTest extends ProblemLanguageChecks {
    private static final String FUTURE = "2999-01-01T00:00:00+08:00";

    /** Project tracking's own detail (problem-details_zh/en), its argument filled in, in either language. */
    @Test
    void ratesAsTheyStoodInTheFutureAreRefusedInChineseByDefaultAndInEnglishOnRequest() {
        futureRates(given()).then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "zh-CN").body("type", equalTo("/problems/invalid-field"))
                .body("field", equalTo("reportedBy"))
                .body("detail", equalTo("reportedBy " + FUTURE + " 是将来的时刻：要看最新的更正，请不提供此参数"));
        futureRates(given().header("Accept-Language", "en")).then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "en")
                .body("type", equalTo("/problems/invalid-field")).body("field", equalTo("reportedBy"))
                .body("detail", equalTo("reportedBy " + FUTURE + " is in the future: leave it out for the latest corrections"));
    }

    private static io.restassured.response.Response futureRates(RequestSpecification request) {
        return request.header("Authorization", bearer(Tokens.viewer())).queryParam("asOf", "2017-12-31")
                .queryParam("reportedBy", FUTURE).get("/api/v1/rates");
    }
}
