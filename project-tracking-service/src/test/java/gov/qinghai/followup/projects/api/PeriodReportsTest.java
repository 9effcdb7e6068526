package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stored quarterly reports (134号 五) in the shared period-reports API: a version holds the data as they stood
 * when it was built, a regeneration adds the next version and the first stays readable. Each test owns its quarter
 * (the quarterly-report job builds every fair's report of a quarter once) and reads its own fair's report only.
 */
@QuarkusTest
class PeriodReportsTest {
    private static final String BASE = "/api/v1/period-reports/quarterly/";

    private static RequestSpecification as(String token, long fairId) {
        return given().header("Authorization", bearer(token)).queryParam("fairId", fairId);
    }

    private static void runJob(String date, boolean ran) {
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", date)
                .post("/api/v1/admin/jobs/quarterly-report/run").then().statusCode(200).body("ran", equalTo(ran));
    }

    @Test
    void aLateReportAfterTheFirstBuildIsInVersionTwoAndNotInVersionOne() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2018-04", true, false, "1").then().statusCode(201);
        runJob("2018-07-06", true);
        // 西宁市政府 files project 2's May report after the quarter's report was built
        report(Tokens.reporter("西宁市政府"), fair.project(2), "2018-05", true, false, "1").then().statusCode(201);

        as(Tokens.admin(), fair.id()).contentType("application/json")
                .body(Map.of("reason", "西宁市政府 filed 乙项目's May report late"))
                .post(BASE + "2018-Q2/regenerate").then().statusCode(201)
                .header("Location", endsWith(BASE + "2018-Q2/versions/2?fairId=" + fair.id()))
                .body("version", equalTo(2)).body("builtBy", equalTo("admin@test"))
                .body("reason", equalTo("西宁市政府 filed 乙项目's May report late"));

        as(Tokens.viewer(), fair.id()).get(BASE + "2018-Q2/versions/1").then().statusCode(200)
                .body("version", equalTo(1)).body("supersededBy", equalTo(2)).body("builtBy", equalTo("admin@test"))
                .body("units.find { it.unit == '西宁市政府' }.reportsReceived", equalTo(1));
        as(Tokens.viewer(), fair.id()).get(BASE + "2018-Q2").then().statusCode(200)
                .body("version", equalTo(2)).body("supersededBy", nullValue()).body("dataAsOf", org.hamcrest.Matchers.notNullValue())
                .body("units.find { it.unit == '西宁市政府' }.reportsReceived", equalTo(2));
        as(Tokens.viewer(), fair.id()).get(BASE + "2018-Q2/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("supersededBy", equalTo(java.util.Arrays.asList(2, null)))
                .body("reason[0]", nullValue()).body("reason[1]", equalTo("西宁市政府 filed 乙项目's May report late"));
        // a version of an earlier build is still served as CSV
        String csv = as(Tokens.viewer(), fair.id()).queryParam("format", "csv").get(BASE + "2018-Q2/versions/1").then()
                .statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("西宁市政府,西宁市,2,"), csv);
        as(Tokens.viewer(), fair.id()).queryParam("kind", "quarterly").get("/api/v1/period-reports").then()
                .statusCode(200).body("items.find { it.period == '2018-Q2' }.latestVersion", equalTo(2));
    }

    @Test
    void theScheduledJobRunTwiceForAQuarterLeavesOneVersion() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        runJob("2018-10-08", true);
        runJob("2018-11-01", false);
        as(Tokens.viewer(), fair.id()).get(BASE + "2018-Q3/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1))).body("builtBy", equalTo(List.of("admin@test")));
    }

    @Test
    void aQuarterNeverBuiltIsRegeneratedAsVersionOne() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        as(Tokens.viewer(), fair.id()).get(BASE + "2019-Q1").then().statusCode(404);
        as(Tokens.admin(), fair.id()).contentType("application/json").body(Map.of("reason", "never built"))
                .post(BASE + "2019-Q1/regenerate").then().statusCode(201).body("version", equalTo(1));
        as(Tokens.viewer(), fair.id()).get(BASE + "2019-Q1").then().statusCode(200).body("quarter", equalTo("2019-Q1"));
    }

    @Test
    void onlyAnAdminRegeneratesAndBadKindsPeriodsAndReasonsAreNamed() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        for (String token : List.of(Tokens.viewer(), Tokens.supervisor(), Tokens.reporter("西宁市政府"))) {
            as(token, fair.id()).contentType("application/json").body(Map.of("reason", "x"))
                    .post(BASE + "2018-Q1/regenerate").then().statusCode(403);
        }
        given().contentType("application/json").body(Map.of("reason", "x")).post(BASE + "2018-Q1/regenerate").then()
                .statusCode(401);
        as(Tokens.viewer(), fair.id()).get("/api/v1/period-reports/annual/2018").then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.viewer(), fair.id()).get(BASE + "2018-Q5").then().statusCode(400).body("field", equalTo("period"));
        as(Tokens.viewer(), fair.id()).get(BASE + "2018/versions").then().statusCode(400).body("field", equalTo("period"));
        as(Tokens.viewer(), fair.id()).queryParam("format", "odt").get(BASE + "2018-Q1").then().statusCode(400)
                .body("field", equalTo("format"));
        as(Tokens.admin(), fair.id()).contentType("application/json").body(Map.of("reason", " "))
                .post(BASE + "2018-Q1/regenerate").then().statusCode(400)
                .body("violations.field", hasItem(endsWith("reason")));
        as(Tokens.admin(), 999_999_999L).contentType("application/json").body(Map.of("reason", "x"))
                .post(BASE + "2018-Q1/regenerate").then().statusCode(404);
        // a quarter that has not ended has no report yet
        as(Tokens.admin(), fair.id()).contentType("application/json").body(Map.of("reason", "x"))
                .post(BASE + "2031-Q4/regenerate").then().statusCode(422).body("field", equalTo("period"));
    }
}
