package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.assessmentsBySubject;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.department;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.round;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.scores;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 137号 附件 第4项 "落实20个工作日内主动公开": the per-subject on-time rate becomes points of item 4 line 1 in the annual
 * scoring, through the scheme's admin-adjustable rule; an assessor's score of the line wins.
 */
@QuarkusTest
class TimelinessScoringTest {
    private static final List<Integer> DEPARTMENT_ITEMS = List.of(1, 2, 3, 4, 5, 6, 7);

    private static JsonPath copyScheme(int year) {
        int id = as(Tokens.admin()).body("{\"year\":" + year + "}")
                .post("/api/v1/schemes/" + SchemeResourceTest.scheme2017() + "/copies").then().statusCode(201)
                .extract().path("id");
        return as(Tokens.viewer()).get("/api/v1/schemes/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void disclosure(int subject, String produced, String published) {
        Map<String, Object> body = new HashMap<>(Map.of("subjectId", subject, "title", "信息 " + produced,
                "producedOn", produced));
        if (published != null) {
            body.put("publishedOn", published);
        }
        as(Tokens.admin()).body(body).post("/api/v1/disclosures").then().statusCode(201);
    }

    private static void selfInspect(int assessment) {
        as(Tokens.admin()).body("{\"report\":\"自查报告\",\"version\":0}")
                .post("/api/v1/assessments/" + assessment + "/self-inspection").then().statusCode(200);
    }

    private static void scoreAllBut(int assessment, JsonPath scheme, Integer skippedLine, Map<Integer, Double> overrides) {
        List<Map<String, Object>> s = scores(scheme, DEPARTMENT_ITEMS, overrides).stream()
                .filter(m -> !m.get("lineId").equals(skippedLine)).toList();
        as(Tokens.supervisor()).body(Map.of("scores", s)).put("/api/v1/assessments/" + assessment + "/line-scores")
                .then().statusCode(200);
    }

    private static void completeAndEvaluate(int assessment) {
        as(Tokens.supervisor()).body("{\"version\":" + version(assessment) + "}")
                .post("/api/v1/assessments/" + assessment + "/on-site-complete").then().statusCode(200);
        as(Tokens.supervisor()).body("{\"version\":" + version(assessment) + "}")
                .post("/api/v1/assessments/" + assessment + "/evaluation").then().statusCode(200);
    }

    @Test
    void the2017SchemeFeedsItemFourLineOneWithTheRateByDefault() {
        JsonPath s = AssessmentWorkflowTest.scheme();
        as(Tokens.viewer()).get("/api/v1/schemes/" + s.getInt("id")).then()
                .body("timelinessRule.lineId", equalTo(s.getInt("items[3].lines[0].id")))
                .body("timelinessRule.itemNo", equalTo(4)).body("timelinessRule.lineNo", equalTo(1))
                .body("timelinessRule.linePoints", equalTo(12.0f))
                .body("timelinessRule.fullMarksRate", equalTo(100.0f))
                .body("timelinessRule.content", containsString("落实 20 个工作日内主动公开"))
                .body("timelinessRule.basis", containsString("137号 附件 第4项"));
    }

    @Test
    void annualScoringTurnsTheOnTimeRateIntoItemFourPointsUnlessAnAssessorScoredTheLine() {
        JsonPath scheme = copyScheme(2019);
        int schemeId = scheme.getInt("id");
        int line1 = scheme.getInt("items[3].lines[0].id");
        // the copy keeps the rule, pointed at its own item 4 line 1; full points from 80 % on time
        as(Tokens.viewer()).get("/api/v1/schemes/" + schemeId).then().body("timelinessRule.lineId", equalTo(line1));
        as(Tokens.admin()).body(Map.of("lineId", line1, "fullMarksRate", 80, "version", scheme.getInt("version")))
                .put("/api/v1/schemes/" + schemeId + "/timeliness-rule").then().statusCode(200)
                .body("timelinessRule.fullMarksRate", equalTo(80.0f));

        int ruled = department("省统计局");
        int handScored = department("省测绘地信局");
        int noRecords = department("省粮食局");
        // 3 on time, 1 late, 1 never published past its deadline: 3 / 5 = 60 % → 12 × 60 / 80 = 9.0
        disclosure(ruled, "2019-03-01", "2019-03-05");
        disclosure(ruled, "2019-04-01", "2019-04-03");
        disclosure(ruled, "2019-05-06", "2019-05-08");
        disclosure(ruled, "2019-06-03", "2019-09-30");
        disclosure(ruled, "2019-07-01", null);
        disclosure(handScored, "2019-06-03", "2019-09-30");

        int round = round(2019, schemeId, ruled, handScored, noRecords);
        Map<Integer, Integer> a = assessmentsBySubject(round);
        a.values().forEach(TimelinessScoringTest::selfInspect);
        scoreAllBut(a.get(ruled), scheme, line1, Map.of());
        scoreAllBut(a.get(handScored), scheme, null, Map.of(line1, 10.0));
        scoreAllBut(a.get(noRecords), scheme, line1, Map.of());
        // no disclosure record: the rule cannot score line 1, an assessor must
        problem(as(Tokens.supervisor()).body("{\"version\":" + version(a.get(noRecords)) + "}")
                .post("/api/v1/assessments/" + a.get(noRecords) + "/on-site-complete"), 422)
                .body("field", equalTo("scores")).body("detail", containsString("还有 1 条适用的考核内容"));
        scoreAllBut(a.get(noRecords), scheme, null, Map.of(line1, 6.0));
        a.values().forEach(TimelinessScoringTest::completeAndEvaluate);

        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200);
        // items 1–7 full except line 1: (80 − 12 + 9) × 100 / 80 = 96.25 → shown 96.2 (cut, never rounded up)
        as(Tokens.viewer()).get("/api/v1/assessments/" + a.get(ruled)).then()
                .body("total", equalTo(96.2f))
                .body("breakdown.timeliness.applied", equalTo("RULE"))
                .body("breakdown.timeliness.rate", equalTo(60.0f))
                .body("breakdown.timeliness.counted", equalTo(5))
                .body("breakdown.timeliness.onTime", equalTo(3))
                .body("breakdown.timeliness.late", equalTo(1))
                .body("breakdown.timeliness.openOverdue", equalTo(1))
                .body("breakdown.timeliness.fullMarksRate", equalTo(80.0f))
                .body("breakdown.timeliness.points", equalTo(9.0f))
                .body("breakdown.items[3].onSite", equalTo(17.0f))
                .body("breakdown.items[3].note", containsString("20-working-day rule"));
        // the assessor's 10 wins over the rule's 0 (its only record was late): 78 × 100 / 80 = 97.5
        as(Tokens.viewer()).get("/api/v1/assessments/" + a.get(handScored)).then()
                .body("total", equalTo(97.5f))
                .body("breakdown.timeliness.applied", equalTo("ASSESSOR"))
                .body("breakdown.timeliness.computedPoints", equalTo(0.0f))
                .body("breakdown.timeliness.assessorScore", equalTo(10.0f))
                .body("breakdown.items[3].onSite", equalTo(18.0f));
        as(Tokens.viewer()).get("/api/v1/assessments/" + a.get(noRecords)).then()
                .body("breakdown.timeliness.applied", equalTo("ASSESSOR"))
                .body("breakdown.timeliness.rate", nullValue()).body("total", equalTo(92.5f));

        // the scheme is now in use: its rule is frozen
        int v = as(Tokens.viewer()).get("/api/v1/schemes/" + schemeId).then().extract().path("version");
        problem(as(Tokens.admin()).body(Map.of("lineId", line1, "fullMarksRate", 100, "version", v))
                .put("/api/v1/schemes/" + schemeId + "/timeliness-rule"), 409);
    }

