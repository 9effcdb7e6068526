package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Concurrently;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** No lost or doubled writes on the 考核对象 of 137号: one winner per version, one row per key. */
@QuarkusTest
class ConcurrencyTest {
    @Inject
    DataSource db;

    @Test
    void twoConcurrentSubjectUpdatesWithOneVersionKeepExactlyTheWinner() throws Exception {
        String name = unique("省审计厅");
        int id = as(Tokens.admin()).body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT"))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
        int version = as(Tokens.viewer()).get("/api/v1/subjects/" + id).then().extract().path("version");

        List<Response> answers = Concurrently.send(2, i -> as(Tokens.admin())
                .body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT", "contactEmail",
                        "writer" + i + "@example.gov.cn", "version", version))
                .put("/api/v1/subjects/" + id));

        assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList());
        problem(answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow(), 409);
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                .path("contactEmail");
        as(Tokens.viewer()).get("/api/v1/subjects/" + id).then().body("contactEmail", equalTo(winner))
                .body("version", equalTo(version + 1));
    }

    @Test
    void eightConcurrentCreationsWithOneIdempotencyKeyMakeOneSubjectAndOneAnswer() throws Exception {
        String name = unique("省统计局");
        String key = unique("subject-key");
        List<Response> answers = Concurrently.send(8, i -> as(Tokens.admin()).header("Idempotency-Key", key)
                .body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT")).post("/api/v1/subjects"));

        for (Response r : answers) {
            assertEquals(201, r.statusCode(), r.asString());
            assertEquals(answers.get(0).jsonPath().getMap(""), r.jsonPath().getMap(""));
        }
        assertEquals(7, answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
        assertEquals(1, Sql.count(db, "select count(*) from assessment_subject where name = ?", name));
        assertEquals(1, Sql.count(db, "select count(*) from assessment_subject_aud where name = ?", name));
    }
}
