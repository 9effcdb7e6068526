package gov.qinghai.followup.projects.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.jobs.JobFreshness;
import gov.qinghai.followup.common.jobs.PeriodJob;
import gov.qinghai.followup.common.testing.Management;
import gov.qinghai.followup.common.testing.Sql;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The "job not run for its period" gauges (service-common JobFreshness) come from the shared job_run table, not from
 * what this JVM ran: rows written straight to the table, as another replica's runs would be, are what they report.
 * Each test uses a job name of its own.
 */
@QuarkusTest
class JobFreshnessTest {
    @Inject
    JobFreshness freshness;
    @Inject
    MeterRegistry registry;
    @Inject
    DataSource ds;
    @Inject
    Instance<PeriodJob> jobs;

    @Test
    void theGaugeIsTheEndOfTheNewestCompletedPeriodWrittenByAnyReplica() {
        String job = "freshness-" + UUID.randomUUID().toString().substring(0, 8);
        insert(job, "2019-03", "done", "2019-04-01T08:00:00+08:00");
        insert(job, "2019-05", "done", "2019-06-01T08:00:00+08:00");
        insert(job, "2019-06", "running", null);                      // claimed, not completed: not a success
        insert(job, "2019-01", "done", "2019-07-02T10:00:00+08:00");  // a replay of an old month, finished last
        insert(job, "2019-Q2", "done", "2019-07-06T09:00:00+08:00");  // the same name, another schedule
        freshness.refresh();

        assertEquals(epoch("2019-06-01T00:00:00+08:00"), gauge("jobs.last.success.period.end.timestamp", job, "month"),
                "2019-05 ended at 00:00 on 1 June 北京时间; the replay of 2019-01 does not make 2019-06 look done");
        assertEquals(epoch("2019-07-02T10:00:00+08:00"), gauge("jobs.last.success.timestamp", job, "month"),
                "the newest completed run finished at the replay");
        assertEquals(epoch("2019-07-01T00:00:00+08:00"), gauge("jobs.last.success.period.end.timestamp", job, "quarter"));

        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(epoch("2019-06-01T00:00:00+08:00"),
                scraped(metrics, "jobs_last_success_period_end_timestamp_seconds", job, "month"), "the Prometheus series the alerts read");
        assertEquals(epoch("2019-07-02T10:00:00+08:00"), scraped(metrics, "jobs_last_success_timestamp_seconds", job, "month"));
    }

    @Test
    void aNewerPeriodCompletedElsewhereMovesTheGaugeAtTheNextRefresh() {
        String job = "freshness-" + UUID.randomUUID().toString().substring(0, 8);
        insert(job, "2020-01-05", "done", "2020-01-05T08:00:00+08:00");
        freshness.refresh();
        assertEquals(epoch("2020-01-06T00:00:00+08:00"), gauge("jobs.last.success.period.end.timestamp", job, "day"));

        insert(job, "2020-01-06", "done", "2020-01-06T08:00:00+08:00");
        freshness.refresh();
        assertEquals(epoch("2020-01-07T00:00:00+08:00"), gauge("jobs.last.success.period.end.timestamp", job, "day"));

        Sql.execute(ds, "delete from job_run where job = '" + job + "'");
        freshness.refresh();
        assertTrue(Double.isNaN(gauge("jobs.last.success.period.end.timestamp", job, "day")), "no completed period left: no value");
    }

    /**
     * A job of the service that has not completed any period yet still has a series, period_kind none, whose value is
     * when the schema was installed (so "job not run for its period" fires on a fresh install that never runs it);
     * a job that has completed one has none.
     */
    @Test
    void aJobThatNeverCompletedAPeriodShowsSinceWhenItOwesItsFirst() {
        freshness.refresh();
        double installed = Sql.count(ds, "select cast(extract(epoch from min(installed_on)::timestamptz) as bigint) "
                + "from flyway_schema_history");
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        int never = 0;
        for (PeriodJob job : jobs) {
            boolean completed = Sql.count(ds, "select count(*) from job_run where job = ? and outcome = 'done'", job.name()) > 0;
            double none = gauge("jobs.last.success.period.end.timestamp", job.name(), "none");
            if (completed) {
                assertTrue(Double.isNaN(none), job.name() + " completed a period: no none series value");
            } else {
                never++;
                assertEquals(installed, none, 1.0, job.name() + " owes its first period since the install");
                assertEquals(installed, scraped(metrics, "jobs_last_success_period_end_timestamp_seconds", job.name(), "none"),
                        1.0);
            }
        }
        System.out.println("JobFreshnessTest: " + never + " jobs never completed a period");
    }

    private void insert(String job, String period, String outcome, String finished) {
        Sql.execute(ds, "insert into job_run(job, period, started_at, finished_at, triggered_by, outcome, items) values ('"
                + job + "', '" + period + "', now(), " + (finished == null ? "null" : "'" + finished + "'") + ", 'other-replica', '"
                + outcome + "', 0)");
    }

    private double gauge(String name, String job, String kind) {
        Gauge g = registry.find(name).tags("job", job, "period_kind", kind).gauge();
        return g == null ? Double.NaN : g.value();
    }

    private static double epoch(String at) {
        return OffsetDateTime.parse(at).toEpochSecond();
    }

    private static double scraped(String metrics, String series, String job, String kind) {
        Matcher m = Pattern.compile("(?m)^" + series + "\\{([^}]*)\\} (\\S+)").matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains("job=\"" + job + "\"") && m.group(1).contains("period_kind=\"" + kind + "\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError(series + " for " + job + "/" + kind + " not in /q/metrics");
    }
}
