package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.projects.domain.Periods;
import gov.qinghai.followup.projects.report.QuarterlyReport;
import gov.qinghai.followup.projects.report.QuarterlyReports;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * 134号 五 (每月5日前报送) bounded by the fair: a project owes a month from its fair's month to its completion or the
 * fair's closing; reports are due 23:59:59 of the 5th; cumulative funds do not go down silently; the milestone
 * targets of 134号 二 are versioned and audited. This test owns the reminder months 2023-02 to 2023-05 and 2023-07.
 */
@QuarkusTest
class ReportingBoundsTest {
    static final String TABLE = """
            seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons
            1,海南州政府,甲项目,共和县政府,某公司,10.00,江苏,杨小民,史超
            2,海南州政府,乙项目,贵德县政府,某公司,30.00,深圳,杨小民,史超
            """;
    static final String HAINAN = "海南州政府";

    @Inject
    DataSource db;
    @Inject
    QuarterlyReports quarterly;

    @Test
    void refusesAReportOnAMonthBeforeTheFairNamingPeriod() {
        long seeded = Sql.count(db, "select id from project where fair_id = 1 and seq = 1");
        String unit = given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/projects/" + seeded)
                .then().statusCode(200).extract().path("unit");
        // 2016-12 lies before every date the service holds (the input window starts 2017-01-01): 400 naming period
        report(Tokens.reporter(unit), seeded, "2016-12", true, false, "0").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItem("period"));

        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-06", true, false, "0").then().statusCode(422)
                .body("field", equalTo("period"));
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-07", true, false, "0").then().statusCode(201);
    }

    @Test
    void aFairWithoutItsMonthIsRefusedNamingHeldFrom() {
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("edition", 990, "name", "无日期的青洽会")).post("/api/v1/fairs").then().statusCode(400)
                .body("field", equalTo("heldFrom"));
    }

    @Test
    void remindersChaseOnlyTheMonthsAProjectOwes() {
        long fair = createFair("2023-03-10");
        Map<Integer, Long> p = importTable(fair);

        // 2023-02 is before the fair: nobody is chased for it
        run("monthly-reminder", "2023-03-01");
        assertFalse(remindedProjects("2023-02", "REMINDER").contains(p.get(1)), "not owed before the fair");

        // 2023-03: both owe it; project 1 reports completion
        run("monthly-reminder", "2023-04-01");
        List<Long> march = remindedProjects("2023-03", "REMINDER");
        assertTrue(march.containsAll(List.of(p.get(1), p.get(2))), "both owe the fair's month: " + march);
        // by fair: only the reminder naming this fair's projects
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2023-03")
                .queryParam("fairId", fair).get("/api/v1/reminders").then().statusCode(200)
                .body("items.unit", org.hamcrest.Matchers.contains(HAINAN));
        given().header("Authorization", bearer(Tokens.reporter(HAINAN))).contentType(ContentType.JSON)
                .body(Map.of("period", "2023-03", "contractPerformed", true, "constructionStarted", true,
                        "completed", true, "fundsInPlace", "10"))
                .post("/api/v1/projects/" + p.get(1) + "/reports").then().statusCode(201);
        // the overdue scan of 2023-03 no longer names the completed project, which reported
        run("overdue-scan", "2023-04-06");
        List<Long> overdue = remindedProjects("2023-03", "OVERDUE");
        assertTrue(overdue.contains(p.get(2)) && !overdue.contains(p.get(1)), "overdue: " + overdue);

        // 2023-04: the completed project owes nothing any more
        run("monthly-reminder", "2023-05-01");
        List<Long> april = remindedProjects("2023-04", "REMINDER");
        assertTrue(april.contains(p.get(2)) && !april.contains(p.get(1)), "after completion: " + april);

        // an admin closes the fair after 2023-04: 2023-05 is owed by none of its projects
        long version = ((Number) given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/fairs/" + fair)
                .then().statusCode(200).extract().path("version")).longValue();
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("name", "测试青洽会 " + fair, "heldFrom", "2023-03-10", "reportingFrom", "2023-03",
                        "closedAfter", "2023-04", "version", version))
                .put("/api/v1/fairs/" + fair).then().statusCode(200).body("closedAfter", equalTo("2023-04"));
        run("monthly-reminder", "2023-06-01");
        List<Long> may = remindedProjects("2023-05", "REMINDER");
        assertFalse(may.contains(p.get(2)), "closed fair: " + may);
        report(Tokens.reporter(HAINAN), p.get(2), "2023-05", true, false, "0").then().statusCode(422)
                .body("field", equalTo("period"));
        given().header("Authorization", bearer(Tokens.supervisor())).get("/api/v1/fairs/" + fair + "/history")
                .then().statusCode(200).body("", hasSize(2)).body("[1].after.closedAfter", equalTo("2023-04"));
    }

    @Test
    void reminderDueAtIs235959OfTheFifthBeijingTime() {
        long fair = createFair("2023-07-10");
        importTable(fair);
        run("monthly-reminder", "2023-08-01");
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2023-07").queryParam("size", 200)
                .get("/api/v1/reminders").then().statusCode(200)
                .body("items.find { it.unit == '海南州政府' }.dueAt", equalTo("2023-08-05T15:59:59Z"));
        assertEquals(1, Sql.count(db, "select count(*) from reminder where period = '2023-07' and kind = 'REMINDER' "
                + "and unit_id = (select id from responsible_unit where name = '海南州政府') "
                + "and due_at = timestamptz '2023-08-05 23:59:59+08'"));
    }

    @Test
    void quarterlyReportExpectsOnlyTheMonthsOwed() {
        long fair = createFair("2023-08-20");
        Map<Integer, Long> p = importTable(fair);
        // 2023-Q3: owed from 2023-08 on, so two months per project; project 1 completes in 2023-08
        given().header("Authorization", bearer(Tokens.reporter(HAINAN))).contentType(ContentType.JSON)
                .body(Map.of("period", "2023-08", "contractPerformed", true, "constructionStarted", true,
                        "completed", true, "fundsInPlace", "10"))
                .post("/api/v1/projects/" + p.get(1) + "/reports").then().statusCode(201);
        QuarterlyReport r = QuarkusTransaction.requiringNew().call(() ->
                quarterly.build(fair, Periods.Quarter.parse("2023-Q3").orElseThrow()));
        QuarterlyReport.UnitLine hainan = r.units().stream().filter(u -> u.unit().equals(HAINAN)).findFirst().orElseThrow();
        // project 1: 2023-08 only (completed); project 2: 2023-08 and 2023-09
        assertEquals(3, hainan.reportsExpected());
        assertEquals(1, hainan.reportsReceived());
        assertEquals(2, hainan.reportsMissing());
        assertTrue(r.ratesBasis().startsWith("as the figures stood at " + r.generatedAt()), r.ratesBasis());
    }

    @Test
    void ratesAsTheyStoodAtAMomentLeaveOutLaterReportsAndCorrections() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        String t1 = report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-12", true, false, "0").then()
                .statusCode(201).extract().path("submittedAt");
        String t2 = report(Tokens.reporter("西宁市政府"), fair.project(2), "2017-12", true, false, "0").then()
                .statusCode(201).extract().path("submittedAt");
        // a correction filed later: project 1's contract is not being performed after all
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-12", false, false, "0").then().statusCode(201);

        rates(fair.id(), null).body("overall.contractFulfilmentRate", equalTo(25.00f))
                .body("basis", containsString("latest corrections"));
        rates(fair.id(), t2).body("overall.contractFulfilmentRate", equalTo(50.00f))
                .body("reportedBy", equalTo(t2)).body("basis", containsString("as the figures stood at"));
        rates(fair.id(), t1).body("overall.contractFulfilmentRate", equalTo(25.00f));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("asOf", "2017-12-31").queryParam("reportedBy", "2999-01-01T00:00:00+08:00")
                .get("/api/v1/rates").then().statusCode(400).body("field", equalTo("reportedBy"));

        // the export carries each rate's target, gap and status, under Chinese headings and labelled
        String csv = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("asOf", "2017-12-31").queryParam("by", "NONE").get("/api/v1/rates/export").then()
                .statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).contains("履约率(%),开工率(%),资金到位率(%),履约率目标(%),履约率差距(百分点),履约率考核"),
                lines.get(0));
        assertTrue(lines.get(1).contains(",70.00,-45.00,未达标,") || lines.get(1).contains(",70,-45.00,未达标,"),
                lines.get(1));
    }

    private static io.restassured.response.ValidatableResponse rates(long fair, String reportedBy) {
        var r = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair)
                .queryParam("asOf", "2017-12-31");
        if (reportedBy != null) {
            r = r.queryParam("reportedBy", reportedBy);
        }
        return r.get("/api/v1/rates").then().statusCode(200);
    }

    @Test
    void refusesCumulativeFundsGoingDownWithoutAReason() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        long project = fair.project(2);
        report(Tokens.reporter("西宁市政府"), project, "2017-10", true, false, "5").then().statusCode(201);
        report(Tokens.reporter("西宁市政府"), project, "2017-11", true, false, "3").then().statusCode(422)
                .body("field", equalTo("fundsInPlace")).body("detail", containsString("fundsDecreaseReason"));
        given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                .body(Map.of("period", "2017-11", "contractPerformed", true, "constructionStarted", false,
                        "completed", false, "fundsInPlace", "3", "fundsDecreaseReason", "投资方撤回2亿元"))
                .post("/api/v1/projects/" + project + "/reports").then().statusCode(201)
                .body("fundsDecreaseReason", equalTo("投资方撤回2亿元"));
        // a correction of an earlier month above a later month's figure is a decrease too
        report(Tokens.reporter("西宁市政府"), project, "2017-09", true, false, "6").then().statusCode(422)
                .body("field", equalTo("fundsInPlace"));
        report(Tokens.reporter("西宁市政府"), project, "2017-09", true, false, "2").then().statusCode(201);
    }

    @Test
    void milestoneTargetsAreVersionedAndAudited() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        int version = given().header("Authorization", bearer(Tokens.viewer()))
                .get("/api/v1/fairs/" + fair.id() + "/milestones").then().statusCode(200)
                .body("targets", hasSize(2)).extract().path("version");
        Map<String, Object> target = Map.of("dueDate", "2017-12-31", "contractFulfilmentRate", 75,
                "constructionStartRate", 50, "fundsInPlaceRate", 15, "source", "青政办〔2017〕134号 二（更正）");
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("version", version, "targets", List.of(target)))
                .put("/api/v1/fairs/" + fair.id() + "/milestones").then().statusCode(200)
                .body("targets", hasSize(1)).body("version", equalTo(version + 1));
        // a second admin who read the old version is refused, not silently overwriting
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("version", version, "targets", List.of()))
                .put("/api/v1/fairs/" + fair.id() + "/milestones").then().statusCode(409)
                .body("field", equalTo("version"));
        given().header("Authorization", bearer(Tokens.supervisor()))
                .get("/api/v1/fairs/" + fair.id() + "/milestones/history").then().statusCode(200)
                .body("$", hasKey("2018-05-31"))
                .body("'2017-12-31'", hasSize(2))
                .body("'2017-12-31'[1].after.contractFulfilmentRate", equalTo(75.0f))
                .body("'2017-12-31'[1].before.contractFulfilmentRate", equalTo(70.0f))
                .body("'2018-05-31'[-1].change", equalTo("DEL"));
        given().header("Authorization", bearer(Tokens.viewer()))
                .get("/api/v1/fairs/" + fair.id() + "/milestones/history").then().statusCode(403);
    }

    static long createFair(String heldFrom) {
        return Fixtures.createFair(heldFrom);
    }

    static Map<Integer, Long> importTable(long fair) {
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv; charset=UTF-8")
                .body(TABLE.getBytes(StandardCharsets.UTF_8)).post("/api/v1/fairs/" + fair + "/projects")
                .then().statusCode(201);
        List<Map<String, Object>> items = given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("fairId", fair).get("/api/v1/projects").then().statusCode(200).extract().path("items");
        Map<Integer, Long> bySeq = new java.util.HashMap<>();
        items.forEach(i -> bySeq.put((Integer) i.get("seq"), ((Number) i.get("id")).longValue()));
        return bySeq;
    }

    private static void run(String job, String date) {
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", date)
                .post("/api/v1/admin/jobs/" + job + "/run").then().statusCode(200);
    }

    private static List<Long> remindedProjects(String period, String kind) {
        return given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", period)
                .queryParam("kind", kind).queryParam("size", 200).get("/api/v1/reminders").then().statusCode(200)
                .extract().jsonPath().getList("items.projectIds.flatten()", Long.class);
    }
}
