package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.OperationPolling.finished;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.operations.OperationSweeper;
import gov.qinghai.followup.common.operations.OperationView;
import gov.qinghai.followup.common.operations.Operations;
import gov.qinghai.followup.common.operations.Work;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Long work as tracked operations (service-common common.operations): 202 with Location, then queued → running →
 * succeeded or failed, progress, the outcome or the problem, readable only by its starter or an admin.
 */
@QuarkusTest
class OperationsTest {
    @Inject
    Operations operations;
    @Inject
    OperationSweeper sweeper;
    @Inject
    EntityManager em;

    @Test
    void largeImportAnswers202AndItsOperationCountsTheRowsWritten() {
        long fair = Fixtures.createFair();
        StringBuilder csv = new StringBuilder("seq,unit,name,party_a,party_b,total_investment,fund_sources,"
                + "responsible_leader,responsible_persons\n");
        for (int i = 1; i <= 1_200; i++) {
            csv.append(i).append(",海东市政府,后台导入项目").append(i).append(",平安区政府,某公司,1.00,江苏,甲,乙\n");
        }
        Response accepted = given().header("Authorization", bearer(Tokens.admin())).header("Prefer", "respond-async")
                .contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/fairs/" + fair + "/projects");
        accepted.then().statusCode(202).body("kind", equalTo("projects-import")).body("progress.unit", equalTo("rows"));
        String location = accepted.header("Location");
        assertTrue(location.matches(".*/api/v1/operations/[0-9a-f-]{36}"), location);

        JsonPath done = finished(location, Tokens.admin());
        assertEquals("succeeded", done.getString("state"));
        assertEquals(1_200, done.getLong("progress.done"));
        assertEquals(1_200, done.getLong("progress.total"));
        assertEquals(1_200, done.getInt("result.summary.rows"));
        assertEquals(true, done.getBoolean("result.summary.written"));
        assertEquals("/api/v1/projects?fairId=" + fair, done.getString("result.location"));
        assertEquals("admin@test", done.getString("startedBy"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair).get("/api/v1/projects")
                .then().body("total", equalTo(1_200));
    }

    @Test
    void importWithRowErrorsFailsWithEveryErrorAsItsProblemAndWritesNothing() {
        long fair = Fixtures.createFair();
        Response accepted = given().header("Authorization", bearer(Tokens.admin())).header("Prefer", "respond-async")
                .contentType("text/csv; charset=UTF-8").body(ImportTest.BAD.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/fairs/" + fair + "/projects");
        accepted.then().statusCode(202);
        JsonPath failed = finished(accepted.header("Location"), Tokens.admin());
        assertEquals("failed", failed.getString("state"));
        assertEquals(422, failed.getInt("problem.status"));
        assertEquals(4, failed.getList("problem.errors").size());
        assertEquals(null, failed.getString("result"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair).get("/api/v1/projects")
                .then().body("total", equalTo(0));
    }

    @Test
    void anOperationIsQueuedBehindARunningOneAndShowsItsProgressWhileRunning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OperationView first = operations.start("test-steps", "steps", "admin@test", progress -> {
            progress.total(10);
            progress.done(4);
            started.countDown();
            assertTrue(release.await(30, TimeUnit.SECONDS));
            progress.done(10);
            return new Work.Outcome(null, "ten steps");
        }, () -> {
        });
        OperationView second = operations.start("test-steps", "steps", "admin@test",
                progress -> new Work.Outcome(null, "second"), () -> {
                });
        try {
            assertTrue(started.await(30, TimeUnit.SECONDS));
            // one operations thread in tests: the second waits for the first
            read(first.id(), Tokens.admin()).then().statusCode(200).body("state", equalTo("running"))
                    .body("progress.done", equalTo(4)).body("progress.total", equalTo(10))
                    .body("startedAt", notNullValue()).body("finishedAt", nullValue());
            read(second.id(), Tokens.admin()).then().statusCode(200).body("state", equalTo("queued"))
                    .body("startedAt", nullValue());
        } finally {
            release.countDown();
        }
        JsonPath one = finished(Operations.PATH + first.id(), Tokens.admin());
        assertEquals("succeeded", one.getString("state"));
        assertEquals(10, one.getLong("progress.done"));
        assertEquals("ten steps", one.getString("result.summary"));
        assertEquals("succeeded", finished(Operations.PATH + second.id(), Tokens.admin()).getString("state"));
    }

    @Test
    void onlyTheStarterOrAnAdminReadsAnOperation() {
        String owner = Tokens.named("importer@test", "supervisor");
        OperationView op = operations.start("test-steps", "steps", "importer@test",
                progress -> new Work.Outcome(null, null), () -> {
                });
        finished(Operations.PATH + op.id(), owner);
        read(op.id(), Tokens.supervisor()).then().statusCode(403)
                .contentType("application/problem+json");
        read(op.id(), Tokens.admin()).then().statusCode(200).body("startedBy", equalTo("importer@test"));
        given().get(Operations.PATH + op.id()).then().statusCode(401);
        read(UUID.randomUUID(), Tokens.admin()).then().statusCode(404);
    }

    @Test
    void anOperationWhoseReplicaStoppedIsFailedAsInterruptedNotLeftRunning() {
        UUID id = UUID.randomUUID();
        Timestamp hourAgo = Timestamp.from(Instant.now().minusSeconds(3_600));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into operation(id, kind, state, progress_unit, done, total, started_by, created_at, started_at,
                                      heartbeat_at, runner)
                values (?1, 'projects-import', 'running', 'rows', 30000, 200000, 'admin@test', ?2, ?2, ?2, 'gone-pod')""")
                .setParameter(1, id).setParameter(2, hourAgo).executeUpdate());
        read(id, Tokens.admin()).then().body("state", equalTo("running"));

        assertTrue(sweeper.sweep() >= 1);

        read(id, Tokens.admin()).then().statusCode(200).body("state", equalTo("failed"))
                .body("progress.done", equalTo(30000)).body("finishedAt", notNullValue())
                .body("problem.type", endsWith("/operation-interrupted"))
                .body("problem.detail", org.hamcrest.Matchers.startsWith("interrupted"));
    }

    @Test
    void aRunningOperationWithAFreshHeartbeatIsNotSwept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OperationView op = operations.start("test-steps", "steps", "admin@test", progress -> {
            started.countDown();
            assertTrue(release.await(30, TimeUnit.SECONDS));
            return new Work.Outcome(null, null);
        }, () -> {
        });
        try {
            assertTrue(started.await(30, TimeUnit.SECONDS));
            sweeper.sweep();
            read(op.id(), Tokens.admin()).then().body("state", equalTo("running"));
        } finally {
            release.countDown();
        }
        assertEquals("succeeded", finished(Operations.PATH + op.id(), Tokens.admin()).getString("state"));
    }

    @Test
    void jobReplayAnswersAtOnceOrAsAnOperationWhenAskedToRespondAsync() {
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2017-10-01")
                .post("/api/v1/admin/jobs/deliver-notifications/run").then().statusCode(200)
                .body("job", equalTo("deliver-notifications"));
        Response accepted = given().header("Authorization", bearer(Tokens.admin())).header("Prefer", "respond-async")
                .queryParam("date", "2017-10-01").post("/api/v1/admin/jobs/deliver-notifications/run");
        accepted.then().statusCode(202).body("kind", equalTo("job:deliver-notifications"))
                .body("state", equalTo("queued"));
        JsonPath done = finished(accepted.header("Location"), Tokens.admin());
        assertEquals("succeeded", done.getString("state"));
        assertEquals(1, done.getLong("progress.done"));
        assertEquals(1, done.getLong("progress.total"));
        assertEquals("deliver-notifications", done.getString("result.summary.job"));
        assertEquals("/api/v1/admin/jobs/deliver-notifications/runs", done.getString("result.location"));
    }

    @Test
    void operationsAreDocumentedInOpenApi() {
        JsonPath doc = gov.qinghai.followup.common.testing.Management.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertTrue(doc.getMap("paths").containsKey("/api/v1/operations/{id}"));
        org.hamcrest.MatcherAssert.assertThat(doc.getMap("paths.'/api/v1/fairs/{id}/projects'.post.responses").keySet(),
                hasItem("202"));
    }

    private static Response read(UUID id, String token) {
        return given().header("Authorization", bearer(token)).get(Operations.PATH + id);
    }
}
