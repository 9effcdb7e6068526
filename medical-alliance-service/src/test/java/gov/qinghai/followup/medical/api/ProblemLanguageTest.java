package gov.qinghai.followup.medical.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.ProblemLanguageChecks;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Problem answers in Chinese by default, English on request: the test-jar's {@link ProblemLanguageChecks}, on the
 * admin outbox list's {@code size=abc}.
 */
@QuarkusTest
class ProblemLanguageTest extends ProblemLanguageChecks {
    /**
     * This service's own detail, with its arguments: a 长处方 of 61 days (140号 三(二)3 allows 2个月用药量, 60 days) is
     * refused naming days, in Chinese by default and in English on request, with the same numbers in both.
     */
    @Test
    void aLongPrescriptionOverTwoMonthsIsRefusedInChineseByDefaultAndInEnglishOnRequest() {
        String body = "{\"institutionId\":1,\"nationalId\":\"" + Api.nationalId() + "\",\"contracted\":true,"
                + "\"stableChronic\":true,\"condition\":\"高血压\",\"startDate\":\"2017-10-01\",\"days\":61}";
        Response zh = prescribe(body, null);
        Response en = prescribe(body, "en");
        assertEquals("zh-CN", zh.header("Content-Language"));
        assertEquals("en", en.header("Content-Language"));
        String zhDetail = zh.jsonPath().getString("detail");
        String enDetail = en.jsonPath().getString("detail");
        assertTrue(zhDetail.startsWith("61 天超过了2个月用药量（最多 60 天，按 2 × 30 天计"), zhDetail);
        assertTrue(enDetail.startsWith("61 days exceed 2个月用药量 (at most 60 days, counted as 2 × 30 days"), enDetail);
        assertEquals("无法处理的内容", zh.jsonPath().getString("title"));
        assertEquals(zh.jsonPath().getString("type"), en.jsonPath().getString("type"));
    }

    private static Response prescribe(String body, String language) {
        var spec = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body);
        if (language != null) {
            spec = spec.header("Accept-Language", language);
        }
        Response r = spec.post("/api/v1/long-prescriptions");
        r.then().statusCode(422).contentType("application/problem+json").body("field", equalTo("days"))
                .body("type", equalTo("/problems/unprocessable"));
        return r;
    }
}
