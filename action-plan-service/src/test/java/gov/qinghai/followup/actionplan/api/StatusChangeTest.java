package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.actual;
import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gov.qinghai.followup.common.testing.EventChecks;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A month's status is judged on its report day (the 5th of the next month); a report filed or corrected after that
 * day that changes the judged status is recorded and shown. The clock of the tests is today's, long after 2017, so
 * every report on the offensive's months is late. Each recorded change is published once as task.status-changed.
 */
@QuarkusTest
class StatusChangeTest {
    /**
     * Task 41 (省发展改革委 leads): 41-central-start = 100 and 41-central-investment ≥ 50 by 2017-12-31. Its 2017-11
     * report (no other test files one) is judged on 2017-12-05. Other tests' reports on the task (2017-12) may add
     * changes of their own: this test reads the entries of its own report.
     */
    private static final String LEAD = "省发展改革委";
    private static final String JUDGED = "2017-12-05";
    private static final String MINE = "findAll { it.reportId == %d }";

    private static String statusOn41() {
        return as(Tokens.viewer()).queryParam("asOf", JUDGED).get("/api/v1/tasks/41/status").then().statusCode(200)
                .extract().path("status");
    }

    private static String correction(String investment, int version) {
        return "{\"period\":\"2017-11\",\"narrative\":\"更正。\",\"actuals\":[" + actual("41-central-start", "100", "2017-11-30")
                + "," + actual("41-central-investment", investment, "2017-11-30") + "],\"version\":" + version + "}";
    }

    /** The task.status-changed events of task 41's 2017-11 report (this test's) published after the cursor. */
    private static List<Map<String, Object>> changesOf41(String cursor) {
        return EventChecks.feed(cursor, Tokens.viewer()).getList("items.findAll { it.event.type == '"
                + EventChecks.type("task.status-changed") + "' && it.event.subject == 'tasks/41' "
                + "&& it.event.data.reportPeriod == '2017-11' }.event.data");
    }

    @Test
    void aLateReportAndALaterCorrectionThatChangeTheJudgedStatusAreRecordedAndShown() {
        String cursor = EventChecks.feedEnd();
        String before = statusOn41();
        int id = post(Tokens.reporter(LEAD), "/api/v1/tasks/41/reports", report("2017-11", "中央预算内项目全部开工。",
                "[" + actual("41-central-start", "100", "2017-11-30") + "," + actual("41-central-investment", "50", "2017-11-30")
                        + "]")).then().statusCode(201).extract().path("id");
        String met = statusOn41();
        assertEquals("MET", met, "both targets reached by 2017-11-30");
        assertNotEquals(before, met, "the late report changes the status judged on " + JUDGED);
        String mine = String.format(MINE, id);
        as(Tokens.viewer()).get("/api/v1/tasks/41/status-history").then().statusCode(200)
                .body(mine, hasSize(1))
                .body(mine + "[0].judgedOn", equalTo(JUDGED))
                .body(mine + "[0].statusBefore", equalTo(before)).body(mine + "[0].statusAfter", equalTo("MET"))
                .body(mine + "[0].statusAfterLabel", equalTo("已达标"))
                .body(mine + "[0].cause", equalTo("LATE_REPORT")).body(mine + "[0].causeLabel", equalTo("逾期报送"))
                .body(mine + "[0].unit", equalTo(LEAD))
                .body(mine + "[0].text", startsWith("changed by a late report of 2017-11 of " + LEAD + " on "));
        List<Map<String, Object>> events = changesOf41(cursor);
        assertEquals(1, events.size(), "the report that completes the task publishes one event: " + events);
        assertEquals(before, events.get(0).get("previousStatus"));
        assertEquals("MET", events.get(0).get("status"));
        assertEquals("LATE_REPORT", events.get(0).get("cause"));
        assertEquals(LEAD, events.get(0).get("unit"));
        assertEquals(JUDGED, events.get(0).get("judgedOn"));
        // a correction that leaves the judged status as it was adds nothing
        put(Tokens.reporter(LEAD), "/api/v1/reports/" + id, correction("55", 0)).then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/tasks/41/status-history").then().body(mine, hasSize(1));
        assertEquals(1, changesOf41(cursor).size(), "no change, no event");
        // one that takes a target away is recorded as a correction
        put(Tokens.reporter(LEAD), "/api/v1/reports/" + id, correction("30", 1)).then().statusCode(200);
        String corrected = statusOn41();
        assertNotEquals("MET", corrected);
        as(Tokens.viewer()).get("/api/v1/tasks/41/status-history").then().body(mine, hasSize(2))
                .body(mine + "[1].cause", equalTo("CORRECTION")).body(mine + "[1].statusBefore", equalTo("MET"))
                .body(mine + "[1].statusAfter", equalTo(corrected))
                .body(mine + "[1].text", startsWith("changed by a correction of the 2017-11 report of " + LEAD));
        events = changesOf41(cursor);
        assertEquals(2, events.size(), "the correction's change is published once: " + events);
        assertEquals("CORRECTION", events.get(1).get("cause"));
        assertEquals("MET", events.get(1).get("previousStatus"));
        assertEquals(corrected, events.get(1).get("status"));
    }

    @Test
    void theStatusHistoryOfAnUnknownTaskIs404() {
        as(Tokens.viewer()).get("/api/v1/tasks/51/status-history").then().statusCode(404);
    }
}
