package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Issue 7: no lost or doubled writes, and no mass assignment. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void concurrentUpdatesWithOneVersionKeepExactlyOneWinner() throws Exception {
        int version = given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/units/15")
                .then().extract().path("version");
        List<Response> answers = concurrently(2, i -> () -> given().header("Authorization", bearer(Tokens.admin()))
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
    void concurrentRetriesWithOneIdempotencyKeyCreateOneReport() throws Exception {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        String key = "same-" + System.nanoTime();
        List<Response> answers = concurrently(6, i -> () -> given()
                .header("Authorization", bearer(Tokens.reporter("西宁市政府"))).header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("period", "2017-10", "contractPerformed", true, "constructionStarted", false,
                        "completed", false, "fundsInPlace", "1"))
                .post("/api/v1/projects/" + fair.project(1) + "/reports"));
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 201).count());
        assertEquals(5, answers.stream().filter(r -> r.statusCode() == 200).count());
        assertEquals(1, answers.stream().map(r -> r.<Integer>path("id")).distinct().count());
        given().header("Authorization", bearer(Tokens.viewer())).get("/api/v1/projects/" + fair.project(1) + "/reports")
                .then().body("", hasSize(1));
    }

    @Test
    void concurrentResubmissionsLeaveOneCurrentReport() throws Exception {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        List<Response> answers = concurrently(4, i -> () -> given()
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

    interface Task {
        Callable<Response> make(int i);
    }

    private static List<Response> concurrently(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Response> call = task.make(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
