package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dates and periods in the configured window (2017-01-01 to the horizon after today), rates no more precise than
 * their column, keyword searches as literal text, audit trails of records that never existed: each refused with a
 * 4xx naming the field, fast.
 */
@QuarkusTest
class InputBoundsTest {

    /** The first request of a fresh JVM warms up (token checks, class loading); the timings are of the later ones. */
    @BeforeEach
    void warmUp() {
        as(Tokens.viewer()).queryParam("asOf", "9999-12-31").get("/api/v1/rates");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", bearer(token));
    }

    @Test
    void refusesFarDatesAndPeriodsFast() {
        for (String path : List.of("/api/v1/rates", "/api/v1/rates/export", "/api/v1/supervision-notice")) {
            for (String asOf : List.of("9999-12-31", "0000-01-01", "2016-12-31")) {
                as(Tokens.viewer()).queryParam("asOf", asOf).get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("field", equalTo("asOf")).time(lessThan(1000L));
            }
        }
        as(Tokens.admin()).queryParam("date", "9999-12-31").post("/api/v1/admin/jobs/monthly-reminder/run").then()
                .statusCode(400).body("field", equalTo("date"));
        as(Tokens.viewer()).get("/api/v1/period-reports/quarterly/9999-Q4").then().statusCode(400)
                .body("field", equalTo("period"));
        as(Tokens.viewer()).queryParam("period", "2017-13-45").get("/api/v1/reminders").then().statusCode(400)
                .body("violations.field", hasItem("period"));
    }

    @Test
    void refusesARateMorePreciseThanItsColumn() {
        long fair = Fixtures.createFair();
        // milestone rates are numeric(5,2): 70.001 would be stored as 70.00
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("version", 0, "targets", List.of(Map.of("dueDate", "2017-12-31",
                        "contractFulfilmentRate", 70.001, "constructionStartRate", 50, "fundsInPlaceRate", 15,
                        "source", "青政办〔2017〕134号 二"))))
                .put("/api/v1/fairs/" + fair + "/milestones").then().statusCode(400)
                .body(containsString("contractFulfilmentRate"));
    }

    @Test
    void aKeywordIsLiteralTextNotAWildcard() {
        for (String q : List.of("%", "_")) {
            as(Tokens.viewer()).queryParam("q", q).get("/api/v1/projects").then().statusCode(200)
                    .body("total", equalTo(0));
        }
    }

    @Test
    void theHistoryOfARecordThatNeverExistedIsNotFound() {
        for (String path : List.of("/api/v1/projects/999999999/history", "/api/v1/units/999999999/history")) {
            as(Tokens.admin()).get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }
}
