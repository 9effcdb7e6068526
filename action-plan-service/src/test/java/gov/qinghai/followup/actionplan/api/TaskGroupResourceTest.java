package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The conventions of DESIGN.md on the four task groups of 青政办〔2017〕135号 二、目标任务. */
@QuarkusTest
class TaskGroupResourceTest {

    @Test
    void listsTheFourGroupsWithTheirTaskRanges() {
        given().header("Authorization", bearer(Tokens.viewer()))
                .get("/api/v1/task-groups")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.numeral", org.hamcrest.Matchers.contains("一", "二", "三", "四"))
                .body("items[1].name", equalTo("找准创新点"))
                .body("items[1].firstTask", equalTo(14))
                .body("items[1].lastTask", equalTo(20))
                .body("items[3].heading", startsWith("要把破解重点难点作为突破点"));
    }

    @Test
    void pagesTheGroups() {
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("size", 3).queryParam("page", 1)
                .get("/api/v1/task-groups")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].name", equalTo("找准突破点"))
                .body("totalPages", equalTo(2));
    }

    @Test
    void rejectsOversizedPageWithTheParameterNamed() {
        problem(given().header("Authorization", bearer(Tokens.viewer())).queryParam("size", 500)
                .get("/api/v1/task-groups"), 400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void refusesListWithoutToken() {
        problem(given().get("/api/v1/task-groups"), 401);
    }

    @Test
    void refusesExpiredAndForeignTokens() {
        problem(given().header("Authorization", bearer(Tokens.expired())).get("/api/v1/task-groups"), 401);
        problem(given().header("Authorization", bearer(Tokens.foreignSigned())).get("/api/v1/task-groups"), 401);
    }

    @Test
    void refusesUpdateByReporter() {
        problem(update(Tokens.reporter("省财政厅"), 2, "{\"name\":\"x\",\"heading\":\"y\",\"version\":0}"), 403);
    }

    @Test
    void answersMalformedJsonWithProblem() {
        problem(update(Tokens.admin(), 2, "{\"name\":"), 400);
    }

    @Test
    void namesTheMissingFieldAsSent() {
        problem(update(Tokens.admin(), 2, "{\"name\":\"找准创新点\",\"version\":0}"), 400)
                .body("violations.field", hasItem("heading"));
    }

    @Test
    void answersUnknownGroupWith404() {
        problem(given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/task-groups/999999"), 404);
    }

    @Test
    void refusesStaleVersionAndKeepsTheWinner() {
        ValidatableResponse read = given().header("Authorization", bearer(Tokens.viewer()))
                .get("/api/v1/task-groups/3").then().statusCode(200);
        int version = read.extract().path("version");
        String heading = read.extract().path("heading");
        update(Tokens.admin(), 3, body("找准主攻点", heading + "（校对）", version))
                .then().statusCode(200).body("version", equalTo(version + 1));
        problem(update(Tokens.admin(), 3, body("找准主攻点-败者", heading, version)), 409)
                .body("field", equalTo("version"));
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/task-groups/3")
                .then().body("name", equalTo("找准主攻点"));
    }

    @Test
    void auditsEveryChangeWithWhoAndBeforeAfter() {
        ValidatableResponse read = given().header("Authorization", bearer(Tokens.viewer()))
                .get("/api/v1/task-groups/4").then().statusCode(200);
        int version = read.extract().path("version");
        String heading = read.extract().path("heading");
        update(Tokens.admin(), 4, body("找准突破点", heading.replace(", ", "，"), version)).then().statusCode(200);
        given().header("Authorization", bearer(Tokens.supervisor())).get("/api/v1/task-groups/4/history")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(1))
                .body("[-1].by", equalTo("admin@test"))
                .body("[-1].after.heading", startsWith("要把破解重点难点作为突破点，"))
                .body("[-1].at", notNullValue());
    }

    @Test
    void documentsTheApiWithExamples() {
        Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/task-groups"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/tasks/{number}/reports"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/lagging-units"))
                .body(org.hamcrest.Matchers.containsString("找准发力点"))
                .body(org.hamcrest.Matchers.containsString("9月前完成132万吨煤炭产能压减任务"));
    }

    private static String body(String name, String heading, int version) {
        return "{\"name\":\"" + name + "\",\"heading\":\"" + heading.replace("\"", "\\\"") + "\",\"version\":"
                + version + "}";
    }

    private static Response update(String token, long id, String json) {
        return given().header("Authorization", bearer(token)).contentType(ContentType.JSON).body(json)
                .put("/api/v1/task-groups/" + id);
    }

    private static ValidatableResponse problem(Response r, int status) {
        return r.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }
}
