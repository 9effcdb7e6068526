package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every date and period a request carries lies in the configured window (2017-01-01 to the horizon after today):
 * outside it the answer is a fast 400 naming the field, before any work grows with the value.
 */
@QuarkusTest
class DateWindowTest {

    /** The first request of a fresh JVM warms up (token checks, class loading); the timings are of the later ones. */
    @BeforeEach
    void warmUp() {
        as(Tokens.viewer()).queryParam("asOf", "9999-12-31").get("/api/v1/task-status");
    }

    private static void refusedNaming(Response r, String field) {
        r.then().statusCode(400).contentType("application/problem+json")
                .body("$", anyOf(org.hamcrest.Matchers.hasEntry("field", field),
                        org.hamcrest.Matchers.hasKey("violations")))
                .time(lessThan(1000L));
        List<String> named = r.jsonPath().getList("violations.field");
        String top = r.jsonPath().getString("field");
        if (!field.equals(top) && (named == null || !named.contains(field))) {
            throw new AssertionError("the problem does not name " + field + ": " + r.asString());
        }
    }

    @Test
    void refusesAFarFutureAsOfOnTaskStatusFast() {
        for (String path : List.of("/api/v1/task-status", "/api/v1/lagging-units", "/api/v1/tasks/1/status")) {
            refusedNaming(as(Tokens.viewer()).queryParam("asOf", "9999-12-31").get(path), "asOf");
            refusedNaming(as(Tokens.viewer()).queryParam("asOf", "2016-12-31").get(path), "asOf");
            refusedNaming(as(Tokens.viewer()).queryParam("asOf", "+10000-01-01").get(path), "asOf");
        }
        as(Tokens.viewer()).queryParam("asOf", "2017-10-10").get("/api/v1/tasks/1/status").then().statusCode(200);
    }

    @Test
    void anAnonymousRequestIsUnauthorizedBeforeItsDatesAreRead() {
        io.restassured.RestAssured.given().queryParam("asOf", "9999-12-31").get("/api/v1/task-status").then()
                .statusCode(401);
        as(Tokens.viewer()).queryParam("date", "9999-12-31").post("/api/v1/admin/jobs/overdue-scan/run").then()
                .statusCode(403);
    }

    @Test
    void refusesAFarFutureJobDate() {
        refusedNaming(as(Tokens.admin()).queryParam("date", "9999-12-31").post("/api/v1/admin/jobs/overdue-scan/run"),
                "date");
        refusedNaming(as(Tokens.admin()).queryParam("date", "0000-01-01").post("/api/v1/admin/jobs/overdue-scan/run"),
                "date");
    }

    @Test
    void refusesImpossibleOrFarPeriods() {
        for (String period : List.of("2017-13-45", "2017-13", "9999-12", "2016-12")) {
            refusedNaming(as(Tokens.viewer()).queryParam("period", period).get("/api/v1/reminders"), "period");
            refusedNaming(as(Tokens.viewer()).queryParam("period", period).get("/api/v1/reports"), "period");
        }
        as(Tokens.viewer()).queryParam("period", "2017-09").get("/api/v1/reminders").then().statusCode(200);
        for (String quarter : List.of("9999-Q4", "2017-Q5", "2016-Q4")) {
            refusedNaming(as(Tokens.viewer()).get("/api/v1/period-reports/quarterly/" + quarter), "period");
        }
    }

    @Test
    void refusesBodyDatesOutsideTheWindowAndDateTimesForDates() {
        String unit = "省环境保护厅";
        refusedNaming(post(Tokens.reporter(unit), "/api/v1/tasks/1/reports",
                json(Map.of("period", "9999-12", "narrative", "远期"))), "period");
        for (String asOf : List.of("9999-12-31", "0000-01-01", "2017-09-30T00:00:00Z")) {
            Response r = post(Tokens.reporter(unit), "/api/v1/tasks/1/reports", json(Map.of("period", "2017-09",
                    "narrative", "远期", "actuals", List.of(Map.of("indicatorCode", "x", "value", 1, "asOf", asOf)))));
            r.then().statusCode(400).body("field", equalTo("actuals[0].asOf")).time(lessThan(1000L));
        }
    }
}
