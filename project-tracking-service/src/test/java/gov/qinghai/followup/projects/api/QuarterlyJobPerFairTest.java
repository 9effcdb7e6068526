package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Concurrently;
import gov.qinghai.followup.common.testing.OperationPolling;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The quarterly-report job (134号 五: 按季度报送, a report per fair) stores each fair's report in a transaction of its
 * own: a fair that fails leaves the others stored and is named, the quarter stays open and a replay builds only the
 * fairs still missing, never a second version. Each test owns a quarter of 2028–2029 (no other test runs the job
 * for them) and checks its own fairs; the job also builds the fairs other tests created, so counts over all fairs
 * are read from the database at the time.
 */
@QuarkusTest
class QuarterlyJobPerFairTest {
    private static final String JOB = "/api/v1/admin/jobs/quarterly-report/run";
    @Inject
    DataSource db;

    @Test
    void storesEachFairsReportOfTheQuarterInATransactionOfItsOwn() {
        List<Long> fairs = List.of(fair(), fair(), fair());

        JsonPath answer = run("2029-04-06").statusCode(200).body("ran", equalTo(true))
                .body("period", equalTo("2029-Q1")).extract().jsonPath();

        long withProjects = fairsWithProjects();
        assertEquals(withProjects, answer.getInt("items"), "one report per fair with projects");
        assertEquals(withProjects, Sql.count(db, "select count(*) from period_report where kind = 'quarterly' "
                + "and period = '2029-Q1'"), "one version per fair, none twice");
        for (long fair : fairs) {
            assertEquals(1, versions("2029-Q1", fair), "fair " + fair);
        }
        // each report was committed by a transaction of its own: three fairs, three transaction ids
        assertEquals(3, Sql.count(db, "select count(distinct xmin::text) from period_report where kind = 'quarterly' "
                + "and period = '2029-Q1' and scope in (?, ?, ?)", scopes(fairs)));
        assertEquals("done", outcome("2029-Q1"));
        assertEquals(withProjects, Sql.count(db, "select items from job_run where job = 'quarterly-report' "
                + "and period = '2029-Q1'"));
        run("2029-05-01").statusCode(200).body("ran", equalTo(false)).body("items", equalTo(0));
    }

    @Test
    void aFairWhoseReportFailsLeavesTheOthersStoredAndAReplayBuildsOnlyThatFair() {
        long first = fair();
        long failing = fair();
        long last = fair();
        String undo = Sql.failInsertsWhen(db, "period_report", "scope", String.valueOf(failing));
        try {
            given().header("Authorization", bearer(Tokens.admin())).header("Accept-Language", "en")
                    .queryParam("date", "2029-07-06").post(JOB).then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/job-incomplete")).body("period", equalTo("2029-Q2"))
                    .body("failed", equalTo(List.of("fair " + failing)))
                    .body("detail", containsString("fair " + failing))
                    .body("detail", containsString("injected failure on period_report"));
        } finally {
            Sql.execute(db, undo);
        }
        assertEquals(1, versions("2029-Q2", first), "stored before the failing fair and not rolled back");
        assertEquals(1, versions("2029-Q2", last), "stored after the failing fair");
        assertEquals(0, versions("2029-Q2", failing));
        assertEquals("failed", outcome("2029-Q2"));
        given().header("Authorization", bearer(Tokens.supervisor())).queryParam("size", 200)
                .get("/api/v1/admin/jobs/quarterly-report/runs").then().statusCode(200)
                .body("items.find { it.period == '2029-Q2' }.outcome", equalTo("failed"))
                .body("items.find { it.period == '2029-Q2' }.items", equalTo((int) fairsWithProjects() - 1));

        // the replay for a date of the same quarter builds the one fair still missing and nothing else
        run("2029-08-01").statusCode(200).body("ran", equalTo(true)).body("period", equalTo("2029-Q2"))
                .body("items", equalTo(1));
        assertEquals(1, versions("2029-Q2", failing));
        assertEquals(1, versions("2029-Q2", first), "not stored a second time");
        assertEquals(0, Sql.count(db, "select count(*) from period_report where kind = 'quarterly' "
                + "and period = '2029-Q2' and version > 1"));
        assertEquals("done", outcome("2029-Q2"));
        run("2029-09-30").statusCode(200).body("ran", equalTo(false));
    }

