package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jobs of 134号 五, each run for a given date. Each test owns the months it runs the jobs for. */
@QuarkusTest
class JobsTest {
    /** %test.notifications.webhook-url */
    private static final String WEBHOOK = "http://127.0.0.1:18089/hook";
    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void monthlyReminderPicksExactlyTheUnitsLackingReportsOncePerPeriod() {
        // 省卫生计生委 and 省贸促会 each have one project (序号 320 and 338): both report on 2019-03
        report(Tokens.admin(), seedProject(320), "2019-03", true, false, "0").then().statusCode(201);
        report(Tokens.admin(), seedProject(338), "2019-03", true, false, "0").then().statusCode(201);

        run("monthly-reminder", "2019-04-01").body("ran", equalTo(true)).body("period", equalTo("2019-03"))
                .body("items", equalTo(30));
        run("monthly-reminder", "2019-04-15").body("ran", equalTo(false)).body("items", equalTo(0));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2019-03").queryParam("size", 100)
                .get("/api/v1/reminders").then().statusCode(200)
                .body("total", equalTo(30))
                .body("items.unit", not(hasItem("省卫生计生委")))
                .body("items.unit", not(hasItem("省贸促会")))
                .body("items.find { it.unit == '省水利厅' }.projectIds.size()", equalTo(2))
                .body("items.find { it.unit == '省水利厅' }.message", org.hamcrest.Matchers.containsString("2019年4月5日前"));
    }

    @Test
    void overdueScanOnTheSixthListsWhoIsStillMissing() {
        report(Tokens.admin(), seedProject(339), "2019-05", true, false, "0").then().statusCode(201);
        run("overdue-scan", "2019-06-06").body("ran", equalTo(true)).body("items", equalTo(31));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2019-05").queryParam("kind", "OVERDUE")
                .queryParam("size", 100).get("/api/v1/reminders").then()
                .body("items.unit", not(hasItem("西部矿业集团有限公司")))
                .body("items.message", hasItem(org.hamcrest.Matchers.startsWith("已逾期")));
        run("overdue-scan", "2019-06-07").body("ran", equalTo(false));
    }

    @Test
    void webhookDeliveryIsRetriedUntilTheReceiverIsBack() {
        run("monthly-reminder", "2019-08-01").body("ran", equalTo(true));
        dispatcher.dispatchDue(Instant.now()); // nobody listens on 18089
        int reminderId = given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2019-07")
                .get("/api/v1/reminders").then().extract().path("items[0].id");
        // Behind older undelivered messages to the same webhook it may not have been tried yet: attempts 0 or 1.
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/reminders/" + reminderId).then()
                .body("deliveries.find { it.channel == 'WEBHOOK' }.status", equalTo("PENDING"))
                .body("deliveries.find { it.channel == 'WEBHOOK' }.target", equalTo(WEBHOOK))
                .body("deliveries.find { it.channel == 'WEBHOOK' }.sentAt", nullValue());

        List<WebhookReceiver.Received> received;
        try (WebhookReceiver receiver = WebhookReceiver.start(18089)) {
            dispatcher.dispatchDue(afterEveryBackOffOf(WEBHOOK));
            received = receiver.received("/hook");
        }
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/reminders/" + reminderId).then()
                .body("deliveries.find { it.channel == 'WEBHOOK' }.status", equalTo("SENT"))
                .body("deliveries.find { it.channel == 'WEBHOOK' }.lastError", nullValue());
        List<WebhookReceiver.Received> mine = received.stream()
                .filter(r -> r.body().path("data").path("reminderId").asInt() == reminderId).toList();
        assertEquals(1, mine.size(), "delivered once");
        assertEquals("progress-reminder", mine.get(0).body().path("topic").asText());
        assertEquals("2019-07", mine.get(0).body().path("data").path("period").asText());
        assertEquals(mine.get(0).id(), mine.get(0).idempotencyKey());
    }

    @Test
    void quarterlyReportFor2017Q4InJsonCsvAndXlsx() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-09", true, false, "1").then().statusCode(201);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-12", true, true, "2").then().statusCode(201);
        given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType("application/json")
                .body(java.util.Map.of("period", "2017-11", "contractPerformed", true, "constructionStarted", false,
                        "completed", false, "fundsInPlace", "1", "problems", "用地手续尚未办结"))
                .post("/api/v1/projects/" + fair.project(2) + "/reports").then().statusCode(201);

        run("quarterly-report", "2018-01-06").body("ran", equalTo(true)).body("period", equalTo("2017-Q4"));
        run("quarterly-report", "2018-02-01").body("ran", equalTo(false));

        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .get("/api/v1/quarterly-reports/2017-Q4").then().statusCode(200)
                .body("quarter", equalTo("2017-Q4"))
                .body("overall.contractFulfilmentRate", equalTo(50.0f))
                .body("previousOverall.contractFulfilmentRate", equalTo(25.0f))
                .body("units.find { it.unit == '西宁市政府' }.reportsExpected", equalTo(6))
                .body("units.find { it.unit == '西宁市政府' }.reportsReceived", equalTo(2))
                .body("units.find { it.unit == '西宁市政府' }.reportsLate", equalTo(2))
                .body("units.find { it.unit == '海西州政府' }.reportsMissing", equalTo(3))
                .body("problems[0].problems", equalTo("用地手续尚未办结"))
                .body("overall.versus.contractFulfilment.status", equalTo("MISSED"));
        String csv = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .header("Accept", "text/csv").get("/api/v1/quarterly-reports/2017-Q4")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("unit,prefecture,projects,contract_fulfilment_rate"));
        assertTrue(csv.contains("西宁市政府,西宁市,2,100.00"));
        byte[] xlsx = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("format", "xlsx").get("/api/v1/quarterly-reports/2017-Q4")
                .then().statusCode(200).extract().asByteArray();
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
    }

    @Test
    void unknownJobAndMissingDateAreClientErrors() {
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2019-01-01")
                .post("/api/v1/admin/jobs/nope/run").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", bearer(Tokens.admin())).post("/api/v1/admin/jobs/monthly-reminder/run")
                .then().statusCode(400).body("field", equalTo("date"));
        given().header("Authorization", bearer(Tokens.supervisor())).queryParam("date", "2019-01-01")
                .post("/api/v1/admin/jobs/monthly-reminder/run").then().statusCode(403);
    }

    /**
     * A time at which every message queued for the recipient is due again, whatever back-off the dispatches of
     * other tests (some for a later time) gave the ones queued before this test's.
     */
    private static Instant afterEveryBackOffOf(String recipient) {
        Instant latest = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find(
                "recipient = ?1 and status <> ?2 order by nextAttemptAt desc", recipient, OutboxMessage.Status.SENT)
                .firstResultOptional().map(m -> m.nextAttemptAt).orElse(Instant.now()));
        return (latest.isAfter(Instant.now()) ? latest : Instant.now()).plus(Duration.ofMinutes(1));
    }

    static long seedProject(int seq) {
        return ((Number) given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", 1)
                .queryParam("size", 200).queryParam("page", seq > 200 ? 1 : 0).get("/api/v1/projects")
                .then().extract().path("items.find { it.seq == " + seq + " }.id")).longValue();
    }

    private static io.restassured.response.ValidatableResponse run(String job, String date) {
        return given().header("Authorization", bearer(Tokens.admin())).queryParam("date", date)
                .post("/api/v1/admin/jobs/" + job + "/run").then().statusCode(200);
    }
}
