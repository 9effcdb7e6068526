package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 青政办〔2017〕137号 第十条 (procedure), 第十一条 (grades), 第十三条 (归零) and 第九条 (routine records) end to end. */
@QuarkusTest
class AssessmentWorkflowTest {

    static int department(String prefix) {
        return as(Tokens.admin()).body("{\"name\":\"" + unique(prefix) + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}")
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
    }

    static JsonPath scheme() {
        return as(Tokens.viewer()).get("/api/v1/schemes/" + SchemeResourceTest.scheme2017()).then().extract().jsonPath();
    }

    static int round(int year, int schemeId, Integer... subjects) {
        return as(Tokens.admin()).body(Map.of("year", year, "schemeId", schemeId, "title", year + "年度考核实施方案",
                        "publishedOn", year + "-11-01", "subjectIds", List.of(subjects)))
                .post("/api/v1/rounds").then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
    }

    static Map<Integer, Integer> assessmentsBySubject(int roundId) {
        JsonPath p = as(Tokens.viewer()).queryParam("size", 200).get("/api/v1/rounds/" + roundId + "/assessments")
                .then().statusCode(200).extract().jsonPath();
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < p.getList("items").size(); i++) {
            out.put(p.getInt("items[" + i + "].subjectId"), p.getInt("items[" + i + "].id"));
        }
        return out;
    }

    static int version(int assessmentId) {
        return as(Tokens.viewer()).get("/api/v1/assessments/" + assessmentId).then().extract().path("version");
    }

    /** Full points on every regular line of the given items, except overrides lineId → score. */
    static List<Map<String, Object>> scores(JsonPath scheme, List<Integer> items, Map<Integer, Double> overrides) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int item : items) {
            List<Integer> ids = scheme.getList("items[" + (item - 1) + "].lines.id");
            List<Float> pts = scheme.getList("items[" + (item - 1) + "].lines.points");
            for (int i = 0; i < ids.size(); i++) {
                double s = overrides.getOrDefault(ids.get(i), pts.get(i).doubleValue());
                out.add(Map.of("lineId", ids.get(i), "score", s, "note", "现场查阅资料"));
            }
        }
        return out;
    }

    static void throughOnSiteAndEvaluation(int a, JsonPath scheme, List<Integer> items, Map<Integer, Double> overrides) {
        as(Tokens.supervisor()).body(Map.of("scores", scores(scheme, items, overrides)))
                .put("/api/v1/assessments/" + a + "/line-scores").then().statusCode(200);
        as(Tokens.supervisor()).body("{\"version\":" + version(a) + "}").post("/api/v1/assessments/" + a + "/on-site-complete")
                .then().statusCode(200).body("stage", equalTo("ON_SITE_SCORED"));
        as(Tokens.supervisor()).body("{\"thirdPartyScore\":90,\"onlineScore\":85.5,\"note\":\"第三方评估\",\"version\":"
                        + version(a) + "}").post("/api/v1/assessments/" + a + "/evaluation")
                .then().statusCode(200).body("stage", equalTo("EVALUATED"));
    }

    @Test
    void scoresAPrefectureADepartmentWithNotApplicableItemEightAndAZeroOutThenRanksAndReports() {
        JsonPath scheme = scheme();
        int schemeId = scheme.getInt("id");
        int dept = department("省交通运输厅");
        int round = round(2017, schemeId, 1, 2, dept);
        Map<Integer, Integer> a = assessmentsBySubject(round);
        int xining = a.get(1);
        int haidong = a.get(2);
        int d = a.get(dept);

        // 自查: a reporter for its own unit only
        problem(as(Tokens.reporter("西宁市政府")).body("{\"report\":\"x\",\"version\":0}")
                .post("/api/v1/assessments/" + d + "/self-inspection"), 403);
        as(Tokens.reporter("西宁市政府")).body("{\"report\":\"西宁市自查报告\",\"version\":0}")
                .post("/api/v1/assessments/" + xining + "/self-inspection").then().statusCode(200)
                .body("stage", equalTo("SELF_INSPECTION_SUBMITTED"));
        as(Tokens.reporter("海东市政府")).body("{\"report\":\"海东市自查报告\",\"version\":0}")
                .post("/api/v1/assessments/" + haidong + "/self-inspection").then().statusCode(200);
        as(Tokens.admin()).body("{\"report\":\"厅自查报告\",\"version\":0}")
                .post("/api/v1/assessments/" + d + "/self-inspection").then().statusCode(200);

        // item 8 does not apply to a department: scoring it is refused
        int item8Line = scheme.getInt("items[7].lines[0].id");
        problem(as(Tokens.supervisor()).body(Map.of("scores", List.of(Map.of("lineId", item8Line, "score", 1))))
                .put("/api/v1/assessments/" + d + "/line-scores"), 422)
                .body("field", equalTo("scores[0].lineId")).body("detail", containsString("此项为市、州政府考核内容"));

        // 西宁: all full except item 4 line 1 (12 → 8): 96; routine −1 on item 4 (第九条): 95; +2 bonus −2 deduction: 95
        int item4Line1 = scheme.getInt("items[3].lines[0].id");
        as(Tokens.supervisor()).body(Map.of("subjectId", 1, "recordedOn", "2017-09-15", "kind", "PROBLEM", "itemNo", 4,
                "points", -1, "description", "随机抽查：政策文件超过20个工作日未公开", "method", "RANDOM_CHECK"))
                .post("/api/v1/routine-records").then().statusCode(201).body("year", equalTo(2017));
        throughOnSiteAndEvaluation(xining, scheme, List.of(1, 2, 3, 4, 5, 6, 7, 8), Map.of(item4Line1, 8.0));
        as(Tokens.supervisor()).body(Map.of("lineId", scheme.getInt("items[8].lines[0].id"), "description", "《青海日报》正面报道"))
                .post("/api/v1/assessments/" + xining + "/findings").then().statusCode(201).body("points", equalTo(2.0f));
        as(Tokens.supervisor()).body(Map.of("lineId", scheme.getInt("items[9].lines[3].id"), "description", "未按要求上报材料"))
                .post("/api/v1/assessments/" + xining + "/findings").then().statusCode(201).body("points", equalTo(-2.0f));

        // department: items 1–7 only (70 of 80 after item 1 all zero) → 70 × 100 / 80 = 87.5
        Map<Integer, Double> zeroItem1 = new HashMap<>();
        scheme.<Integer>getList("items[0].lines.id").forEach(id -> zeroItem1.put(id, 0.0));
        throughOnSiteAndEvaluation(d, scheme, List.of(1, 2, 3, 4, 5, 6, 7), zeroItem1);

        // 海东: full marks, but 弄虚作假 → 直接归零 (第十三条)
        throughOnSiteAndEvaluation(haidong, scheme, List.of(1, 2, 3, 4, 5, 6, 7, 8), Map.of());
        as(Tokens.supervisor()).body(Map.of("lineId", scheme.getInt("items[10].lines[0].id"), "description", "自查材料弄虚作假"))
                .post("/api/v1/assessments/" + haidong + "/findings").then().statusCode(201);

        as(Tokens.viewer()).get("/api/v1/assessments/" + d + "/score").then().statusCode(200)
                .body("applicableMax", equalTo(80.0f)).body("items[7].applicable", equalTo(false))
                .body("base", equalTo(87.5f)).body("gradeLabel", equalTo("良好"));

        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200)
                .body("status", equalTo("CONCLUDED"));
        as(Tokens.viewer()).get("/api/v1/assessments/" + xining).then()
                .body("total", equalTo(95.0f)).body("grade", equalTo("优秀")).body("ranking", equalTo(1))
                .body("stage", equalTo("RESULT_PUBLISHED"))
                .body("breakdown.items[3].routineAdjustment", equalTo(-1.0f))
                .body("breakdown.items[3].counted", equalTo(15.0f))
                .body("breakdown.bonus", equalTo(2.0f)).body("breakdown.deduction", equalTo(2.0f));
        // 市州 and 省直部门 are ranked separately (different item sets): the department is first among departments
        as(Tokens.viewer()).get("/api/v1/assessments/" + d).then()
                .body("total", equalTo(87.5f)).body("grade", equalTo("良好")).body("ranking", equalTo(1))
                .body("rankingGroup", equalTo("PROVINCIAL_DEPARTMENT"))
                .body("rawScore", equalTo(70.0f)).body("rawMax", equalTo(80.0f));
        as(Tokens.viewer()).get("/api/v1/assessments/" + haidong).then()
                .body("total", equalTo(0.0f)).body("grade", equalTo("不合格")).body("ranking", equalTo(2))
                .body("rankingGroup", equalTo("PREFECTURE_GOVERNMENT"))
                .body("breakdown.zeroedOut", equalTo(true)).body("breakdown.scoreBeforeZeroOut", equalTo(100.0f));

        // the annual report job: once per period, then served as JSON, CSV (BOM) and XLSX
        as(Tokens.admin()).queryParam("date", "2018-01-10").post("/api/v1/admin/jobs/annual-report/run")
                .then().statusCode(200).body("ran", equalTo(true)).body("period", equalTo("2017")).body("items", equalTo(3));
        as(Tokens.admin()).queryParam("date", "2018-01-11").post("/api/v1/admin/jobs/annual-report/run")
                .then().statusCode(200).body("ran", equalTo(false));
        as(Tokens.viewer()).get("/api/v1/period-reports/annual/2017").then().statusCode(200)
                .body("version", equalTo(1)).body("supersededBy", equalTo(null))
                .body("results[0].grade", equalTo("优秀")).body("results[1].zeroedOut", equalTo(true))
                .body("results[2].rankingGroup", equalTo("PROVINCIAL_DEPARTMENT"))
                .body("results[2].rawScore", equalTo(70.0f)).body("results[2].rawMax", equalTo(80.0f))
                .body("basis", containsString("never rounded up")).body("basis", containsString("ranked separately"));
        // The JSON answer is the stored document as the job wrote it after the version fields
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(
                "select content::text from period_report where kind = 'annual' and period = '2017'").getSingleResult());
        java.util.Map<String, Object> answer = new java.util.TreeMap<>(as(Tokens.viewer())
                .get("/api/v1/period-reports/annual/2017").then().statusCode(200).extract().jsonPath().getMap(""));
        java.util.List.of("kind", "period", "version", "builtAt", "dataAsOf", "builtBy", "reason", "supersededBy")
                .forEach(answer::remove);
        java.util.Map<String, Object> content = new java.util.TreeMap<>(io.restassured.path.json.JsonPath.from(stored)
                .getMap(""));
        content.remove("period");
        assertEquals(content, answer);
        byte[] csv = as(Tokens.viewer()).queryParam("format", "csv").get("/api/v1/period-reports/annual/2017")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals(4, text.trim().split("\r\n").length);
        // 类别 as a person reads it, never the machine value
        assertTrue(text.contains("类别"), text);
        assertFalse(text.contains("PREFECTURE_GOVERNMENT") || text.contains("PROVINCIAL_DEPARTMENT"), text);
        as(Tokens.viewer()).header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/period-reports/annual/2017").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats"));
        annualResultAsDocuments();
    }

    /** The annual result as the 通报 (DOCX, PDF) and its XLSX chart: every figure of the JSON, grades by category. */
    private static void annualResultAsDocuments() {
        String url = "/api/v1/period-reports/annual/2017";
        String json = as(Tokens.viewer()).get(url).then().statusCode(200).extract().asString();
        java.util.Map<String, String> figures = gov.qinghai.followup.common.testing.ReadBack.figures(json,
                p -> p.equals("version") || p.equals("year"));
        byte[] docx = as(Tokens.viewer()).queryParam("format", "docx").get(url).then().statusCode(200).extract()
                .asByteArray();
        byte[] pdf = as(Tokens.viewer()).queryParam("format", "pdf").get(url).then().statusCode(200).extract()
                .asByteArray();
        for (String text : List.of(gov.qinghai.followup.common.testing.ReadBack.docxText(docx),
                gov.qinghai.followup.common.testing.ReadBack.pdfText(pdf))) {
            String flat = gov.qinghai.followup.common.testing.ReadBack.flat(text);
            for (String w : List.of("关于2017年度政务公开工作考核结果的通报", "90分以上为优秀，80—89分为良好，60—79分为合格，不足60分为不合格",
                    "优秀", "市州政府", "省政府部门", "青海省政务公开领导小组办公室")) {
                assertTrue(flat.contains(w), w + " in " + text);
            }
            assertEquals(java.util.Map.of(), gov.qinghai.followup.common.testing.ReadBack.missing(figures, text), text);
            assertFalse(flat.contains("PREFECTURE_GOVERNMENT"), text);
        }
        assertEquals(List.of(), gov.qinghai.followup.common.testing.ReadBack.pdfFontsNotEmbedded(pdf));
        var chart = gov.qinghai.followup.common.testing.ReadBack.docxCharts(docx).get(0);
        assertEquals("图1 各类考核对象考核等次（个）", chart.title());
        // three subjects assessed: the bars of all grades and categories count them once each
        assertEquals(3.0, chart.series().values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum());
        assertEquals(List.of(chart), gov.qinghai.followup.common.testing.ReadBack.xlsxCharts(as(Tokens.viewer())
                .queryParam("format", "xlsx").get(url).then().statusCode(200).extract().asByteArray()));
    }

    @Test
    void scoresASeededProvincialDepartmentWithItemEightNotApplicableScaledTo100() {
        // 省卫生计生委 (seeded from 135号 任务13): items 1–7 only, 80 points; item 5 line 3 (4) and half of item 7
        // line 1 (1) lost: 75 × 100 / 80 = 93.75 → shown 93.7 优秀 (cut, never rounded up; a free pass on item 8 would
        // give 95.0, a zero 75.0)
        JsonPath subjects = as(Tokens.viewer()).queryParam("kind", "PROVINCIAL_DEPARTMENT").queryParam("size", 200)
                .get("/api/v1/subjects").then().extract().jsonPath();
        int dept = subjects.getInt("items.find { it.name == '省卫生计生委' }.id");
        JsonPath scheme = scheme();
        int round = round(2046, scheme.getInt("id"), dept);
        int a = assessmentsBySubject(round).get(dept);
        as(Tokens.reporter("省卫生计生委")).body("{\"report\":\"省卫生计生委自查报告\",\"version\":0}")
                .post("/api/v1/assessments/" + a + "/self-inspection").then().statusCode(200);
        throughOnSiteAndEvaluation(a, scheme, List.of(1, 2, 3, 4, 5, 6, 7),
                Map.of(scheme.getInt("items[4].lines[2].id"), 0.0, scheme.getInt("items[6].lines[0].id"), 1.0));
        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/assessments/" + a).then()
                .body("total", equalTo(93.7f)).body("grade", equalTo("优秀"))
                .body("breakdown.exactTotal", equalTo(93.75f))
                .body("breakdown.rawScore", startsWith("75.0 / 80 → 93.7 / 100"))
                .body("breakdown.applicableMax", equalTo(80.0f)).body("breakdown.rawSum", equalTo(75.0f))
                .body("breakdown.items[7].applicable", equalTo(false))
                .body("breakdown.items[7].counted", equalTo(null))
                .body("breakdown.items[7].note", containsString("scaled to 100"));
    }

    @Test
    void refusesStepsOutOfTheOrderOfArticleTen() {
        JsonPath scheme = scheme();
        int dept = department("省审计厅");
        int round = round(2041, scheme.getInt("id"), dept);
        int a = assessmentsBySubject(round).get(dept);
        problem(as(Tokens.supervisor()).body("{\"version\":0}").post("/api/v1/assessments/" + a + "/on-site-complete"), 409)
                .body("detail", containsString("PLAN_PUBLISHED"));
        problem(as(Tokens.supervisor()).body(Map.of("scores", scores(scheme, List.of(1), Map.of())))
                .put("/api/v1/assessments/" + a + "/line-scores"), 409);
        problem(as(Tokens.supervisor()).body("{\"version\":0}").post("/api/v1/assessments/" + a + "/evaluation"), 409);
        problem(as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result"), 409)
                .body("detail", containsString("EVALUATED"));
        as(Tokens.admin()).body("{\"report\":\"自查\",\"version\":0}").post("/api/v1/assessments/" + a + "/self-inspection")
                .then().statusCode(200);
        problem(as(Tokens.admin()).body("{\"report\":\"again\",\"version\":1}")
                .post("/api/v1/assessments/" + a + "/self-inspection"), 409);
        problem(as(Tokens.admin()).body("{\"report\":\"stale\",\"version\":0}")
                .post("/api/v1/assessments/" + a + "/self-inspection"), 409).body("field", equalTo("version"));
        // only item 1 scored: the on-site assessment cannot close
        as(Tokens.supervisor()).body(Map.of("scores", scores(scheme, List.of(1), Map.of())))
                .put("/api/v1/assessments/" + a + "/line-scores").then().statusCode(200);
        problem(as(Tokens.supervisor()).body("{\"version\":" + version(a) + "}")
                .post("/api/v1/assessments/" + a + "/on-site-complete"), 422).body("field", equalTo("scores"));
        // a score above the line's points
        int line = scheme.getInt("items[3].lines[0].id");
        problem(as(Tokens.supervisor()).body(Map.of("scores", List.of(Map.of("lineId", line, "score", 13))))
                .put("/api/v1/assessments/" + a + "/line-scores"), 422).body("field", equalTo("scores[0].score"));
    }

    @Test
    void refusesAPlanWhoseSchemeDoesNotSumTo100() {
        int copy = as(Tokens.admin()).body("{\"year\":2042}").post("/api/v1/schemes/" + SchemeResourceTest.scheme2017()
                + "/copies").then().statusCode(201).extract().path("id");
        JsonPath s = as(Tokens.viewer()).get("/api/v1/schemes/" + copy).then().extract().jsonPath();
        as(Tokens.admin()).body("{\"points\":5,\"version\":0}")
                .put("/api/v1/schemes/" + copy + "/lines/" + s.getInt("items[0].lines[0].id") + "/points")
                .then().statusCode(200);
        problem(as(Tokens.admin()).body(Map.of("year", 2042, "schemeId", copy, "title", "t", "publishedOn", "2042-01-01"))
                .post("/api/v1/rounds"), 422).body("field", equalTo("schemeId"));
    }
}
