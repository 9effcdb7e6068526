package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.actual;
import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A month's status is judged on its report day (the 5th of the next month); a report filed or corrected after that
 * day that changes the judged status is recorded and shown. The clock of the tests is today's, long after 2017, so
 * every report on the offensive's months is late.
 */
@QuarkusTest
class StatusChangeTest {
    /** Task 2 (三江源国家公园管理局 leads; no other test reports on it): 02-plans ≥ 5 and 02-key-tasks ≥ 30 by 2017-09-30. */
    private static final String LEAD = "三江源国家公园管理局";

    @Test
    void aLateReportAndALaterCorrectionThatChangeTheJudgedStatusAreRecordedAndShown() {
        as(Tokens.viewer()).queryParam("asOf", "2017-10-05").get("/api/v1/tasks/2/status").then().statusCode(200)
                .body("status", equalTo("OVERDUE")).body("statusLabel", equalTo("逾期未完成"));
        int id = post(Tokens.reporter(LEAD), "/api/v1/tasks/2/reports", report("2017-09", "方案已印发。",
                "[" + actual("02-plans", "5", "2017-09-30") + "," + actual("02-key-tasks", "30", "2017-09-30") + "]"))
                .then().statusCode(201).extract().path("id");
        as(Tokens.viewer()).get("/api/v1/tasks/2/status-history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].judgedOn", equalTo("2017-10-05"))
                .body("[0].statusBefore", equalTo("OVERDUE")).body("[0].statusAfter", equalTo("MET"))
                .body("[0].statusAfterLabel", equalTo("已达标"))
                .body("[0].cause", equalTo("LATE_REPORT")).body("[0].causeLabel", equalTo("逾期报送"))
                .body("[0].reportId", equalTo(id)).body("[0].unit", equalTo(LEAD))
                .body("[0].text", startsWith("changed by a late report of 2017-09 of " + LEAD + " on "));
        // a correction that leaves the judged status as it was adds nothing
        put(Tokens.reporter(LEAD), "/api/v1/reports/" + id, "{\"period\":\"2017-09\",\"narrative\":\"方案已印发（补充）。\","
                + "\"actuals\":[" + actual("02-plans", "6", "2017-09-30") + "," + actual("02-key-tasks", "30", "2017-09-30")
                + "],\"version\":0}").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/tasks/2/status-history").then().body("", hasSize(1));
        // one that takes the target away is recorded as a correction
        put(Tokens.reporter(LEAD), "/api/v1/reports/" + id, "{\"period\":\"2017-09\",\"narrative\":\"更正：仅完成部分。\","
                + "\"actuals\":[" + actual("02-plans", "3", "2017-09-30") + "," + actual("02-key-tasks", "30", "2017-09-30")
                + "],\"version\":1}").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/tasks/2/status-history").then().body("", hasSize(2))
                .body("[1].cause", equalTo("CORRECTION")).body("[1].statusBefore", equalTo("MET"))
                .body("[1].statusAfter", equalTo("OVERDUE"))
                .body("[1].text", startsWith("changed by a correction of the 2017-09 report of " + LEAD));
    }

    @Test
    void theStatusHistoryOfAnUnknownTaskIs404() {
        as(Tokens.viewer()).get("/api/v1/tasks/51/status-history").then().statusCode(404);
    }
}