    @Test
    void onlyAnAdminSetsTheRuleOnARegularLineWithTheVersionRead() {
        JsonPath scheme = copyScheme(2033);
        int id = scheme.getInt("id");
        int v = scheme.getInt("version");
        int line1 = scheme.getInt("items[3].lines[0].id");
        String path = "/api/v1/schemes/" + id + "/timeliness-rule";
        problem(as(Tokens.supervisor()).body(Map.of("lineId", line1, "fullMarksRate", 90, "version", v)).put(path), 403);
        problem(as(Tokens.admin()).body(Map.of("lineId", scheme.getInt("items[8].lines[0].id"), "fullMarksRate", 90,
                "version", v)).put(path), 422).body("field", equalTo("lineId"));
        problem(as(Tokens.admin()).body(Map.of("lineId", line1, "fullMarksRate", 0, "version", v)).put(path), 400);
        problem(as(Tokens.admin()).body(Map.of("lineId", line1, "fullMarksRate", 100.5, "version", v)).put(path), 400);
        problem(as(Tokens.admin()).body(Map.of("lineId", line1, "fullMarksRate", 90, "version", v + 1)).put(path), 409)
                .body("field", equalTo("version"));
        // switched off: assessors score item 4 line 1 like any other line
        Map<String, Object> off = new HashMap<>();
        off.put("lineId", null);
        off.put("fullMarksRate", 100);
        off.put("version", v);
        as(Tokens.admin()).body(off).put(path).then().statusCode(200).body("timelinessRule", nullValue());
        as(Tokens.supervisor()).get("/api/v1/schemes/" + id + "/history").then().statusCode(200)
                .body("[-1].by", equalTo("admin@test")).body("[-1].after.timelinessLineId", nullValue())
                .body("[-2].after.timelinessLineId", equalTo(line1));
    }

    @Test
    void scoresTheRuleAsOfTheRoundsAssessmentDateNotToday() {
        // 2020-03-02 → deadline 2020-03-30; published 2020-12-15, after the round's assessment date 2020-06-30: on that
        // date it was unpublished and overdue. Scored "as of today" it would be published (late) and move each day.
        int subject = department("省机关事务管理局");
        disclosure(subject, "2020-03-02", "2020-12-15");
        int round = as(Tokens.admin()).body(Map.of("year", 2020, "schemeId", SchemeResourceTest.scheme2017(), "title",
                        "2020年度考核实施方案", "publishedOn", "2020-06-01", "assessedOn", "2020-06-30",
                        "subjectIds", List.of(subject)))
                .post("/api/v1/rounds").then().statusCode(201).body("assessedOn", equalTo("2020-06-30"))
                .extract().path("id");
        int a = assessmentsBySubject(round).get(subject);
        as(Tokens.viewer()).get("/api/v1/assessments/" + a + "/score").then().statusCode(200)
                .body("timeliness.asOf", equalTo("2020-06-30"))
                .body("timeliness.published", equalTo(0)).body("timeliness.openOverdue", equalTo(1))
                .body("timeliness.formula", containsString("assessment date"));
        problem(as(Tokens.admin()).body(Map.of("year", 2048, "schemeId", SchemeResourceTest.scheme2017(), "title", "t",
                "publishedOn", "2048-06-01", "assessedOn", "2050-01-01", "subjectIds", List.of(subject)))
                .post("/api/v1/rounds"), 422).body("field", equalTo("assessedOn"));
    }
}
