package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.assessmentsBySubject;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.department;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.round;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.scheme;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.throughOnSiteAndEvaluation;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Undo with a reason (137号 第十条, 第十三条), 第十二条 verification by the office, and subjects' life cycle. */
@QuarkusTest
class UndoAndVerificationTest {
    private static final List<Integer> DEPT_ITEMS = List.of(1, 2, 3, 4, 5, 6, 7);

    private static int evaluatedDepartment(JsonPath scheme, int year, String name) {
        int dept = department(name);
        int round = round(year, scheme.getInt("id"), dept);
        int a = assessmentsBySubject(round).get(dept);
        as(Tokens.admin()).body("{\"report\":\"自查\",\"version\":0}").post("/api/v1/assessments/" + a + "/self-inspection")
                .then().statusCode(200);
        throughOnSiteAndEvaluation(a, scheme, DEPT_ITEMS, Map.of());
        return a;
    }

    @Test
    void withdrawsAMistakenZeroOutWithAReasonAndCorrectsAFindingBeforeTheResultOnly() {
        JsonPath scheme = scheme();
        int a = evaluatedDepartment(scheme, 2038, "省民宗委");
        int zero = as(Tokens.supervisor()).body(Map.of("lineId", scheme.getInt("items[10].lines[0].id"),
                        "description", "自查材料弄虚作假")).post("/api/v1/assessments/" + a + "/findings")
                .then().statusCode(201).extract().path("id");
        int bonus = as(Tokens.supervisor()).body(Map.of("lineId", scheme.getInt("items[8].lines[0].id"),
                        "description", "正面报道")).post("/api/v1/assessments/" + a + "/findings")
                .then().statusCode(201).extract().path("id");
        as(Tokens.viewer()).get("/api/v1/assessments/" + a + "/score").then().body("zeroedOut", equalTo(true))
                .body("total", equalTo(0.0f));

        problem(as(Tokens.reporter("省民宗委")).body(Map.of("reason", "x", "version", 0))
                .post("/api/v1/assessments/" + a + "/findings/" + zero + "/withdrawal"), 403);
        problem(as(Tokens.supervisor()).body(Map.of("version", 0))
                .post("/api/v1/assessments/" + a + "/findings/" + zero + "/withdrawal"), 400);
        as(Tokens.supervisor()).body(Map.of("reason", "复核：材料系扫描错误，不属弄虚作假", "version", 0))
                .post("/api/v1/assessments/" + a + "/findings/" + zero + "/withdrawal").then().statusCode(200)
                .body("withdrawalReason", equalTo("复核：材料系扫描错误，不属弄虚作假")).body("withdrawnBy", not(equalTo(null)));
        problem(as(Tokens.supervisor()).body(Map.of("reason", "again", "version", 1))
                .post("/api/v1/assessments/" + a + "/findings/" + zero + "/withdrawal"), 409);
        // the bonus (+2) was meant as a deduction (−2): corrected with a reason, points follow the line
        int deductionLine = scheme.getInt("items[9].lines[3].id");
        as(Tokens.supervisor()).body(Map.of("lineId", deductionLine, "description", "未按要求上报材料",
                        "reason", "复核后改为减分项", "version", 0))
                .put("/api/v1/assessments/" + a + "/findings/" + bonus).then().statusCode(200)
                .body("category", equalTo("DEDUCTION")).body("points", equalTo(-2.0f))
                .body("correctionReason", equalTo("复核后改为减分项"));
        as(Tokens.viewer()).get("/api/v1/assessments/" + a + "/score").then().body("zeroedOut", equalTo(false))
                .body("bonus", equalTo(0.0f)).body("deduction", equalTo(2.0f)).body("total", equalTo(98.0f));
        as(Tokens.viewer()).get("/api/v1/assessments/" + a + "/findings").then()
                .body("find { it.id == " + zero + " }.withdrawalReason", containsString("扫描错误"));

        int round = as(Tokens.viewer()).get("/api/v1/assessments/" + a).then().extract().path("roundId");
        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/assessments/" + a).then().body("total", equalTo(98.0f))
                .body("breakdown.zeroedOut", equalTo(false));
        problem(as(Tokens.supervisor()).body(Map.of("lineId", deductionLine, "description", "d", "reason", "r",
                "version", 1)).put("/api/v1/assessments/" + a + "/findings/" + bonus), 409);
    }

