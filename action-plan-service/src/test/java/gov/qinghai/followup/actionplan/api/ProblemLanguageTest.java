package gov.qinghai.followup.actionplan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.ProblemLanguageChecks;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Problem answers in Chinese by default, English on request: the test-jar's {@link ProblemLanguageChecks}, on the
 * admin outbox list's {@code size=abc}.
 */
@QuarkusTest
class ProblemLanguageTest extends ProblemLanguageChecks {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /**
     * This service's own detail, with its arguments: a monthly report for a month after the offensive (135号) is
     * refused naming period, in Chinese by default and in English on request, with the same months in both.
     */
    @Test
    void aReportForAMonthAfterTheOffensiveIsRefusedInChineseByDefaultAndInEnglishOnRequest() {
        String body = Api.report("2030-11", "支出执行。", "[]");
        Response zh = report(body, null);
        Response en = report(body, "en");
        assertEquals("zh-CN", zh.header("Content-Language"));
        assertEquals("en", en.header("Content-Language"));
        String zhDetail = zh.jsonPath().getString("detail");
        String enDetail = en.jsonPath().getString("detail");
        assertTrue(zhDetail.startsWith("2030-11 已在攻势之后：月报报送到 "), zhDetail);
        assertTrue(enDetail.startsWith("2030-11 is after the offensive: reports run to "), enDetail);
        assertEquals(months(zhDetail), months(enDetail), zhDetail + " | " + enDetail);
        assertEquals(zh.jsonPath().getString("type"), en.jsonPath().getString("type"));
    }

    private static Response report(String body, String language) {
        var spec = given().auth().oauth2(Tokens.reporter("省财政厅")).contentType(ContentType.JSON).body(body);
        if (language != null) {
            spec = spec.header("Accept-Language", language);
        }
        Response r = spec.post("/api/v1/tasks/25/reports");
        r.then().statusCode(422).contentType("application/problem+json").body("field", equalTo("period"))
                .body("type", equalTo("/problems/unprocessable"));
        return r;
    }

    private static List<String> months(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
