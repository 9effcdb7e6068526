package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Foundation proofs on the 考核对象 of 青政办〔2017〕137号, plus the grade bands of 第十一条. */
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
        String doc = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
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
    void seedsTheThirtyProvincialDepartmentsTheGazetteNamesWithTheirSourceLine() {
        // scripts/parse_departments.py: the 省政府 委、办、厅、局 on 135号's 牵头/责任单位 lines (29) and 省政府办公厅
        // (138号 六(五)); ids 9–38 after the eight 市州 governments
        JsonPath p = as(Tokens.viewer()).queryParam("size", 38).get("/api/v1/subjects").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> seeded = p.<Map<String, Object>>getList("items").subList(8, 38);
        assertEquals(30, seeded.stream().filter(d -> "PROVINCIAL_DEPARTMENT".equals(d.get("kind"))
                && d.get("prefecture") == null && String.valueOf(d.get("source")).startsWith("青政办〔2017〕13")).count());
        assertEquals("省环境保护厅", seeded.get(0).get("name"));
        assertEquals("青政办〔2017〕135号 任务1 牵头单位 (gazette line 504)", seeded.get(0).get("source"));
        assertEquals("省政府办公厅", seeded.get(29).get("name"));
        assertTrue(String.valueOf(seeded.get(29).get("source")).contains("138号 六(五)"));
        List<Object> names = seeded.stream().map(d -> d.get("name")).toList();
        assertTrue(names.containsAll(List.of("省卫生计生委", "省扶贫局", "省编办", "省地税局", "省食品药品监督管理局")));
        // central vertical agencies and the collective wording are not subjects of the provincial assessment
        assertFalse(names.contains("省国税局"));
        assertFalse(names.contains("省政府各委、办、厅、局"));
        assertEquals(8, p.<Map<String, Object>>getList("items").subList(0, 8).stream()
                .filter(d -> "PREFECTURE_GOVERNMENT".equals(d.get("kind"))).count());
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
                .body("size()", equalTo(2))
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
