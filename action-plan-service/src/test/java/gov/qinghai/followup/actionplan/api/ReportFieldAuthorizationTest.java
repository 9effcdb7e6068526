package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * 135号 二: each unit reports on the tasks it leads or shares. The monthly report is the only record a reporter writes
 * here; every field of it is the unit's own statement, and what the service decides (who filed it, when, its unit
 * once filed) is not the reporter's to set.
 */
@QuarkusTest
class ReportFieldAuthorizationTest {
    private static final String OWN = "省国资委"; // 责任单位 of 任务25

    @Test
    void aReporterCannotSetServiceDecidedFieldsNorMoveItsReportToAnotherUnit() {
        String reporter = Tokens.reporter(OWN);
        post(reporter, "/api/v1/tasks/25/reports",
                "{\"period\":\"2017-11\",\"narrative\":\"国企支出。\",\"submittedBy\":\"省财政厅\"}")
                .then().statusCode(400).contentType("application/problem+json");
        post(reporter, "/api/v1/tasks/25/reports", "{\"period\":\"2017-11\",\"unit\":\"省财政厅\",\"narrative\":\"x\"}")
                .then().statusCode(403).contentType("application/problem+json");
        int id = post(reporter, "/api/v1/tasks/25/reports", report("2017-11", "国企支出。", "[]"))
                .then().statusCode(201).body("unit", equalTo(OWN)).extract().path("id");

        put(reporter, "/api/v1/reports/" + id,
                "{\"period\":\"2017-11\",\"unit\":\"省财政厅\",\"narrative\":\"改\",\"version\":0}")
                .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("unit"));
        as(Tokens.viewer()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("unit", equalTo(OWN)).body("narrative", equalTo("国企支出。"));
    }
}
