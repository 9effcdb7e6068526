package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Foundation proofs (issue 2) on the 考核对象 of 青政办〔2017〕137号, plus the grade bands of 第十一条. */
@QuarkusTest
class SubjectResourceTest {

    @Test
    void servesTheFourGradeBandsOfArticleElevenPaged() {
        as(Tokens.viewer()).queryParam("size", 2).get("/api/v1/grade-bands")
                .then().statusCode(200)
                .body("total", equalTo(4)).body("totalPages", equalTo(2))
                .body("items[0].name", equalTo("优秀")).body("items[0].minScore", equalTo(90.0f))
                .body("items[1].name", equalTo("良好")).body("items[1].upperBound", equalTo(90.0f));
    }

    @Test
    void documentsTheEndpointsWithExamplesInOpenApi() {
        String doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(doc.contains("/api/v1/grade-bands"));
        org.junit.jupiter.api.Assertions.assertTrue(doc.contains("80—89分为良好"), "GradeBand example from 第十一条");
        org.junit.jupiter.api.Assertions.assertTrue(doc.contains("/api/v1/admin/jobs/{job}/run"));
    }

    @Test
    void listsTheEightPrefectureGovernments() {
        as(Tokens.viewer()).queryParam("kind", "PREFECTURE_GOVERNMENT").get("/api/v1/subjects")
                .then().statusCode(200).body("total", equalTo(8)).body("items.name", hasItem("玉树州政府"));
    }

    @Test
    void refusesWithoutTokenAndWithExpiredOrForeignToken() {
        problem(given().get("/api/v1/grade-bands"), 401);
        problem(as(Tokens.expired()).get("/api/v1/subjects"), 401);
        problem(as(Tokens.foreignSigned()).get("/api/v1/subjects"), 401);
    }

    @Test
    void refusesCreateByViewerOrReporter() {
        String json = "{\"name\":\"" + unique("省厅") + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}";
        problem(as(Tokens.viewer()).body(json).post("/api/v1/subjects"), 403);
        problem(as(Tokens.reporter("西宁市政府")).body(json).post("/api/v1/subjects"), 403);
    }

    @Test
    void answersMalformedJsonWithProblem() {
        problem(as(Tokens.admin()).body("{\"name\":").post("/api/v1/subjects"), 400);
    }

    @Test
    void namesTheMissingFieldAsSent() {
        problem(as(Tokens.admin()).body("{\"name\":\"" + unique("省厅") + "\"}").post("/api/v1/subjects"), 400)
                .body("violations.field", hasItem("kind"));
    }

    @Test
    void rejectsUnknownKind() {
        problem(as(Tokens.admin()).body("{\"name\":\"x\",\"kind\":\"MINISTRY\"}").post("/api/v1/subjects"), 400);
    }

    @Test
    void answersUnknownSubjectWith404() {
        problem(as(Tokens.viewer()).get("/api/v1/subjects/999999"), 404);
    }

    @Test
    void refusesStaleVersionAndKeepsTheWinner() {
        String name = unique("省教育厅");
        int id = create(name);
        as(Tokens.admin()).body(update(name, "winner@example.gov.cn", 0)).put("/api/v1/subjects/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        problem(as(Tokens.admin()).body(update(name, "loser@example.gov.cn", 0)).put("/api/v1/subjects/" + id), 409)
                .body("field", equalTo("version"));
        as(Tokens.viewer()).get("/api/v1/subjects/" + id).then().body("contactEmail", equalTo("winner@example.gov.cn"));
    }

    @Test
    void auditsEveryChangeWithWhoAndBeforeAfter() {
        String name = unique("省民政厅");
        int id = create(name);
        as(Tokens.admin()).body(update(name, "mz@example.gov.cn", 0)).put("/api/v1/subjects/" + id)
                .then().statusCode(200);
        as(Tokens.supervisor()).get("/api/v1/subjects/" + id + "/history")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(2))
                .body("[-1].by", equalTo("admin@test"))
                .body("[-1].before.contactEmail", equalTo(null))
                .body("[-1].after.contactEmail", equalTo("mz@example.gov.cn"))
                .body("[-1].at", notNullValue());
    }

    private static int create(String name) {
        return as(Tokens.admin()).body("{\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}")
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
    }

    private static String update(String name, String email, int version) {
        return "{\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\",\"contactEmail\":\"" + email
                + "\",\"version\":" + version + "}";
    }
}
