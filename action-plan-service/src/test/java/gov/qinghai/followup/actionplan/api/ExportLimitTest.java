package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Limits: the CSV and XLSX exports of a quarterly report hold at most EXPORT_MAX_ROWS (qinghai.exports.max-rows) data
 * rows (500 in tests); a larger one is refused with 422 naming the limit and saying how to read it instead (in Chinese,
 * in English with Accept-Language: en), and the report stays readable as JSON.
 */
@QuarkusTest
class ExportLimitTest {

    @Test
    void exportAboveTheRowLimitIsRefusedNamingTheLimitWithItsHintInTheRequestsLanguage() {
        // 2018-Q1: five 明察暗访 with 100 findings each, more than an export may hold
        for (int s = 0; s < 5; s++) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (int f = 0; f < 100; f++) {
                findings.add(Map.of("unit", "省质监局", "taskNumber", 1, "text", "抽查企业 " + s + "-" + f));
            }
            post(Tokens.supervisor(), "/api/v1/supervisions", json(Map.of("kind", "UNANNOUNCED", "heldOn", "2018-02-1" + s,
                    "title", "明察暗访 " + s, "findings", findings))).then().statusCode(201);
        }
        runJob("quarterly-report", "2018-04-01").then().statusCode(200).body("period", equalTo("2018-Q1"))
                .body("ran", equalTo(true));
        for (String format : List.of("csv", "xlsx")) {
            as(Tokens.viewer()).queryParam("format", format).get("/api/v1/period-reports/quarterly/2018-Q1").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("/problems/export-too-large"))
                    .body("limit", equalTo(500))
                    .body("field", equalTo("format"))
                    .body("detail", containsString("最多 500 行（EXPORT_MAX_ROWS）：请以 JSON 读取 2018-Q1 的报告（?format=json）"));
            as(Tokens.viewer()).header("Accept-Language", "en").queryParam("format", format)
                    .get("/api/v1/period-reports/quarterly/2018-Q1").then()
                    .statusCode(422).body("type", equalTo("/problems/export-too-large")).body("limit", equalTo(500))
                    .body("detail", containsString("one export holds at most 500 (EXPORT_MAX_ROWS): read the 2018-Q1 "
                            + "report as JSON (?format=json)"));
        }
        as(Tokens.viewer()).get("/api/v1/period-reports/quarterly/2018-Q1").then().statusCode(200)
                .body("findings.size()", equalTo(500));
    }
}
