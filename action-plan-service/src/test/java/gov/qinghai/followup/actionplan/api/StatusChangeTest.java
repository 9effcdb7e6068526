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
    /**
     * Task 41 (省发展改革委 leads; no other test reports on it): 41-central-start = 100 and 41-central-investment ≥ 50
     * by 2017-12-31; the month 2017-12 is judged on 2018-01-05.
     */
    private static final String LEAD = "省发展改革委";

    @Test
    void aLateReportAndALaterCorrectionThatChangeTheJudgedStatusAreRecordedAndShown() {
        as(Tokens.viewer()).queryParam("asOf", "2018-01-05").get("/api/v1/tasks/41/status").then().statusCode(200)
                .body("status", equalTo("OVERDUE")).body("statusLabel", equalTo("逾期未完成"));
        int id = post(Tokens.reporter(LEAD), "/api/v1/tasks/41/reports", report("2017-12", "中央预算内项目全部开工。",
                "[" + actual("41-central-start", "100", "2017-12-31") + "," + actual("41-central-investment", "50", "2017-12-31") + "]"))
                .then().statusCode(201).extract().path("id");
        as(Tokens.viewer()).get("/api/v1/tasks/41/status-history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].judgedOn", equalTo("2018-01-05"))
                .body("[0].statusBefore", equalTo("OVERDUE")).body("[0].statusAfter", equalTo("MET"))
                .body("[0].statusAfterLabel", equalTo("已达标"))
                .body("[0].cause", equalTo("LATE_REPORT")).body("[0].causeLabel", equalTo("逾期报送"))
                .body("[0].reportId", equalTo(id)).body("[0].unit", equalTo(LEAD))
                .body("[0].text", startsWith("changed by a late report of 2017-12 of " + LEAD + " on "));
        // a correction that leaves the judged status as it was adds nothing
        put(Tokens.reporter(LEAD), "/api/v1/reports/" + id, "{\"period\":\"2017-12\",\"narrative\":\"项目全部开工（补充）。\","
                + "\"actuals\":[" + actual("41-central-start", "100", "2017-12-31") + "," + actual("41-central-investment", "55", "2017-12-31")
                + "],\"version\":0}").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/tasks/41/status-history").then().body("", hasSize(1));
        // one that takes the target away is recorded as a correction
        put(Tokens.reporter(LEAD), "/api/v1/reports/" + id, "{\"period\":\"2017-12\",\"narrative\":\"更正：仅完成部分。\","
                + "\"actuals\":[" + actual("41-central-start", "100", "2017-12-31") + "," + actual("41-central-investment", "30", "2017-12-31")
                + "],\"version\":1}").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/tasks/41/status-history").then().body("", hasSize(2))
                .body("[1].cause", equalTo("CORRECTION")).body("[1].statusBefore", equalTo("MET"))
                .body("[1].statusAfter", equalTo("OVERDUE"))
                .body("[1].text", startsWith("changed by a correction of the 2017-12 report of " + LEAD));
    }

    @Test
    void theStatusHistoryOfAnUnknownTaskIs404() {
        as(Tokens.viewer()).get("/api/v1/tasks/51/status-history").then().statusCode(404);
    }
}
