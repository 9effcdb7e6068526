package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** Monthly reminders, the overdue scan and the quarterly report, replayed for given dates. */
@QuarkusTest
class JobsTest {
    @Inject
    EntityManager em;

    private static io.restassured.response.Response run(String job, String date) {
        return as(Tokens.admin()).queryParam("date", date).post("/api/v1/admin/jobs/" + job + "/run");
    }

    @Test
    void remindersReachExactlyTheUnitsMissingReportsOncePerPeriod() {
        // 省金融办 leads 任务26 (reports end with 2017-09, its deadline's month) and 27 (年内): it reports on 27 for
        // 2017-11, so it gets no reminder
        post(Tokens.reporter("省金融办"), "/api/v1/tasks/27/reports", report("2017-11", "直接融资累计420亿元。", "[]"))
                .then().statusCode(201);
        // 省扶贫局 leads only 任务49 and reports it: no reminder
        post(Tokens.reporter("省扶贫局"), "/api/v1/tasks/49/reports", report("2017-11", "深度贫困县方案出台。", "[]"))
                .then().statusCode(201);
        run("monthly-reminders", "2017-12-01").then().statusCode(200)
                .body("period", equalTo("2017-11")).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("period", "2017-11").queryParam("size", 200).get("/api/v1/reminders").then()
                .body("items.unit", not(hasItem("省金融办")))
                .body("items.unit", not(hasItem("省扶贫局")))
                .body("items.unit", not(hasItem("省审计厅")))
                // 任务13、30、42 end with 2017-09: 海东市政府 owes nothing for 2017-11
                .body("items.unit", not(hasItem("海东市政府")))
                .body("items.find { it.unit == '省财政厅' }.taskNumbers", hasItem(25));
        long expected = ((Number) em.createNativeQuery("""
                select count(distinct d.unit_id) from action_plan.reporting_duty d join action_plan.task t on t.id = d.task_id
                where not exists (select 1 from action_plan.progress_report r
                                  where r.task_id = d.task_id and r.unit_id = d.unit_id and r.period = '2017-11')
                  and greatest(t.deadline, (select max(i.deadline) from action_plan.indicator i where i.task_id = t.id))
                      >= date '2017-11-01'""")
                .getSingleResult()).longValue();
        as(Tokens.viewer()).queryParam("period", "2017-11").get("/api/v1/reminders").then()
                .body("total", equalTo((int) expected));
        run("monthly-reminders", "2017-12-15").then().statusCode(200)
                .body("ran", equalTo(false)).body("message", containsString("already done"));
        as(Tokens.viewer()).queryParam("period", "2017-11").get("/api/v1/reminders").then()
                .body("total", equalTo((int) expected));
    }

