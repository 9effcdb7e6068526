package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** JSON keeps the machine value a client compares (MET) and adds the label a person reads (已达标) beside it. */
@QuarkusTest
class LabelFieldsTest {

    @Test
    void ratesCarryEachVerdictWithItsChineseLabel() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-12", true, true, "9").then().statusCode(201);
        // 134号 二: at 2017-12-31 开工率 1/4 = 25 % against 50 % → MISSED 未达标; before the date BEHIND 滞后
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("asOf", "2017-12-31").get("/api/v1/rates").then().statusCode(200)
                .body("overall.versus.constructionStart.status", equalTo("MISSED"))
                .body("overall.versus.constructionStart.statusLabel", equalTo("未达标"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("asOf", "2017-11-30").get("/api/v1/rates").then().statusCode(200)
                .body("overall.versus.constructionStart.status", equalTo("BEHIND"))
                .body("overall.versus.constructionStart.statusLabel", equalTo("滞后"));
    }

    @Test
    void unitsProjectsAndTheReconciliationCarryLabelsBesideTheirMachineValues() {
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("kind", "PARK_COMMITTEE")
                .get("/api/v1/units").then().statusCode(200)
                .body("items[0].kind", equalTo("PARK_COMMITTEE")).body("items[0].kindLabel", equalTo("园区管委会"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("flag", "NAME_ONLY")
                .get("/api/v1/projects").then().statusCode(200)
                .body("items[0].qualityFlags", hasItem("NAME_ONLY"))
                .body("items[0].qualityFlagLabels", hasItem("仅有项目名称"));
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/reconciliation").then().statusCode(200)
                .body("headlineFigures.find { it.key == 'fiveRegions' }.agrees", equalTo(false))
                .body("headlineFigures.find { it.key == 'fiveRegions' }.agreementLabel", equalTo("不相符"))
                .body("headlineFigures.find { it.key == 'fiveRegions' }.measureLabel", equalTo("重点地区签约金额"));
    }

    @Test
    void remindersSayTheirKindInChinese() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2024-06-01")
                .post("/api/v1/admin/jobs/monthly-reminder/run").then().statusCode(200);
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("period", "2024-05").get("/api/v1/reminders").then().statusCode(200)
                .body("items[0].kind", equalTo("REMINDER")).body("items[0].kindLabel", equalTo("报送提醒"));
    }
}
