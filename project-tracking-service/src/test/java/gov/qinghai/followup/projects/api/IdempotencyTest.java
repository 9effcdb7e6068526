package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Concurrently;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * No lost or doubled writes for 134号 五 monthly reports, through the shared Idempotency-Key mechanism
 * (service-common idempotency): one row per key whatever the concurrency, replays change nothing, a key is bound to
 * its body, and the report, its audit row and the stored answer commit together.
 */
@QuarkusTest
class IdempotencyTest {
    static final String XINING = "西宁市政府";
    static final String CALLER = "reporter@" + XINING;

    @Inject
    DataSource db;

    @Test
    void eightConcurrentRequestsWithOneKeyCreateOneReportAndAllGetTheSameAnswer() throws Exception {
        long project = Fixtures.fairWith(ProgressAndRatesTest.TABLE).project(1);
        String key = "eight-" + System.nanoTime();
        List<Response> answers = Concurrently.send(8, i -> submit(key, project, body("2017-10", "1")));

        Response first = answers.get(0);
        for (Response r : answers) {
            assertEquals(201, r.statusCode(), r.asString());
            assertEquals(first.jsonPath().getMap(""), r.jsonPath().getMap(""));
        }
        assertEquals(7, answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
        assertEquals(1, Sql.count(db, "select count(*) from progress_report where project_id = ?", project));
        assertEquals(1, Sql.count(db, "select count(*) from progress_report_aud a join progress_report r on r.id = a.id "
                + "where r.project_id = ?", project));
        assertEquals(1, Sql.count(db, "select count(*) from idempotency_record where caller = ? and idem_key = ? "
                + "and status = 201", CALLER, key));
        System.out.println("idempotency project-tracking: 8 concurrent requests with one key -> "
                + Sql.count(db, "select count(*) from progress_report where project_id = ?", project) + " report, "
                + answers.stream().map(r -> r.jsonPath().getMap("")).distinct().count() + " distinct answer");
    }

    @Test
    void aReplayedCreateAnswersTheSame201WithTheSameLocation() {
        long project = Fixtures.fairWith(ProgressAndRatesTest.TABLE).project(1);
        String key = "location-" + System.nanoTime();
        Response first = submit(key, project, body("2017-10", "3"));
        first.then().statusCode(201);
        String location = first.header("Location");
        assertTrue(location != null && location.endsWith("/api/v1/projects/" + project + "/reports"),
                "Location of the first answer: " + location);

        Response again = submit(key, project, body("2017-10", "3"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(location, again.header("Location"));
        assertEquals(first.jsonPath().getMap(""), again.jsonPath().getMap(""));
    }

    @Test
    void aReplayChangesNothingAndIsMarked() {
        long project = Fixtures.fairWith(ProgressAndRatesTest.TABLE).project(2);
        String key = "replay-" + System.nanoTime();
        Response first = submit(key, project, body("2017-10", "2"));
        first.then().statusCode(201);
        long reports = Sql.count(db, "select count(*) from progress_report");
        long audits = Sql.count(db, "select count(*) from progress_report_aud");
        long revisions = Sql.count(db, "select count(*) from revinfo");

        Response again = submit(key, project, body("2017-10", "2"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getMap(""), again.jsonPath().getMap(""));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(reports, Sql.count(db, "select count(*) from progress_report"));
        assertEquals(audits, Sql.count(db, "select count(*) from progress_report_aud"));
        assertEquals(revisions, Sql.count(db, "select count(*) from revinfo"));
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIs422NamingTheHeader() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        String key = "other-body-" + System.nanoTime();
        submit(key, fair.project(1), body("2017-10", "1")).then().statusCode(201);

        for (Response r : List.of(submit(key, fair.project(1), body("2017-10", "9")),
                submit(key, fair.project(2), body("2017-10", "1")))) {
            r.then().statusCode(422).contentType("application/problem+json")
                    .body("field", equalTo("Idempotency-Key"));
        }
        assertEquals(0, Sql.count(db, "select count(*) from progress_report where project_id = ?", fair.project(2)));
        assertEquals(1, Sql.count(db, "select count(*) from progress_report where project_id = ?", fair.project(1)));
    }

    @Test
    void aFailedFirstAttemptReleasesTheKey() {
        long project = Fixtures.fairWith(ProgressAndRatesTest.TABLE).project(1);
        String key = "failed-first-" + System.nanoTime();
        // 134号 五: a month that has not begun cannot be reported (422); the key must stay free
        String nextYear = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1).toString();
        submit(key, project, body(nextYear, "1")).then().statusCode(422).body("field", equalTo("period"));
        assertEquals(0, Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key));

        submit(key, project, body("2017-10", "1")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(1, Sql.count(db, "select count(*) from progress_report where project_id = ?", project));
    }

    @Test
    void refusesMalformedKeysNamingTheHeader() {
        long project = Fixtures.fairWith(ProgressAndRatesTest.TABLE).project(1);
        for (String key : List.of("k".repeat(101), "", "with space")) {
            submit(key, project, body("2017-10", "1")).then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
        }
        assertEquals(0, Sql.count(db, "select count(*) from progress_report where project_id = ?", project));
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningWaitsBoundedThenGets409() throws Exception {
        long project = Fixtures.fairWith(ProgressAndRatesTest.TABLE).project(1);
        String key = "in-flight-" + System.nanoTime();
        try (Connection first = db.getConnection()) {
            // a first request that has claimed the key and not committed yet
            first.setAutoCommit(false);
            try (var st = first.prepareStatement("insert into idempotency_record (caller, idem_key, fingerprint, "
                    + "target, created_at) values (?, ?, repeat('0', 64), 'POST /x', now())")) {
                st.setString(1, CALLER);
                st.setString(2, key);
                st.executeUpdate();
            }
            long start = System.currentTimeMillis();
            submit(key, project, body("2017-10", "1")).then().statusCode(409)
                    .contentType("application/problem+json").header("Retry-After", "1")
                    .body("field", equalTo("Idempotency-Key"));
            assertTrue(System.currentTimeMillis() - start < 15_000, "the wait is bounded");
            first.rollback();
        }
        submit(key, project, body("2017-10", "1")).then().statusCode(201);
    }

    @Test
    void theReportItsAuditRowAndTheStoredAnswerCommitTogether() {
        long project = Fixtures.fairWith(ProgressAndRatesTest.TABLE).project(1);
        String key = "atomic-" + System.nanoTime();
        Map<String, Object> body = body("2017-10", "1");
        body.put("problems", "audit-fault-" + key);
        String undo = Sql.failInsertsWhen(db, "progress_report_aud", "problems", "audit-fault-" + key);
        int status;
        try {
            status = submit(key, project, body).statusCode();
        } finally {
            Sql.execute(db, undo);
        }
        assertNotEquals(201, status);
        assertEquals(0, Sql.count(db, "select count(*) from progress_report where project_id = ?", project));
        assertEquals(0, Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key));

        submit(key, project, body).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(1, Sql.count(db, "select count(*) from progress_report where project_id = ?", project));
        assertEquals(1, Sql.count(db, "select count(*) from progress_report_aud a join progress_report r on r.id = a.id "
                + "where r.project_id = ?", project));
        assertEquals(1, Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key));
    }

    @Test
    void theOpenApiDocumentDescribesTheHeaderOnEveryCreatingPost() {
        Map<String, Object> paths = Management.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().path("paths");
        for (String path : List.of("/api/v1/projects/{id}/reports", "/api/v1/fairs", "/api/v1/fairs/{id}/projects")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> params = (List<Map<String, Object>>) ((Map<String, Map<String, Object>>) paths
                    .get(path)).get("post").get("parameters");
            Map<String, Object> header = params.stream().filter(p -> "Idempotency-Key".equals(p.get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("no Idempotency-Key on POST " + path));
            assertEquals("header", header.get("in"));
            // no example: Swagger UI would send it with every create and refuse the second one (422)
            assertNull(header.get("example"), "no example on POST " + path);
            assertNull(header.get("examples"), "no examples on POST " + path);
        }
    }

    private static Map<String, Object> body(String period, String funds) {
        return new HashMap<>(Map.of("period", period, "contractPerformed", true, "constructionStarted", false,
                "completed", false, "fundsInPlace", funds));
    }

    private static Response submit(String key, long project, Map<String, Object> body) {
        return given().header("Authorization", bearer(Tokens.reporter(XINING))).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/projects/" + project + "/reports");
    }
}
