package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.assessmentsBySubject;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.department;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.round;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.scheme;
import static gov.qinghai.followup.transparency.api.AssessmentWorkflowTest.throughOnSiteAndEvaluation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 137号 第九条 日常考核: records corrected (versioned, audited) or removed with a reason until the year's result is out. */
@QuarkusTest
class RoutineCorrectionTest {

    private static Map<String, Object> record(int subject, String on, double points, String description) {
        return new HashMap<>(Map.of("subjectId", subject, "recordedOn", on, "kind", points < 0 ? "PROBLEM" : "ACHIEVEMENT",
                "itemNo", 4, "points", points, "description", description, "method", "RANDOM_CHECK"));
    }

    private static Map<String, Object> update(String on, double points, String description, int version) {
        Map<String, Object> m = record(0, on, points, description);
        m.remove("subjectId");
        m.put("version", version);
        return m;
    }

    private static int create(int subject, String on, double points, String description) {
        return as(Tokens.supervisor()).body(record(subject, on, points, description)).post("/api/v1/routine-records")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aRecordIsCorrectedWithTheVersionReadAndEveryChangeIsAudited() {
        int s = department("省统计局");
        int id = create(s, "2017-09-15", -2, "随机抽查：3条政策文件超期未公开");
        as(Tokens.admin()).body(update("2017-09-15", -0.5, "复核后更正：1条超期", 0)).put("/api/v1/routine-records/" + id)
                .then().statusCode(200).body("points", equalTo(-0.5f)).body("version", equalTo(1))
                .body("recorder", equalTo("supervisor@test"));
        // a second correction with the version first read loses: 409, the stored record stays the winner's
        problem(as(Tokens.supervisor()).body(update("2017-09-15", -3, "stale", 0)).put("/api/v1/routine-records/" + id),
                409).body("field", equalTo("version"));
        as(Tokens.viewer()).get("/api/v1/routine-records/" + id).then().body("points", equalTo(-0.5f));
        Map<String, Object> plus = update("2017-09-15", 1, "a problem with plus points", 1);
        plus.put("kind", "PROBLEM");
        problem(as(Tokens.supervisor()).body(plus).put("/api/v1/routine-records/" + id), 400)
                .body("field", equalTo("points"));
        as(Tokens.supervisor()).get("/api/v1/routine-records/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(2)).body("[1].by", equalTo("admin@test"))
                .body("[1].before.points", equalTo(-2.0f)).body("[1].after.points", equalTo(-0.5f));
        // moving it into another year moves the year too
        as(Tokens.supervisor()).body(update("2018-01-05", -0.5, "复核后更正：1条超期", 1)).put("/api/v1/routine-records/" + id)
                .then().statusCode(200).body("year", equalTo(2018));
        problem(as(Tokens.viewer()).get("/api/v1/routine-records/999999"), 404);
    }

    @Test
    void aRemovedRecordKeepsItsReasonInTheAuditAndNoLongerCounts() {
        int s = department("省档案局");
        int kept = create(s, "2023-04-01", -1, "专项检查：目录未更新");
        int removed = create(s, "2023-05-01", -2, "重复记录");
        as(Tokens.supervisor()).body(Map.of("reason", "与 2023-04-01 专项检查为同一问题，重复记录", "version", 0))
                .post("/api/v1/routine-records/" + removed + "/removal").then().statusCode(200)
                .body("removedBy", equalTo("supervisor@test")).body("removedAt", notNullValue())
                .body("removalReason", containsString("重复记录"));
        as(Tokens.supervisor()).get("/api/v1/routine-records/" + removed + "/history").then()
                .body("[-1].by", equalTo("supervisor@test"))
                .body("[-1].before.removalReason", nullValue())
                .body("[-1].after.removalReason", equalTo("与 2023-04-01 专项检查为同一问题，重复记录"));
        as(Tokens.viewer()).queryParam("subjectId", s).get("/api/v1/routine-records").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(kept));
        as(Tokens.viewer()).queryParam("subjectId", s).queryParam("includeRemoved", true).get("/api/v1/routine-records")
                .then().body("total", equalTo(2));
        as(Tokens.viewer()).queryParam("year", 2023).get("/api/v1/routine-records/summary").then()
                .body("find { it.subjectId == " + s + " }.points", equalTo(-1.0f))
                .body("find { it.subjectId == " + s + " }.records", equalTo(1));
        // a removed record is not corrected or removed again
        problem(as(Tokens.supervisor()).body(update("2023-05-01", -1, "x", 1)).put("/api/v1/routine-records/" + removed),
                409).body("detail", containsString("已于")).body("detail", containsString("删除"));
        problem(as(Tokens.supervisor()).body(Map.of("reason", "again", "version", 1))
                .post("/api/v1/routine-records/" + removed + "/removal"), 409);
        problem(as(Tokens.supervisor()).body(Map.of("version", 0)).post("/api/v1/routine-records/" + kept + "/removal"), 400);
    }

    @Test
    void onlyTheRecordersRolesCorrectOrRemove() {
        int s = department("省人防办");
        int id = create(s, "2017-03-01", -1, "x");
        for (String token : List.of(Tokens.viewer(), Tokens.reporter("省人防办"))) {
            problem(as(token).body(update("2017-03-01", 0, "y", 0)).put("/api/v1/routine-records/" + id), 403);
            problem(as(token).body(Map.of("reason", "z", "version", 0)).post("/api/v1/routine-records/" + id + "/removal"),
                    403);
            problem(as(token).get("/api/v1/routine-records/" + id + "/history"), 403);
        }
        as(Tokens.viewer()).get("/api/v1/routine-records/" + id).then().body("version", equalTo(0));
    }

    @Test
    void afterTheAnnualResultAppliedTheYearsRecordsTheyAreFrozen() {
        JsonPath scheme = scheme();
        int s = department("省机关事务局");
        int corrected = create(s, "2045-03-01", -4, "专项检查：依申请公开超期");
        int removed = create(s, "2045-04-01", -3, "误记");
        as(Tokens.admin()).body(update("2045-03-01", -2, "复核：超期2件", 0)).put("/api/v1/routine-records/" + corrected)
                .then().statusCode(200);
        as(Tokens.admin()).body(Map.of("reason", "误记，撤销", "version", 0))
                .post("/api/v1/routine-records/" + removed + "/removal").then().statusCode(200);

        int round = round(2045, scheme.getInt("id"), s);
        int a = assessmentsBySubject(round).get(s);
        as(Tokens.admin()).body("{\"report\":\"自查\",\"version\":0}").post("/api/v1/assessments/" + a + "/self-inspection")
                .then().statusCode(200);
        throughOnSiteAndEvaluation(a, scheme, List.of(1, 2, 3, 4, 5, 6, 7), Map.of());
        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200);
        // the correction counted (−2), the removed record did not: (80 − 2) × 100 / 80 = 97.5
        as(Tokens.viewer()).get("/api/v1/assessments/" + a).then()
                .body("breakdown.items[3].routineAdjustment", equalTo(-2.0f)).body("total", equalTo(97.5f));

        problem(as(Tokens.admin()).body(update("2045-03-01", -1, "too late", 1)).put("/api/v1/routine-records/" + corrected),
                409).body("detail", containsString("2045 年度考核"));
        problem(as(Tokens.admin()).body(Map.of("reason", "too late", "version", 1))
                .post("/api/v1/routine-records/" + corrected + "/removal"), 409);
        problem(as(Tokens.supervisor()).body(record(s, "2045-11-01", -1, "new after the result"))
                .post("/api/v1/routine-records"), 409).body("detail", containsString("2045"));
        // a record of the following year is still open, but may not be moved into the concluded year
        int next = create(s, "2046-01-10", -1, "next year");
        problem(as(Tokens.admin()).body(update("2045-12-31", -1, "into 2045", 0)).put("/api/v1/routine-records/" + next),
                409);
        as(Tokens.viewer()).get("/api/v1/routine-records/" + corrected).then().body("points", equalTo(-2.0f));
    }
}
