package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Concurrently;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No lost or doubled writes, and no mass assignment. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void concurrentUpdatesWithOneVersionKeepExactlyOneWinner() throws Exception {
        int version = given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units/15")
                .then().extract().path("version");
        List<Response> answers = Concurrently.send(2, i -> given().header("Authorization", bearer(Tokens.admin()))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "PROVINCIAL_DEPARTMENT", "contactEmail", "writer" + i + "@example.gov.cn",
                        "version", version))
                .put("/api/v1/units/15"));
        List<Integer> codes = answers.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), codes);
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("contactEmail");
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units/15").then()
                .body("contactEmail", equalTo(winner)).body("version", equalTo(version + 1));
    }

    @Test
    void concurrentResubmissionsLeaveOneCurrentReport() throws Exception {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        List<Response> answers = Concurrently.send(4, i -> given()
                .header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                .body(Map.of("period", "2017-11", "contractPerformed", true, "constructionStarted", false,
                        "completed", false, "fundsInPlace", String.valueOf(i)))
                .post("/api/v1/projects/" + fair.project(2) + "/reports"));
        answers.forEach(r -> assertEquals(201, r.statusCode()));
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/projects/" + fair.project(2) + "/reports")
                .then().body("", hasSize(4)).body("findAll { it.current }", hasSize(1));
    }

    @Test
    void refusesFieldsTheClientMayNotSet() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        for (String field : List.of("late", "submittedBy", "current", "id", "submittedAt")) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("period", "2017-10", "contractPerformed", true,
                    "constructionStarted", false, "completed", false, "fundsInPlace", "1"));
            body.put(field, field.equals("late") || field.equals("current") ? false : "x");
            given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/projects/" + fair.project(1) + "/reports").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/projects/" + fair.project(1) + "/reports")
                .then().body("", hasSize(0));
    }
}
