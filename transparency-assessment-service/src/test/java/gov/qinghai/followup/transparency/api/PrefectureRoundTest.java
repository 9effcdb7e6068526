package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 137号 第五条 分级负责 第二款: a 市州's office assesses its own government's departments and the next level of government
 * in a round of its own; only that office's people act on it.
 */
@QuarkusTest
class PrefectureRoundTest {

    /** Someone of a 市州 office: the token's unit is the 市州. */
    private static String office(String prefecture, String role) {
        return Jwt.issuer(Tokens.ISSUER).upn(role + "@" + prefecture).groups(Set.of(role)).claim("unit", prefecture)
                .expiresIn(3600).sign("dev-keys/privateKey.pem");
    }

    private static int subject(String name, String kind, String prefecture) {
        String body = "{\"name\":\"" + unique(name) + "\",\"kind\":\"" + kind + "\""
                + (prefecture == null ? "" : ",\"prefecture\":\"" + prefecture + "\"") + "}";
        return as(Tokens.admin()).body(body).post("/api/v1/subjects").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> plan(int year, List<Integer> subjects, String office) {
        return Map.of("year", year, "schemeId", SchemeResourceTest.scheme2017(), "title", year + "年度考核实施方案",
                "publishedOn", year + "-11-01", "subjectIds", subjects, "office", office);
    }

    @Test
    void aPrefectureOfficeRunsARoundOfItsOwnDepartmentsAndCountiesOnly() {
        int county = subject("乐都区政府", "COUNTY_GOVERNMENT", "海东市");
        int department = subject("海东市教育局", "PREFECTURE_DEPARTMENT", "海东市");
        int otherCounty = subject("城北区政府", "COUNTY_GOVERNMENT", "西宁市");
        int provincial = subject("省测试厅", "PROVINCIAL_DEPARTMENT", null);
        String haidong = office("海东市", "admin");

        problem(as(haidong).body(plan(2053, List.of(county, otherCounty), "海东市")).post("/api/v1/rounds"), 422)
                .body("field", equalTo("subjectIds")).body("detail", containsString("西宁市"));
        problem(as(haidong).body(plan(2053, List.of(county, provincial), "海东市")).post("/api/v1/rounds"), 422)
                .body("field", equalTo("subjectIds"));
        // a 市州 round's subjects are not the provincial round's
        problem(as(Tokens.admin()).body(Map.of("year", 2053, "schemeId", SchemeResourceTest.scheme2017(), "title", "t",
                "publishedOn", "2053-11-01", "subjectIds", List.of(county))).post("/api/v1/rounds"), 422)
                .body("field", equalTo("subjectIds"));

        as(haidong).body(plan(2053, List.of(county, department), "海东市")).post("/api/v1/rounds").then()
                .statusCode(201).body("office", equalTo("海东市")).body("officeName", equalTo("海东市政务公开领导小组办公室"));
        problem(as(haidong).body(plan(2053, List.of(county), "海东市")).post("/api/v1/rounds"), 409);
    }

    @Test
    void onlyThePrefectureOfficesPeopleActOnItsRound() {
        int county = subject("平安区政府", "COUNTY_GOVERNMENT", "海东市");
        String haidong = office("海东市", "admin");
        // the province may not open a round for 海东市, nor 西宁市's office
        problem(as(Tokens.admin()).body(plan(2054, List.of(county), "海东市")).post("/api/v1/rounds"), 403);
        problem(as(office("西宁市", "admin")).body(plan(2054, List.of(county), "海东市")).post("/api/v1/rounds"), 403);
        int round = as(haidong).body(plan(2054, List.of(county), "海东市")).post("/api/v1/rounds").then()
                .statusCode(201).extract().path("id");
        int assessment = AssessmentWorkflowTest.assessmentsBySubject(round).get(county);

        problem(as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result"), 403)
                .body("detail", containsString("海东市政务公开领导小组办公室"));
        problem(as(office("西宁市", "supervisor")).body(Map.of("lineId", 1, "description", "x")).post("/api/v1/assessments/" + assessment + "/findings"), 403);
        // 海东市's own office passes the office check and meets the workflow's own rule (not every subject evaluated)
        problem(as(haidong).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result"), 409);
        // and a 市州 office may not act on the provincial round
        int dept = subject("省测试局", "PROVINCIAL_DEPARTMENT", null);
        int provincial = AssessmentWorkflowTest.round(2054, SchemeResourceTest.scheme2017(), dept);
        problem(as(haidong).body("{\"version\":0}").post("/api/v1/rounds/" + provincial + "/result"), 403);
    }
}
