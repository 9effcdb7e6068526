package gov.qinghai.followup.projects.events;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.testing.EventChecks;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import gov.qinghai.followup.projects.api.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Project tracking's events (docs/events.md): a unit's monthly progress report, submitted then corrected, reaches a
 * subscription filtered on that unit, in order, and not one filtered on another 市州; the feed shows both to a
 * viewer. The shared checks of service-common run here too.
 */
@QuarkusTest
class ProjectEventsTest {
    static final String UNIT = "西宁市政府";
    static final String TABLE = """
            seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons
            1,西宁市政府,甲项目,大通县政府,某公司,10.00,江苏,杨小民,史超
            """;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void anEventIsPublishedOncePerCommitAndNeverOnRollback() {
        EventChecks.anEventIsPublishedOncePerCommitAndNeverOnRollback();
    }

    @Test
    void aLateCommittingEventIsNotSkippedByAReaderThatReadPastIt() throws Exception {
        EventChecks.aLateCommittingEventIsNotSkippedByAReaderThatReadPastIt();
    }

    @Test
    void subscriptionsAreForAdminsAndBadInputNamesTheField() {
        EventChecks.subscriptionsAreForAdminsAndBadInputNamesTheField(UNIT);
    }

    @Test
    void aSubmittedThenCorrectedReportReachesTheUnitsSubscriptionInOrderAndTheViewersFeed() {
        long project = project();
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            String mine = "/unit/" + UUID.randomUUID();
            String other = "/other/" + UUID.randomUUID();
            String submitted = EventChecks.type("progress-report.submitted");
            String corrected = EventChecks.type("progress-report.corrected");
            subscribe(receiver.url(mine), Map.of("unit", UNIT), submitted, corrected);
            subscribe(receiver.url(other), Map.of("prefecture", "果洛州"), submitted, corrected);
            String cursor = EventChecks.feedEnd();

            report(project, "1.00").then().statusCode(201);
            report(project, "1.50").then().statusCode(201);
            dispatcher.dispatchDue(Instant.now().plusSeconds(1));

            List<JsonPath> got = receiver.received(mine).stream().map(r -> new JsonPath(r.raw())).toList();
            assertEquals(List.of(submitted, corrected), got.stream().map(j -> j.getString("type")).toList());
            assertEquals(project, got.get(1).getLong("data.projectId"));
            assertEquals("2017-09", got.get(1).getString("data.period"));
            assertEquals(got.get(0).getLong("data.reportId"), got.get(1).getLong("data.replacesReportId"));
            assertTrue(got.get(1).getString("data.fundsInPlace").startsWith("1.5"));
            assertEquals(List.of(), receiver.received(other), "a subscription filtered on another 市州 gets nothing");

            List<String> viewer = EventChecks.feed(cursor, Tokens.viewer()).getList("items.event.subject");
            assertEquals(2, viewer.stream().filter(("projects/" + project + "/progress-reports/2017-09")::equals).count());
        }
    }

    @Test
    void theOverdueScanPublishesAReminderForTheUnitThatOwesItsReport() {
        project();
        String cursor = EventChecks.feedEnd();
        // a month no other test runs the job for: each period is processed once
        String month = "2024-09";
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", month + "-06")
                .post("/api/v1/admin/jobs/overdue-scan/run").then().statusCode(200)
                .body("ran", org.hamcrest.Matchers.equalTo(true));
        JsonPath feed = EventChecks.feed(cursor, Tokens.viewer());
        List<Map<String, Object>> reminders = feed.getList("items.event.findAll { it.type == '"
                + EventChecks.type("reminder.issued") + "' }.data");
        assertTrue(reminders.stream().anyMatch(d -> UNIT.equals(d.get("unit"))
                && java.time.YearMonth.parse(month).minusMonths(1).toString().equals(d.get("period"))), reminders.toString());
    }

    private static long project() {
        long fair = Fixtures.createFair("2017-07-06");
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv; charset=UTF-8")
                .body(TABLE.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/fairs/" + fair + "/projects").then().statusCode(201);
        return ((Number) given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair)
                .get("/api/v1/projects").then().statusCode(200).extract().path("items[0].id")).longValue();
    }

    private static io.restassured.response.Response report(long project, String funds) {
        return given().header("Authorization", bearer(Tokens.reporter(UNIT))).contentType(ContentType.JSON)
                .body(Map.of("period", "2017-09", "contractPerformed", true, "constructionStarted", true,
                        "completed", false, "fundsInPlace", funds))
                .post("/api/v1/projects/" + project + "/reports");
    }

    private static void subscribe(String url, Map<String, String> filter, String... types) {
        Map<String, Object> body = new java.util.HashMap<>(filter);
        body.put("url", url);
        body.put("eventTypes", List.of(types));
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON).body(body)
                .post("/api/v1/subscriptions").then().statusCode(201);
    }
}
