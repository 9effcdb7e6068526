package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation explains each gap between a fair's notice and its table: 青政办〔2017〕134号's headline figures
 * are the 18th fair's data, not every fair's; a share implies a total; outliers are weighed against each figure.
 */
@QuarkusTest
class ReconciliationExplainsTest {
    private static final Pattern OUTLIER = Pattern.compile("\\) ([0-9.]+)亿元 lies outside (\\S+)–(\\S+)亿元");

    @Test
    void eachDisagreementOfThe18thFairShowsTheDifferenceAndTheTotalItsSharesImply() {
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/reconciliation").then().statusCode(200)
                .body("headlineFigures.find { it.key == 'fiveRegions' }.difference", equalTo(177.45f))
                .body("headlineFigures.find { it.key == 'fiveRegions' }.source", containsString("134号"))
                // 597亿 at 40% implies about 1492.50亿; 683亿 at 46% about 1484.78亿
                .body("headlineFigures.find { it.key == 'fiveRegionsShare' }.impliedTotal", equalTo(1492.50f))
                .body("headlineFigures.find { it.key == 'threeParksShare' }.impliedTotal", equalTo(1484.78f))
                .body("noticeConsistency.agree", equalTo(false))
                .body("noticeConsistency.statements", hasItem(containsString("about 1492.50亿元")))
                .body("noticeConsistency.statements", hasItem(containsString("超过1800亿元' rules out")))
                .body("disagreements", hasItem(containsString("do not agree with each other")))
                // 序号 1 (180.33亿元): the total without it is 1488.53, still not 超过1800
                .body("outlierEffects.find { it.seq == 1 && it.key == 'totalInvestment' }.withoutIt", equalTo(1488.53f))
                .body("outlierEffects.find { it.seq == 1 && it.key == 'totalInvestment' }.agreesWithoutIt",
                        equalTo(false))
                .body("outlierEffects.find { it.seq == 1 && it.key == 'projects' }.withoutIt", equalTo(345));
    }

    @Test
    void outlierTextNeverPrintsAFenceEqualToTheAmount() {
        List<String> lines = given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/reconciliation")
                .then().statusCode(200).extract().jsonPath().getList("disagreements", String.class);
        int checked = 0;
        for (String line : lines) {
            Matcher m = OUTLIER.matcher(line);
            if (m.find()) {
                checked++;
                assertNotEquals(m.group(1), m.group(2), line);
                assertNotEquals(m.group(1), m.group(3), line);
                assertFalse(line.contains("0.10亿元 lies outside 0.10–"), line);
            }
        }
        assertTrue(checked >= 10, "the 18th fair's ten outliers: " + lines);
    }

    @Test
    void aFairWithoutHeadlineFiguresHasNoHeadlineSectionUntilAnAdminEntersThem() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .get("/api/v1/reconciliation").then().statusCode(200)
                .body("headlineFigures", hasSize(0)).body("noticeConsistency", nullValue())
                .body("disagreements", not(hasItem(containsString("1800亿元"))));

        int version = given().header("Authorization", bearer(Tokens.viewer()))
                .get("/api/v1/fairs/" + fair.id() + "/headline-figures").then().statusCode(200)
                .body("figures", hasSize(0)).extract().path("version");
        Map<String, Object> total = Map.of("key", "totalInvestment", "measure", "TOTAL_INVESTMENT", "scope", List.of(),
                "comparison", "MORE_THAN", "stated", 50, "noticeText", "签约金额超过50亿元", "source", "测试通知 开头");
        Map<String, Object> xining = Map.of("key", "xining", "measure", "REGIONS_SUM", "scope", List.of("西宁市"),
                "comparison", "ROUNDED", "stated", 40, "noticeText", "西宁签约金额共计40亿元", "source", "测试通知 开头");
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("version", version, "figures", List.of(total, xining)))
                .put("/api/v1/fairs/" + fair.id() + "/headline-figures").then().statusCode(200)
                .body("figures", hasSize(2)).body("version", equalTo(version + 1));
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("version", version, "figures", List.of(total)))
                .put("/api/v1/fairs/" + fair.id() + "/headline-figures").then().statusCode(409);
        // the table: 60亿元 in all, 西宁市政府 10 + 30 = 40
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .get("/api/v1/reconciliation").then().statusCode(200)
                .body("headlineFigures", hasSize(2))
                .body("headlineFigures.find { it.key == 'totalInvestment' }.agrees", equalTo(true))
                .body("headlineFigures.find { it.key == 'xining' }.computed", equalTo(40.00f))
                .body("headlineFigures.find { it.key == 'xining' }.agrees", equalTo(true));
        given().header("Authorization", bearer(Tokens.supervisor()))
                .get("/api/v1/fairs/" + fair.id() + "/headline-figures/history").then().statusCode(200)
                .body("xining", hasSize(1)).body("xining[0].change", equalTo("ADD"));
        given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                .body(Map.of("version", version + 1, "figures", List.of()))
                .put("/api/v1/fairs/" + fair.id() + "/headline-figures").then().statusCode(403);
    }
}
