package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a 督查 office filters the projects by (134号 三 and 五), and no filter silently ignored. */
@QuarkusTest
class ProjectFiltersTest {
    @Test
    void filtersByReportStatusForAMonthStartedCompletedParkAndProvincialUnits() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        // 2017-09 (due 2017-10-05): 序号 1 on time is impossible today, so it is LATE; 序号 3 reports nothing
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-09", true, true, "1").then().statusCode(201);
        given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                .body(Map.of("period", "2017-10", "contractPerformed", true, "constructionStarted", true,
                        "completed", true, "fundsInPlace", "2"))
                .post("/api/v1/projects/" + fair.project(2) + "/reports").then().statusCode(201);

        list(fair).queryParam("reportStatus", "LATE").queryParam("period", "2017-09").get("/api/v1/projects")
                .then().statusCode(200).body("items.seq", contains(1));
        list(fair).queryParam("reportStatus", "REPORTED").queryParam("period", "2017-09").get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(0));
        list(fair).queryParam("reportStatus", "MISSING").queryParam("period", "2017-09").get("/api/v1/projects")
                .then().statusCode(200).body("items.seq", contains(2, 3, 4));
        // 序号 2 completed in 2017-10: it owes nothing for 2017-11
        list(fair).queryParam("reportStatus", "MISSING").queryParam("period", "2017-11").get("/api/v1/projects")
                .then().statusCode(200).body("items.seq", contains(1, 3, 4));
        // before the fair (held 2017-07) nothing is missing
        list(fair).queryParam("reportStatus", "MISSING").queryParam("period", "2017-06").get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(0));
        list(fair).queryParam("reportStatus", "MISSING").get("/api/v1/projects").then().statusCode(400)
                .body("field", equalTo("period"));

        list(fair).queryParam("started", true).get("/api/v1/projects").then().statusCode(200)
                .body("items.seq", contains(1, 2));
        list(fair).queryParam("started", false).get("/api/v1/projects").then().statusCode(200)
                .body("items.seq", contains(3, 4));
        list(fair).queryParam("completed", true).get("/api/v1/projects").then().statusCode(200)
                .body("items.seq", contains(2));
        // 省直 as the rates label the provincial units: 省科技厅's 序号 4
        list(fair).queryParam("prefecture", "省直").get("/api/v1/projects").then().statusCode(200)
                .body("items.seq", contains(4));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", 1)
                .queryParam("park", "柴达木循环经济试验区").queryParam("size", 200).get("/api/v1/projects").then()
                .statusCode(200).body("items.unit.unique()", contains("柴达木循环经济试验区管委会"));
    }

    @Test
    void anUnknownQueryParameterIs400NamingIt() {
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("unit", "海西州政府")
                .get("/api/v1/projects").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("unit")).body("detail", containsString("unitId"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("asof", "2017-12-31")
                .get("/api/v1/rates").then().statusCode(400).body("field", equalTo("asof"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("unitId", 6).queryParam("size", 5)
                .get("/api/v1/projects").then().statusCode(200);
    }

    private static RequestSpecification list(Fixtures.TestFair fair) {
        return given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id());
    }
}
