package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 137号 第五条 (分级负责), 第十一条 (结果报省考核办), 第十五条; 138号 四(二) 标准目录 and 五(三) 验收. */
@QuarkusTest
class AssessorExpectationsTest {

    @Test
    void lowerLevelsAndPublicEnterprisesAreSubjectsOfTheirOwnKindsButNotOfTheProvincialRound() {
        int county = as(Tokens.admin()).body(Map.of("name", unique("城中区政府"), "kind", "COUNTY_GOVERNMENT",
                "prefecture", "西宁市")).post("/api/v1/subjects").then().statusCode(201)
                .body("assessedBy", equalTo("西宁市政务公开领导小组办公室")).extract().path("id");
        as(Tokens.admin()).body(Map.of("name", unique("西宁市教育局"), "kind", "PREFECTURE_DEPARTMENT",
                "prefecture", "西宁市")).post("/api/v1/subjects").then().statusCode(201);
        int enterprise = as(Tokens.admin()).body(Map.of("name", unique("西宁供水集团"), "kind", "PUBLIC_ENTERPRISE"))
                .post("/api/v1/subjects").then().statusCode(201)
                .body("assessedBy", containsString("第十五条")).extract().path("id");
        problem(as(Tokens.admin()).body(Map.of("name", unique("湟中区政府"), "kind", "COUNTY_GOVERNMENT"))
                .post("/api/v1/subjects"), 422).body("field", equalTo("prefecture"));
        as(Tokens.viewer()).get("/api/v1/subjects/1").then().body("assessedBy", equalTo("省政务公开领导小组办公室"));
        problem(as(Tokens.admin()).body(Map.of("year", 2036, "schemeId", SchemeResourceTest.scheme2017(), "title", "t",
                "publishedOn", "2036-01-01", "subjectIds", List.of(1, county, enterprise))).post("/api/v1/rounds"), 422)
                .body("field", equalTo("subjectIds")).body("detail", containsString("第五条"));
    }

    @Test
    void recordsSendingTheResultToTheProvincialAssessmentOfficeOnceAfterTheResult() {
        JsonPath scheme = AssessmentWorkflowTest.scheme();
        int dept = AssessmentWorkflowTest.department("省档案局");
        int round = AssessmentWorkflowTest.round(2035, scheme.getInt("id"), dept);
        int a = AssessmentWorkflowTest.assessmentsBySubject(round).get(dept);
        problem(as(Tokens.admin()).body(Map.of("sentOn", "2036-01-20", "reference", "青政公开办〔2036〕3号", "version", 0))
                .post("/api/v1/rounds/" + round + "/submission"), 409);
        as(Tokens.admin()).body("{\"report\":\"自查\",\"version\":0}").post("/api/v1/assessments/" + a + "/self-inspection")
                .then().statusCode(200);
        AssessmentWorkflowTest.throughOnSiteAndEvaluation(a, scheme, List.of(1, 2, 3, 4, 5, 6, 7), Map.of());
        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200);
        problem(as(Tokens.supervisor()).body(Map.of("sentOn", "2036-01-20", "reference", "r", "version", 1))
                .post("/api/v1/rounds/" + round + "/submission"), 403);
        as(Tokens.admin()).body(Map.of("sentOn", "2036-01-20", "reference", "青政公开办〔2036〕3号", "version", 1))
                .post("/api/v1/rounds/" + round + "/submission").then().statusCode(200)
                .body("submittedTo", equalTo("省考核办")).body("submittedOn", equalTo("2036-01-20"))
                .body("submissionRef", equalTo("青政公开办〔2036〕3号"));
        problem(as(Tokens.admin()).body(Map.of("sentOn", "2036-01-21", "reference", "again", "version", 2))
                .post("/api/v1/rounds/" + round + "/submission"), 409);
    }

    @Test
    void showsTheCatalogueByAreaAndTheAcceptanceChecklistOfTheUnit() {
        // 格尔木市: the unit whose whole catalogue no test fills beyond the export limit (乐都区's is, on purpose)
        int unit = PilotResourceTest.unitId("格尔木市");
        String area = unique("试点内容");
        as(Tokens.admin()).body(Map.of("name", area)).post("/api/v1/pilot/units/" + unit + "/areas").then()
                .statusCode(201);
        JsonPath areas = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit + "/areas").then().statusCode(200)
                .body("find { it.name == '" + area + "' }.items", equalTo(0)).extract().jsonPath();
        JsonPath catalogue = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit + "/catalogue").then()
                .statusCode(200).extract().jsonPath();
        long sum = areas.<Integer>getList("items").stream().mapToLong(Integer::longValue).sum();
        assertEquals(catalogue.getList("$").size(), sum, "the per-area counts add up to the catalogue");
        // an area without catalogue items keeps the 标准目录 requirement open, and says which
        as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit + "/acceptance-checklist").then().statusCode(200)
                .body("code", equalTo(List.of("PLAN_FILED", "PILOT_DONE", "ACCEPTANCE_REPORT", "STANDARD_CATALOGUE",
                        "REPORT_CONTENT", "PROCESS_STANDARDS", "MECHANISM_DOCUMENTS")))
                .body("find { it.code == 'STANDARD_CATALOGUE' }.status", equalTo("OPEN"))
                .body("find { it.code == 'STANDARD_CATALOGUE' }.evidence", containsString(area))
                .body("find { it.code == 'PROCESS_STANDARDS' }.status", equalTo("NOT_TRACKED"));
        Map<String, Object> item = new HashMap<>(Map.of("area", area, "name", unique("事项"), "basis", "依据",
                "content", "内容", "responsibleBody", "主体", "timeLimit", "信息形成之日起20个工作日内", "method", "网站",
                "requirement", "要求"));
        as(Tokens.admin()).body(item).post("/api/v1/pilot/units/" + unit + "/catalogue").then().statusCode(201);
        as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit + "/areas").then()
                .body("find { it.name == '" + area + "' }.items", equalTo(1));
        as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit + "/acceptance-checklist").then()
                .body("find { it.code == 'STANDARD_CATALOGUE' }.evidence", org.hamcrest.Matchers.not(containsString(area)));
    }
}