    /**
     * As an operation the run counts fairs done of total (a step per fair); a fair that fails makes the operation fail with the problem
     * naming it. A run that stopped half-way (its claim committed as running, some fairs stored) is resumed the
     * same way as a failed one.
     */
    @Test
    void aRunAsAnOperationCountsFairsAndARunThatStoppedHalfWayIsResumedForTheMissingFairsOnly() {
        long stored = fair();
        long failing = fair();
        String undo = Sql.failInsertsWhen(db, "period_report", "scope", String.valueOf(failing));
        JsonPath op;
        try {
            String location = given().header("Authorization", bearer(Tokens.admin())).header("Prefer", "respond-async")
                    .queryParam("date", "2029-10-06").post(JOB).then().statusCode(202)
                    .body("kind", equalTo("job:quarterly-report")).body("progress.unit", equalTo("steps"))
                    .extract().header("Location");
            op = OperationPolling.finished(location, Tokens.admin());
        } finally {
            Sql.execute(db, undo);
        }
        long fairs = fairsWithProjects();
        assertEquals("failed", op.getString("state"));
        assertEquals("steps", op.getString("progress.unit"), "a step per fair");
        assertEquals(fairs, op.getLong("progress.total"));
        assertEquals(fairs, op.getLong("progress.done"), "every fair was tried");
        assertTrue(op.getString("problem.type").endsWith("/job-incomplete"), op.prettify());
        assertEquals(List.of("fair " + failing), op.getList("problem.failed"));
        assertEquals(fairs - 1, op.getLong("problem.stored"));
        assertTrue(!op.prettify().contains("x-detail"), op.prettify());
        assertEquals(1, versions("2029-Q3", stored));

        // what a replica that died after storing some fairs leaves behind: the claim still running
        Sql.execute(db, "update job_run set outcome = 'running', finished_at = null "
                + "where job = 'quarterly-report' and period = '2029-Q3'");
        run("2029-10-07").statusCode(200).body("ran", equalTo(true)).body("items", equalTo(1))
                .body("message", containsString("resumed"));
        assertEquals(1, versions("2029-Q3", failing));
        assertEquals(1, versions("2029-Q3", stored));
        assertEquals("done", outcome("2029-Q3"));
    }

    @Test
    void twoRunsOfTheSameQuarterAtOnceStoreEachFairOnce() throws Exception {
        List<Long> fairs = List.of(fair(), fair());

        List<Response> answers = Concurrently.send(2, i -> given().header("Authorization", bearer(Tokens.admin()))
                .queryParam("date", i == 0 ? "2030-01-06" : "2030-02-01").post(JOB));
        int items = 0;
        int ran = 0;
        for (Response a : answers) {
            assertEquals(200, a.statusCode(), a.asString());
            assertEquals("2029-Q4", a.jsonPath().getString("period"));
            items += a.jsonPath().getInt("items");
            ran += a.jsonPath().getBoolean("ran") ? 1 : 0;
        }
        // one run works the quarter; the other finds it under way or done
        assertEquals(1, ran, answers.get(0).asString() + " " + answers.get(1).asString());
        long withProjects = fairsWithProjects();
        assertEquals(withProjects, items, "the two runs together stored each fair once");
        assertEquals(withProjects, Sql.count(db, "select count(*) from period_report where kind = 'quarterly' "
                + "and period = '2029-Q4'"));
        assertEquals(0, Sql.count(db, "select count(*) from period_report where kind = 'quarterly' "
                + "and period = '2029-Q4' and version > 1"));
        for (long fair : fairs) {
            assertEquals(1, versions("2029-Q4", fair), "fair " + fair);
        }
        assertEquals("done", outcome("2029-Q4"));
        assertEquals(1, Sql.count(db, "select count(*) from job_run where job = 'quarterly-report' "
                + "and period = '2029-Q4'"));
    }

    @Test
    void aRunAsAnOperationThatStoresEveryFairSucceedsWithFairsDoneOfTotal() {
        fair();
        String location = given().header("Authorization", bearer(Tokens.admin())).header("Prefer", "respond-async")
                .queryParam("date", "2029-01-06").post(JOB).then().statusCode(202).extract().header("Location");
        JsonPath op = OperationPolling.finished(location, Tokens.admin());
        long fairs = fairsWithProjects();
        assertEquals("succeeded", op.getString("state"), op.prettify());
        assertEquals("steps", op.getString("progress.unit"), "a step per fair");
        assertEquals(fairs, op.getLong("progress.total"));
        assertEquals(fairs, op.getLong("progress.done"));
        assertEquals("2028-Q4", op.getString("result.summary.period"));
        assertEquals(fairs, op.getLong("result.summary.items"));
        assertEquals("done", outcome("2028-Q4"));
    }

    private static long fair() {
        return Fixtures.fairWith(ProgressAndRatesTest.TABLE).id();
    }

    private static io.restassured.response.ValidatableResponse run(String date) {
        return given().header("Authorization", bearer(Tokens.admin())).queryParam("date", date).post(JOB).then();
    }

    private long fairsWithProjects() {
        return Sql.count(db, "select count(distinct fair_id) from project");
    }

    private long versions(String quarter, long fair) {
        return Sql.count(db, "select count(*) from period_report where kind = 'quarterly' and period = ? and scope = ?",
                quarter, String.valueOf(fair));
    }

    private String outcome(String quarter) {
        return Sql.count(db, "select count(*) from job_run where job = 'quarterly-report' and period = ? "
                + "and outcome = 'done'", quarter) == 1 ? "done"
                : Sql.count(db, "select count(*) from job_run where job = 'quarterly-report' and period = ? "
                        + "and outcome = 'failed'", quarter) == 1 ? "failed" : "other";
    }

    private static Object[] scopes(List<Long> fairs) {
        return fairs.stream().map(String::valueOf).toArray();
    }
}
