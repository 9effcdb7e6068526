package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.projects.domain.ReminderMessage;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The jobs of 134号 五, each run for a given date. Each test owns the months it runs the jobs for, and checks the
 * jobs' work on its own fair's data only: the reminder jobs cover every fair, so the number of units they remind
 * depends on what other tests created.
 */
@QuarkusTest
class JobsTest {
    /** %test.notifications.webhook-url */
    private static final String WEBHOOK = "http://127.0.0.1:18089/hook";
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    /**
     * The job reminds every unit of the whole database, so the test checks what it did with its own fair's projects
     * (ProgressAndRatesTest.TABLE: 西宁市政府 序号 1 and 2, 海西州政府 3, 省科技厅 4), whatever other tests created.
     */
    @Test
    void monthlyReminderNamesExactlyTheUnreportedProjectsUnderTheirUnitsOncePerPeriod() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.admin(), fair.project(1), "2019-03", true, false, "0").then().statusCode(201);
        report(Tokens.admin(), fair.project(3), "2019-03", true, false, "0").then().statusCode(201);

        int items = run("monthly-reminder", "2019-04-01").body("ran", equalTo(true)).body("period", equalTo("2019-03"))
                .extract().path("items");
        run("monthly-reminder", "2019-04-15").body("ran", equalTo(false)).body("items", equalTo(0));
        JsonPath reminders = reminders("2019-03", "REMINDER");
        assertEquals(items, reminders.getInt("total"), "one reminder per unit the run picked");
        assertEquals(Map.of("西宁市政府", List.of(fair.project(2)), "省科技厅", List.of(fair.project(4))),
                projectsOf(fair, reminders), "exactly the fair's unreported projects, each under its unit");
        assertTrue(reminders.getString("items.find { it.unit == '西宁市政府' }.message").contains("2019年4月5日前"));
    }

    @Test
    void overdueScanOnTheSixthListsWhatIsStillMissing() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.admin(), fair.project(4), "2019-05", true, false, "0").then().statusCode(201);

        int items = run("overdue-scan", "2019-06-06").body("ran", equalTo(true)).extract().path("items");
        JsonPath overdue = reminders("2019-05", "OVERDUE");
        assertEquals(items, overdue.getInt("total"));
        assertEquals(Map.of("西宁市政府", List.of(fair.project(1), fair.project(2)), "海西州政府", List.of(fair.project(3))),
                projectsOf(fair, overdue));
        assertTrue(overdue.getList("items.message", String.class).stream().allMatch(m -> m.startsWith("已逾期")));
        run("overdue-scan", "2019-06-07").body("ran", equalTo(false));
    }

    /** Any role reads reminders: a webhook's credential must not reach a viewer (secrets). */
    @Test
    void aWebhookCredentialIsNotShownToAViewerOfTheReminder() {
        run("monthly-reminder", "2019-11-01").body("ran", equalTo(true));
        long reminderId = given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2019-10")
                .get("/api/v1/reminders").then().extract().<Number>path("items[0].id").longValue();
        String secretUrl = "http://127.0.0.1:18089/robot/send?access_token=SECRET-TOKEN-2019";
        QuarkusTransaction.requiringNew().run(() -> {
            java.util.UUID id = outbox.enqueue(Recipient.webhook(secretUrl), new Outbox.Message("progress-reminder",
                    ReminderMessage.eventKey(reminderId), "提醒", "提醒", Map.of("reminderId", reminderId)));
            OutboxMessage.update("lastError = ?1 where id = ?2", "POST " + secretUrl + " answered 400", id);
        });

        String body = given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/reminders/" + reminderId)
                .then().statusCode(200)
                .body("deliveries.find { it.target.contains('robot') }.target",
                        equalTo("http://127.0.0.1:18089/robot/send?***"))
                .extract().asString();
        assertTrue(!body.contains("SECRET-TOKEN-2019"), body);
        assertTrue(!given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2019-10")
                .get("/api/v1/reminders").asString().contains("SECRET-TOKEN-2019"));
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
                .get("/api/v1/period-reports/quarterly/2017-Q4").then().statusCode(200)
                .body("quarter", equalTo("2017-Q4")).body("version", equalTo(1)).body("supersededBy", nullValue())
                .body("overall.contractFulfilmentRate", equalTo(50.0f))
                .body("previousOverall.contractFulfilmentRate", equalTo(25.0f))
                .body("units.find { it.unit == '西宁市政府' }.reportsExpected", equalTo(6))
                .body("units.find { it.unit == '西宁市政府' }.reportsReceived", equalTo(2))
                .body("units.find { it.unit == '西宁市政府' }.reportsLate", equalTo(2))
                .body("units.find { it.unit == '海西州政府' }.reportsMissing", equalTo(3))
                .body("problems[0].problems", equalTo("用地手续尚未办结"))
                .body("overall.versus.contractFulfilment.status", equalTo("MISSED"));
        // The JSON answer is the stored record itself after the version fields, not a copy read into objects
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select content::text from period_report where kind = 'quarterly' and scope = ?1 and period = '2017-Q4'")
                .setParameter(1, String.valueOf(fair.id())).getSingleResult());
        Map<String, Object> answer = new TreeMap<>(given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("fairId", fair.id()).get("/api/v1/period-reports/quarterly/2017-Q4").then().statusCode(200)
                .extract().jsonPath().getMap(""));
        Map<String, Object> content = new TreeMap<>(JsonPath.from(stored).getMap(""));
        List.of("kind", "period", "scope", "version", "builtAt", "dataAsOf", "builtBy", "reason", "supersededBy")
                .forEach(answer::remove);
        assertEquals(content, answer);
        String csv = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .header("Accept", "text/csv").get("/api/v1/period-reports/quarterly/2017-Q4")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFF责任单位,市州,项目数,履约率(%),开工率(%),资金到位率(%)"), csv);
        assertTrue(csv.contains("西宁市政府,西宁市,2,100.00"));
        // the CSV carries what the JSON has: targets, gaps and 已达标/未达标, the 市州 breakdown and the 存在的问题
        assertTrue(csv.contains("履约率目标(%),履约率差距(百分点),履约率考核"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("合计,") && l.matches(".*,70(\\.00)?,-20\\.00,未达标,.*")), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("海西州,海西州,") && l.contains(",市州,")), csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains(",存在的问题,") && l.endsWith(",2017-11,用地手续尚未办结")), csv);
        assertTrue(csv.lines().noneMatch(l -> l.contains("MISSED") || l.contains("contract_")), csv);
        byte[] xlsx = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("format", "xlsx").get("/api/v1/period-reports/quarterly/2017-Q4")
                .then().statusCode(200).extract().asByteArray();
        List<List<Object>> sheet = ExportsTest.readXlsx(xlsx);
        assertEquals("责任单位", sheet.get(0).get(0));
        int status = sheet.get(0).indexOf("履约率考核");
        List<Object> total = sheet.stream().filter(r -> "合计".equals(r.get(0))).findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal("50").compareTo((java.math.BigDecimal) total.get(3)), total.toString());
        assertEquals("未达标", total.get(status));
        assertTrue(sheet.stream().anyMatch(r -> "用地手续尚未办结".equals(r.get(r.size() - 1))), sheet.toString());
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

    /** The period's reminders of a kind: at most one per unit, so one page of 200 holds them all. */
    private static JsonPath reminders(String period, String kind) {
        return given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", period)
                .queryParam("kind", kind).queryParam("size", 200).get("/api/v1/reminders").then().statusCode(200)
                .body("total", lessThanOrEqualTo(200)).extract().jsonPath();
    }

    /** The fair's projects each reminder names, by unit (units whose reminder names none of them left out). */
    private static Map<String, List<Long>> projectsOf(Fixtures.TestFair fair, JsonPath reminders) {
        Set<Long> ours = Set.copyOf(fair.projectBySeq().values());
        Map<String, List<Long>> byUnit = new TreeMap<>();
        for (Map<String, Object> r : reminders.<Map<String, Object>>getList("items")) {
            List<Long> named = ((List<?>) r.get("projectIds")).stream().map(id -> ((Number) id).longValue())
                    .filter(ours::contains).toList();
            if (!named.isEmpty()) {
                byUnit.put((String) r.get("unit"), named);
            }
        }
        return byUnit;
    }

    private static io.restassured.response.ValidatableResponse run(String job, String date) {
        return given().header("Authorization", bearer(Tokens.admin())).queryParam("date", date)
                .post("/api/v1/admin/jobs/" + job + "/run").then().statusCode(200);
    }

    @Test
    void listsItsJobsAndTheirRunsInTheSharedAdminJobsApi() {
        given().header("Authorization", bearer(Tokens.supervisor())).get("/api/v1/admin/jobs").then().statusCode(200)
                .body("name", equalTo(List.of("deliver-notifications", "events-purge", "monthly-reminder", "overdue-scan",
                        "quarterly-report")));
        run("quarterly-report", "2031-04-02").body("period", equalTo("2031-Q1")).body("ran", equalTo(true));
        given().header("Authorization", bearer(Tokens.supervisor())).queryParam("size", 200)
                .get("/api/v1/admin/jobs/quarterly-report/runs").then().statusCode(200)
                .body("items.findAll { it.period == '2031-Q1' }.triggeredBy", equalTo(List.of("admin@test")));
        given().header("Authorization", bearer(Tokens.supervisor())).get("/api/v1/admin/jobs/nope/runs").then()
                .statusCode(404).contentType("application/problem+json");
    }

}
