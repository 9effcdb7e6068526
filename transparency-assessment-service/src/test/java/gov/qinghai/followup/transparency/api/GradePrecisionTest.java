package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 青政办〔2017〕137号 第十一条: no grade is moved by rounding; 附件 第8项 备注 for 日常考核 records. */
@QuarkusTest
class GradePrecisionTest {

    @Test
    void refusesALineScoreWithMoreThanOneDecimalInsteadOfRoundingIt() {
        JsonPath scheme = AssessmentWorkflowTest.scheme();
        int dept = AssessmentWorkflowTest.department("省统计局");
        int round = AssessmentWorkflowTest.round(2043, scheme.getInt("id"), dept);
        int a = AssessmentWorkflowTest.assessmentsBySubject(round).get(dept);
        as(Tokens.admin()).body("{\"report\":\"自查\",\"version\":0}").post("/api/v1/assessments/" + a + "/self-inspection")
                .then().statusCode(200);
        int line = scheme.getInt("items[0].lines[0].id");
        // 0.99 stored in a one-decimal column became 1.0: a sum of 89.99 turned into 90.0 优秀
        problem(as(Tokens.supervisor()).body(Map.of("scores", List.of(Map.of("lineId", line, "score", 0.5),
                        Map.of("lineId", scheme.getInt("items[0].lines[1].id"), "score", 0.99))))
                .put("/api/v1/assessments/" + a + "/line-scores"), 422)
                .body("field", equalTo("scores[1].score")).body("detail", containsString("不予接受，也不四舍五入"));
        // nothing of the refused request was written
        as(Tokens.viewer()).get("/api/v1/assessments/" + a + "/score").then().statusCode(200)
                .body("items[0].onSite", equalTo(0));
        as(Tokens.supervisor()).body(Map.of("scores", List.of(Map.of("lineId", line, "score", 0.50))))
                .put("/api/v1/assessments/" + a + "/line-scores").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/assessments/" + a + "/score").then().statusCode(200)
                .body("items[0].onSite", equalTo(0.5f)).body("rounding", containsString("never rounded up"));
    }

    @Test
    void refusesOverPreciseEvaluationAndRoutinePoints() {
        JsonPath scheme = AssessmentWorkflowTest.scheme();
        int dept = AssessmentWorkflowTest.department("省粮食局");
        int round = AssessmentWorkflowTest.round(2044, scheme.getInt("id"), dept);
        int a = AssessmentWorkflowTest.assessmentsBySubject(round).get(dept);
        as(Tokens.admin()).body("{\"report\":\"自查\",\"version\":0}").post("/api/v1/assessments/" + a + "/self-inspection")
                .then().statusCode(200);
        as(Tokens.supervisor()).body(Map.of("scores", AssessmentWorkflowTest.scores(scheme, List.of(1, 2, 3, 4, 5, 6, 7),
                Map.of()))).put("/api/v1/assessments/" + a + "/line-scores").then().statusCode(200);
        as(Tokens.supervisor()).body("{\"version\":" + AssessmentWorkflowTest.version(a) + "}")
                .post("/api/v1/assessments/" + a + "/on-site-complete").then().statusCode(200);
        problem(as(Tokens.supervisor()).body("{\"thirdPartyScore\":89.99,\"version\":" + AssessmentWorkflowTest.version(a)
                + "}").post("/api/v1/assessments/" + a + "/evaluation"), 422).body("field", equalTo("thirdPartyScore"));
        problem(as(Tokens.supervisor()).body(Map.of("subjectId", 1, "recordedOn", "2044-03-01", "kind", "PROBLEM",
                "itemNo", 3, "points", -0.25, "description", "抽查", "method", "RANDOM_CHECK"))
                .post("/api/v1/routine-records"), 422).body("field", equalTo("points"));
    }

    @Test
    void refusesARoutineRecordOnItemEightForAProvincialDepartment() {
        int dept = AssessmentWorkflowTest.department("省政务服务监督管理局");
        problem(as(Tokens.supervisor()).body(Map.of("subjectId", dept, "recordedOn", "2044-03-01", "kind", "PROBLEM",
                "itemNo", 8, "points", -1, "description", "政务服务大厅抽查", "method", "RANDOM_CHECK"))
                .post("/api/v1/routine-records"), 422).body("field", equalTo("itemNo"))
                .body("detail", containsString("此项为市、州政府考核内容"));
        // a 市州 government still takes it
        int kept = as(Tokens.supervisor()).body(Map.of("subjectId", 3, "recordedOn", "2044-03-01", "kind", "PROBLEM",
                "itemNo", 8, "points", -1, "description", "政务服务大厅抽查", "method", "RANDOM_CHECK"))
                .post("/api/v1/routine-records").then().statusCode(201).extract().path("id");
        // and a department's record cannot be corrected onto item 8
        int other = as(Tokens.supervisor()).body(Map.of("subjectId", dept, "recordedOn", "2044-03-01", "kind",
                "PROBLEM", "itemNo", 7, "points", -1, "description", "x", "method", "RANDOM_CHECK"))
                .post("/api/v1/routine-records").then().statusCode(201).extract().path("id");
        problem(as(Tokens.supervisor()).body(Map.of("recordedOn", "2044-03-01", "kind", "PROBLEM", "itemNo", 8,
                "points", -1, "description", "x", "method", "RANDOM_CHECK", "version", 0))
                .put("/api/v1/routine-records/" + other), 422).body("field", equalTo("itemNo"));
        // the 市州's item-8 record stands as entered
        as(Tokens.viewer()).get("/api/v1/routine-records/" + kept).then().statusCode(200).body("itemNo", equalTo(8))
                .body("subjectId", equalTo(3));
    }

    @Test
    void gradeBandsShowTheRoundingRule() {
        as(Tokens.viewer()).get("/api/v1/grade-bands").then().statusCode(200)
                .body("items.roundingRule", everyItem(containsString("89.99 → 89.9 良好")));
    }
}
