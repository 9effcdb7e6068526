package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.testing.Tokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Operator metrics of scheduled work, recorded by service-common's JobRunLedger/JobMetrics: a processed
 * period is one jobs.run sample tagged with its outcome, and each stored 134号 五 quarterly report one
 * reports.generated. Each test uses periods no other test runs.
 */
@QuarkusTest
class JobMetricsTest {
    @Inject
    MeterRegistry registry;
    @Inject
    JobRunLedger ledger;

    @Test
    void aProcessedPeriodIsOneSuccessfulRunAndEachStoredReportIsCounted() {
        long runs = runs("quarterly-report", "success");
        double reports = reports("quarterly-report");

        int fairs = given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2021-04-06")
                .post("/api/v1/admin/jobs/quarterly-report/run").then().statusCode(200)
                .body("ran", equalTo(true)).body("period", equalTo("2021-Q1")).extract().path("items");
        assertTrue(fairs >= 1, "the seeded fair has projects");
        assertEquals(runs + 1, runs("quarterly-report", "success"));
        assertEquals(reports + fairs, reports("quarterly-report"), "one report per fair with projects");

        // Replaying the period finds it done: not a run, no report.
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2021-05-01")
                .post("/api/v1/admin/jobs/quarterly-report/run").then().statusCode(200).body("ran", equalTo(false));
        assertEquals(runs + 1, runs("quarterly-report", "success"));
        assertEquals(reports + fairs, reports("quarterly-report"));

        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jobs_run_seconds_count{job=\"quarterly-report\",outcome=\"success\"}"))
                .body(containsString("reports_generated_total{report=\"quarterly-report\"}"));
    }

    @Test
    void aRunThatFailsAfterItsClaimIsAFailureAndLeavesThePeriodOpen() {
        String job = "metrics-test-failing-job";
        long failures = runs(job, "failure");

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(ledger.claim(job, "2021-06", "test"));
            throw new IllegalStateException("the job's work failed");
        }));
        assertEquals(failures + 1, runs(job, "failure"));
        assertEquals(0, runs(job, "success"));

        // The rollback released the claim: the period can be processed now.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ledger.claim(job, "2021-06", "test")));
        assertEquals(1, runs(job, "success"));
    }

    private long runs(String job, String outcome) {
        Timer t = registry.find("jobs.run").tags("job", job, "outcome", outcome).timer();
        return t == null ? 0 : t.count();
    }

    private double reports(String report) {
        Counter c = registry.find("reports.generated").tags("report", report).counter();
        return c == null ? 0 : c.count();
    }
}