    @Test
    void reporterSeesOnlyItsOwnReminders() {
        run("monthly-reminders", "2018-01-02").then().statusCode(200).body("period", equalTo("2017-12"));
        // 省科技厅 shares the lead of 任务37 (美丽乡村, 年度目标): it owes the report for 2017-12
        as(Tokens.reporter("省科技厅")).queryParam("period", "2017-12").get("/api/v1/reminders").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].unit", equalTo("省科技厅"))
                .body("items[0].taskNumbers", hasItem(37));
        as(Tokens.reporter("省科技厅")).queryParam("unit", "西宁市政府").get("/api/v1/reminders").then().statusCode(403);
    }

    @Test
    void noReminderBeforeTheOffensive() {
        run("monthly-reminders", "2017-08-01").then().statusCode(200).body("ran", equalTo(false))
                .body("period", equalTo("2017-07"));
    }

    @Test
    void onlyAdminsReplayJobs() {
        as(Tokens.supervisor()).queryParam("date", "2017-10-01").post("/api/v1/admin/jobs/monthly-reminders/run")
                .then().statusCode(403);
        run("no-such-job", "2017-10-01").then().statusCode(404);
        as(Tokens.admin()).post("/api/v1/admin/jobs/monthly-reminders/run").then().statusCode(400)
                .body("field", equalTo("date"));
    }

    @Test
    void overdueScanRecordsNewlyOverdueIndicatorsOnce() {
        long before = overdueEvents();
        int recorded = run("overdue-scan", "2017-10-02").then().statusCode(200).body("ran", equalTo(true))
                .extract().path("items");
        long events = overdueEvents();
        // what this run recorded, counted against the events before it: another test's scan of a later day may
        // already have recorded the indicators overdue on 2017-10-02 (each is recorded once), so the count alone
        // proves nothing
        assertEquals(before + recorded, events, "the run says what it recorded");
        assertTrue(events > 0, "some 2017-09-30 target is unmet on 2017-10-02");
        run("overdue-scan", "2017-10-02").then().body("ran", equalTo(false)).body("items", equalTo(0));
        assertEquals(events, overdueEvents(), "a replay of a processed day records nothing again");
    }

    private long overdueEvents() {
        return ((Number) em.createNativeQuery("select count(*) from action_plan.overdue_event").getSingleResult())
                .longValue();
    }

    @Test
    void quarterlyReportOfQ3InJsonCsvAndXlsx() throws Exception {
        run("quarterly-report", "2017-10-01").then().statusCode(200).body("period", equalTo("2017-Q3"))
                .body("ran", equalTo(true)).body("items", equalTo(50));
        run("quarterly-report", "2017-10-03").then().body("ran", equalTo(false));
        as(Tokens.viewer()).queryParam("size", 50).get("/api/v1/period-reports/quarterly/2017-Q3").then().statusCode(200)
                .contentType("application/json")
                .body("period", equalTo("2017-Q3")).body("asOf", equalTo("2017-09-30"))
                .body("groups.name", contains("找准发力点", "找准创新点", "找准主攻点", "找准突破点"))
                .body("groups[0].tasks", equalTo(13))
                .body("tasks.total", equalTo(50))
                .body("tasks.items.size()", equalTo(50))
                .body("tasks.items.find { it.number == 21 }.indicators[0].code", equalTo("21-coal"));

        byte[] csv = as(Tokens.viewer()).queryParam("format", "csv").get("/api/v1/period-reports/quarterly/2017-Q3").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("# groups"), text.substring(0, 200));
        assertTrue(text.contains("\n1,一,OVERDUE,01-permits") || text.contains("\n1,一,"), "task rows present");

        byte[] xlsx = as(Tokens.viewer())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/period-reports/quarterly/2017-Q3").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            // the tables, then the native charts (图表: status by group, lagging units)
            assertEquals(List.of("groups", "tasks", "units", "laggingUnits", "findings", "图表"), sheets);
            assertEquals(5, wb.getFirstSheet().read().size(), "header + four groups");
        }
        // a quarter of the window without a stored report: 404; one before the notices: 400 naming it
        as(Tokens.viewer()).get("/api/v1/period-reports/quarterly/2030-Q1").then().statusCode(404);
        as(Tokens.viewer()).get("/api/v1/period-reports/quarterly/2016-Q1").then().statusCode(400);
        as(Tokens.viewer()).queryParam("format", "odt").get("/api/v1/period-reports/quarterly/2017-Q3").then().statusCode(400);
    }

    /**
     * The JSON of a stored report holds its summary and one page of its task rows (page, size ≤ 200, status and
     * group filters), so an answer stays small however many tasks a report holds; the pages together are the task rows
     * of the stored document, each as stored, in task order.
     */
    @Test
    void quarterlyReportTaskRowsComeAPageAtATimeWithTheSummaryOnEveryPage() throws Exception {
        run("quarterly-report", "2018-07-01").then().statusCode(200).body("period", equalTo("2018-Q2"));
        String stored = (String) em.createNativeQuery("select content::text from action_plan.period_report where kind = 'quarterly' and period = '2018-Q2' and version = 1")
                .getSingleResult();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode document = json.readTree(stored);
        List<com.fasterxml.jackson.databind.JsonNode> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            String body = as(Tokens.viewer()).queryParam("page", page).queryParam("size", 20)
                    .get("/api/v1/period-reports/quarterly/2018-Q2").then().statusCode(200)
                    .body("period", equalTo("2018-Q2")).body("asOf", equalTo("2018-06-30"))
                    .body("groups.size()", equalTo(4)).body("notice", equalTo("青政办〔2017〕135号"))
                    .body("tasks.page", equalTo(page)).body("tasks.size", equalTo(20))
                    .body("tasks.total", equalTo(50)).body("tasks.totalPages", equalTo(3))
                    .body("tasks.items.size()", equalTo(page < 2 ? 20 : 10))
                    .extract().asString();
            json.readTree(body).path("tasks").path("items").forEach(paged::add);
        }
        List<com.fasterxml.jackson.databind.JsonNode> all = new java.util.ArrayList<>();
        document.path("tasks").forEach(all::add);
        assertEquals(all, paged, "the pages are the stored task rows, in order");
        assertEquals(document.path("units"), json.readTree(as(Tokens.viewer())
                .get("/api/v1/period-reports/quarterly/2018-Q2").then().extract().asString()).path("units"));
        as(Tokens.viewer()).queryParam("page", 3).get("/api/v1/period-reports/quarterly/2018-Q2").then().statusCode(200)
                .body("tasks.items.size()", equalTo(0)).body("tasks.total", equalTo(50));

        long overdue = all.stream().filter(t -> t.path("status").asText().equals("OVERDUE")).count();
        as(Tokens.viewer()).queryParam("status", "OVERDUE").queryParam("size", 200)
                .get("/api/v1/period-reports/quarterly/2018-Q2").then().statusCode(200)
                .body("tasks.total", equalTo((int) overdue))
                .body("tasks.items.status", org.hamcrest.Matchers.everyItem(equalTo("OVERDUE")));
        as(Tokens.viewer()).queryParam("group", "三").queryParam("size", 200)
                .get("/api/v1/period-reports/quarterly/2018-Q2").then().statusCode(200)
                .body("tasks.total", equalTo(18)).body("tasks.items.number[0]", equalTo(21));

        as(Tokens.viewer()).queryParam("size", 201).get("/api/v1/period-reports/quarterly/2018-Q2").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
        as(Tokens.viewer()).queryParam("status", "LATE").get("/api/v1/period-reports/quarterly/2018-Q2").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("status"));
        // the stored reports listed without their documents
        as(Tokens.viewer()).queryParam("size", 200).queryParam("kind", "quarterly").get("/api/v1/period-reports").then()
                .statusCode(200).body("items.period", hasItem("2018-Q2"))
                .body("items.find { it.period == '2018-Q2' }.latestVersion", equalTo(1));
    }

    @Test
    void listsItsJobsAndTheirRunsInTheSharedAdminJobsApi() {
        as(Tokens.supervisor()).get("/api/v1/admin/jobs").then().statusCode(200)
                .body("name", equalTo(java.util.List.of("events-purge", "monthly-reminders", "overdue-scan", "quarterly-report")));
        run("overdue-scan", "2031-01-01").then().statusCode(200).body("period", equalTo("2031-01-01"))
                .body("ran", equalTo(true));
        as(Tokens.supervisor()).queryParam("size", 200).get("/api/v1/admin/jobs/overdue-scan/runs").then()
                .statusCode(200).body("items.findAll { it.period == '2031-01-01' }.triggeredBy",
                        equalTo(java.util.List.of("admin@test")));
        as(Tokens.supervisor()).get("/api/v1/admin/jobs/no-such-job/runs").then().statusCode(404);
    }


    @Test
    void quarterlyReportExportsWriteFormulaLikeFindingsAsTextAndDatesAsDates() throws Exception {
        post(Tokens.supervisor(), "/api/v1/supervisions", Api.json(java.util.Map.of("kind", "UNANNOUNCED",
                "heldOn", "2018-08-18", "title", "=HYPERLINK(\"http://x\",\"点击\")", "findings",
                List.of(java.util.Map.of("unit", "省质监局", "taskNumber", 1, "text", "@SUM(A1:A9)")))))
                .then().statusCode(201);
        run("quarterly-report", "2018-10-01").then().statusCode(200).body("period", equalTo("2018-Q3"))
                .body("ran", equalTo(true));
        io.restassured.response.Response csv = as(Tokens.viewer()).queryParam("format", "csv")
                .get("/api/v1/period-reports/quarterly/2018-Q3");
        csv.then().statusCode(200).header("Content-Disposition",
                equalTo("attachment; filename=\"135-offensive-2018-Q3-v1.csv\"; filename*=UTF-8''135-offensive-2018-Q3-v1.csv"));
        String text = csv.asString();
        assertTrue(text.contains("2018-08-18,明察暗访,\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\",省质监局,1,"
                + "\"'@SUM(A1:A9)\","), text);
        byte[] xlsx = as(Tokens.viewer()).queryParam("format", "xlsx").get("/api/v1/period-reports/quarterly/2018-Q3").then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet findings = wb.getSheets().filter(sh -> sh.getName().equals("findings")).findFirst().orElseThrow();
            org.dhatim.fastexcel.reader.Row row = findings.read().get(1);
            assertEquals(java.time.LocalDate.of(2018, 8, 18), row.getCell(0).asDate().toLocalDate());
            assertEquals("=HYPERLINK(\"http://x\",\"点击\")", row.getCell(2).asString());
        }
    }
}