    @Test
    void reopensAnEvaluatedAssessmentWithAReasonOnlyBeforeTheRoundsResult() {
        JsonPath scheme = scheme();
        int a = evaluatedDepartment(scheme, 2039, "省体育局");
        problem(as(Tokens.reporter("省体育局")).body(Map.of("reason", "x", "version", version(a)))
                .post("/api/v1/assessments/" + a + "/reopening"), 403);
        as(Tokens.supervisor()).body(Map.of("reason", "第三方评估分数录入错误", "version", version(a)))
                .post("/api/v1/assessments/" + a + "/reopening").then().statusCode(200)
                .body("stage", equalTo("ON_SITE_SCORED")).body("reopenReason", equalTo("第三方评估分数录入错误"));
        // the on-site score can be corrected again, then evaluated again
        int line = scheme.getInt("items[0].lines[0].id");
        as(Tokens.supervisor()).body(Map.of("scores", List.of(Map.of("lineId", line, "score", 0))))
                .put("/api/v1/assessments/" + a + "/line-scores").then().statusCode(200);
        problem(as(Tokens.supervisor()).body(Map.of("reason", "x", "version", version(a)))
                .post("/api/v1/assessments/" + a + "/reopening"), 409);
        as(Tokens.supervisor()).body("{\"thirdPartyScore\":91,\"version\":" + version(a) + "}")
                .post("/api/v1/assessments/" + a + "/evaluation").then().statusCode(200).body("stage", equalTo("EVALUATED"));
        as(Tokens.admin()).get("/api/v1/assessments/" + a + "/history").then().statusCode(200)
                .body("after.reopenReason", hasItem("第三方评估分数录入错误"));
        int round = as(Tokens.viewer()).get("/api/v1/assessments/" + a).then().extract().path("roundId");
        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200);
        problem(as(Tokens.admin()).body(Map.of("reason", "after the result", "version", version(a)))
                .post("/api/v1/assessments/" + a + "/reopening"), 409);
    }

    @Test
    void theUnitReportsItsRectificationAndOnlyTheOfficeVerifiesAndClosesIt() {
        String name = unique("省司法厅");
        int s = as(Tokens.admin()).body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT"))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
        int r = as(Tokens.supervisor()).body(Map.of("subjectId", s, "problem", "政策解读不全", "owner", "办公室",
                "deadline", "2021-03-01")).post("/api/v1/rectifications").then().statusCode(201).extract().path("id");
        problem(as(Tokens.reporter(name)).body(Map.of("owner", "办公室", "deadline", "2021-03-01", "status", "DONE",
                "completedOn", "2021-02-20", "version", 0)).put("/api/v1/rectifications/" + r), 403);
        problem(as(Tokens.reporter(name)).body(Map.of("owner", "办公室", "deadline", "2021-03-01", "status", "REPORTED",
                "completedOn", "2021-02-20", "version", 0)).put("/api/v1/rectifications/" + r), 422)
                .body("field", equalTo("report"));
        as(Tokens.reporter(name)).body(Map.of("owner", "办公室", "deadline", "2021-03-01", "status", "REPORTED",
                        "completedOn", "2021-02-20", "report", "已补充解读", "version", 0))
                .put("/api/v1/rectifications/" + r).then().statusCode(200).body("status", equalTo("REPORTED"));
        problem(as(Tokens.reporter(name)).body(Map.of("accepted", true, "version", 1))
                .post("/api/v1/rectifications/" + r + "/verification"), 403);
        // sent back, reported again, accepted
        as(Tokens.supervisor()).body(Map.of("accepted", false, "note", "网站未见发布", "version", 1))
                .post("/api/v1/rectifications/" + r + "/verification").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("completedOn", equalTo(null));
        problem(as(Tokens.supervisor()).body(Map.of("accepted", true, "version", 2))
                .post("/api/v1/rectifications/" + r + "/verification"), 409);
        as(Tokens.reporter(name)).body(Map.of("owner", "办公室", "deadline", "2021-03-01", "status", "REPORTED",
                        "completedOn", "2021-02-25", "report", "已在门户网站发布解读", "version", 2))
                .put("/api/v1/rectifications/" + r).then().statusCode(200);
        as(Tokens.supervisor()).body(Map.of("accepted", true, "note", "抽查网站，已发布", "version", 3))
                .post("/api/v1/rectifications/" + r + "/verification").then().statusCode(200)
                .body("status", equalTo("DONE")).body("verificationNote", equalTo("抽查网站，已发布"))
                .body("completedOn", equalTo("2021-02-25"));
        problem(as(Tokens.reporter(name)).body(Map.of("owner", "办公室", "deadline", "2021-03-01", "status", "OPEN",
                "version", 4)).put("/api/v1/rectifications/" + r), 409);
    }

    @Test
    void escalatesAnOverdueRectificationToTheOffice() {
        String name = unique("省外事办");
        int s = as(Tokens.admin()).body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT"))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
        int r = as(Tokens.supervisor()).body(Map.of("subjectId", s, "problem", "依申请公开答复超期", "owner", "办公室",
                "deadline", "2021-05-10")).post("/api/v1/rectifications").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).queryParam("date", "2021-05-17").post("/api/v1/admin/jobs/rectification-reminders/run")
                .then().statusCode(200).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("unit", name).get("/api/v1/reminders").then().body("total", equalTo(1));
        as(Tokens.viewer()).queryParam("unit", "省政务公开领导小组办公室").queryParam("size", 200)
                .get("/api/v1/reminders").then().statusCode(200)
                .body("items.find { it.refId == " + r + " }.refType", equalTo("RECTIFICATION_ESCALATED"))
                .body("items.find { it.refId == " + r + " }.message", containsString(name));
    }

    @Test
    void aDeactivatedSubjectIsNotTakenIntoARoundAndARoundNeedsItsSubjects() {
        int dept = department("省人防办");
        int v = as(Tokens.viewer()).get("/api/v1/subjects/" + dept).then().extract().path("version");
        int active = as(Tokens.viewer()).queryParam("active", true).get("/api/v1/subjects").then().extract().path("total");
        problem(as(Tokens.supervisor()).body(Map.of("reason", "机构改革", "version", v))
                .post("/api/v1/subjects/" + dept + "/deactivation"), 403);
        as(Tokens.admin()).body(Map.of("reason", "机构改革：职责划转", "version", v))
                .post("/api/v1/subjects/" + dept + "/deactivation").then().statusCode(200)
                .body("active", equalTo(false)).body("deactivationReason", equalTo("机构改革：职责划转"));
        as(Tokens.viewer()).queryParam("active", false).queryParam("size", 200).get("/api/v1/subjects").then()
                .body("items.id", hasItem(dept));
        as(Tokens.viewer()).queryParam("active", true).get("/api/v1/subjects").then()
                .body("total", equalTo(active - 1));
        int scheme = SchemeResourceTest.scheme2017();
        problem(as(Tokens.admin()).body(Map.of("year", 2037, "schemeId", scheme, "title", "t", "publishedOn",
                "2037-01-01", "subjectIds", List.of(1, dept))).post("/api/v1/rounds"), 422)
                .body("field", equalTo("subjectIds")).body("detail", containsString("已停用的考核对象"));
        // without subjectIds a round no longer takes every subject ever created
        problem(as(Tokens.admin()).body(Map.of("year", 2037, "schemeId", scheme, "title", "t", "publishedOn",
                "2037-01-01")).post("/api/v1/rounds"), 422).body("field", equalTo("subjectIds"));
        as(Tokens.viewer()).get("/api/v1/rounds").then().body("items.findAll { it.year == 2037 }.size()", equalTo(0));
        as(Tokens.admin()).body(Map.of("version", v + 1)).post("/api/v1/subjects/" + dept + "/activation").then()
                .statusCode(200).body("active", equalTo(true));
    }
}
