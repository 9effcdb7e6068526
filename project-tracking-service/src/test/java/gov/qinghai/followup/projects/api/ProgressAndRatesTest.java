package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Monthly reports (134号 五) and the rates against the milestones (134号 二). */
@QuarkusTest
class ProgressAndRatesTest {
    static final String XINING = "西宁市政府";
    static final String HAIXI = "海西州政府";
    static final String TABLE = """
            seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons
            1,西宁市政府,甲项目,大通县政府,某公司,10.00,江苏,杨小民,史超
            2,西宁市政府,乙项目,湟源县政府,某公司,30.00,深圳,杨小民,史超
            3,海西州政府,丙项目,格尔木市政府,某公司,20.00,北京,王霞,马军
            4,省科技厅,丁项目,某单位,某公司,,北京,孙传范,李广强
            """;

    @Test
    void ratesAtBothMilestonesForAWorkedExample() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        report(Tokens.reporter(XINING), fair.project(1), "2017-11", true, true, "2").then().statusCode(201);
        report(Tokens.reporter(XINING), fair.project(2), "2017-12", true, false, "3").then().statusCode(201);
        report(Tokens.reporter(HAIXI), fair.project(3), "2018-01", true, true, "5").then().statusCode(201);

        // 2017-12-31: 2 of 4 contracted, 1 of 4 started, 5 of 60 亿元 in place; targets 70/50/15 are now final
        rates(fair.id(), "2017-12-31", "NONE").body("overall.projects", equalTo(4))
                .body("overall.contractFulfilmentRate", equalTo(50.00f))
                .body("overall.constructionStartRate", equalTo(25.00f))
                .body("overall.fundsInPlaceRate", equalTo(8.33f))
                .body("milestone.dueDate", equalTo("2017-12-31"))
                .body("overall.versus.contractFulfilment.gap", equalTo(-20.00f))
                .body("overall.versus.contractFulfilment.status", equalTo("MISSED"));
        // 2018-03-31: working towards 2018-05-31 (90/80/30)
        rates(fair.id(), "2018-03-31", "NONE").body("milestone.dueDate", equalTo("2018-05-31"))
                .body("overall.contractFulfilmentRate", equalTo(75.00f))
                .body("overall.constructionStartRate", equalTo(50.00f))
                .body("overall.fundsInPlaceRate", equalTo(16.67f))
                .body("overall.versus.constructionStart.status", equalTo("BEHIND"));
        rates(fair.id(), "2017-12-31", "PREFECTURE")
                .body("groups.find { it.key == '西宁市' }.contractFulfilmentRate", equalTo(100.00f))
                .body("groups.find { it.key == '海西州' }.contractFulfilmentRate", equalTo(0.00f))
                .body("groups.find { it.key == '省直' }.projects", equalTo(1));
        rates(fair.id(), "2017-12-31", "FUND_SOURCE")
                .body("groups.find { it.key == '广东' }.fundsInPlaceRate", equalTo(10.00f));
    }

    @Test
    void supervisionNoticeNamesTheUnitsBehindOnConstructionStart() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        report(Tokens.reporter(XINING), fair.project(1), "2017-12", true, true, "1").then().statusCode(201);
        report(Tokens.reporter(XINING), fair.project(2), "2017-12", true, true, "1").then().statusCode(201);
        given().header("Authorization", bearer(Tokens.supervisor())).queryParam("fairId", fair.id())
                .queryParam("asOf", "2017-12-31").get("/api/v1/supervision-notice").then().statusCode(200)
                .body("unitsBehind.key", org.hamcrest.Matchers.contains("海西州政府", "省科技厅"))
                .body("byPark", hasSize(0))
                .body("byPrefecture.find { it.key == '西宁市' }.constructionStartRate", equalTo(100.00f));
    }

    @Test
    void rejectsReportForAnotherUnitsProject() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        report(Tokens.reporter(HAIXI), fair.project(1), "2017-11", true, true, "1").then().statusCode(403)
                .contentType("application/problem+json");
        report(Tokens.viewer(), fair.project(1), "2017-11", true, true, "1").then().statusCode(403);
    }

    @Test
    void marksLateReportsAndAcceptsThem() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        report(Tokens.reporter(XINING), fair.project(1), "2017-09", true, false, "0").then().statusCode(201)
                .body("late", equalTo(true)).body("dueAt", equalTo("2017-10-05T23:59:59+08:00"));
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        report(Tokens.reporter(XINING), fair.project(2), thisMonth, true, false, "0").then().statusCode(201)
                .body("late", equalTo(false));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("late", true).queryParam("period", "2017-09")
                .get("/api/v1/reports").then().statusCode(200).body("items.projectId", org.hamcrest.Matchers.hasItem(
                        (int) fair.project(1)));
    }

    @Test
    void resubmissionSupersedesAndKeepsHistory() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        int first = report(Tokens.reporter(XINING), fair.project(2), "2017-12", true, false, "3").then().statusCode(201)
                .extract().path("id");
        int second = report(Tokens.reporter(XINING), fair.project(2), "2017-12", true, true, "9").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/projects/" + fair.project(2) + "/reports")
                .then().statusCode(200).body("", hasSize(2))
                .body("find { it.id == " + first + " }.current", equalTo(false))
                .body("find { it.id == " + first + " }.supersededBy", equalTo(second))
                .body("find { it.id == " + second + " }.current", equalTo(true))
                .body("find { it.id == " + second + " }.supersededBy", nullValue());
        rates(fair.id(), "2017-12-31", "NONE").body("overall.constructionStartRate", equalTo(25.00f))
                .body("overall.fundsInPlaceRate", equalTo(15.00f))
                .body("overall.versus.fundsInPlace.status", equalTo("MET"));
    }

    @Test
    void refusesFundsAboveTheTotalWithoutAReason() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        report(Tokens.reporter(XINING), fair.project(1), "2017-11", true, true, "10.5").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("fundsInPlace"));
        given().header("Authorization", bearer(Tokens.reporter(XINING))).contentType(ContentType.JSON)
                .body(Map.of("period", "2017-11", "contractPerformed", true, "constructionStarted", true,
                        "completed", false, "fundsInPlace", "10.5", "overTotalReason", "追加投资已签补充协议"))
                .post("/api/v1/projects/" + fair.project(1) + "/reports").then().statusCode(201);
    }

    @Test
    void refusesABadPeriodNamingTheField() {
        Fixtures.TestFair fair = Fixtures.fairWith(TABLE);
        report(Tokens.reporter(XINING), fair.project(1), "2017-13", true, true, "1").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
        // a month that has not begun (134号 五): 422; beyond the window of dates the service answers for: 400
        String nextYear = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1).toString();
        report(Tokens.reporter(XINING), fair.project(1), nextYear, true, true, "1").then().statusCode(422)
                .body("field", equalTo("period"));
        report(Tokens.reporter(XINING), fair.project(1), "2099-01", true, true, "1").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
    }

    private static io.restassured.response.ValidatableResponse rates(long fair, String asOf, String by) {
        return given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair)
                .queryParam("asOf", asOf).queryParam("by", by).get("/api/v1/rates").then().statusCode(200);
    }
}
