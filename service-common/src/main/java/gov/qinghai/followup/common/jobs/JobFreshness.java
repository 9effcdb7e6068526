package gov.qinghai.followup.common.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When each job last completed a period, read from the shared {@code job_run} table, so every replica reports the
 * same figures whichever of them ran the job (Quartz fires a trigger on one replica; in-memory counters would only
 * know the runs of their own pod and forget them at a restart). Two gauges per (job, period_kind):
 * <ul>
 * <li>{@code jobs_last_success_period_end_timestamp_seconds}: the end (00:00 北京时间 after it) of the newest period the
 * job completed. The "job not run for its period" alerts compare it with the schedule: replaying an old period does
 * not move it, so a missed current period still alerts;</li>
 * <li>{@code jobs_last_success_timestamp_seconds}: when the newest completed run finished (wall time, any period).</li>
 * </ul>
 * Refreshed at start and every {@code jobs.freshness.refresh} (60 s) by each pod from one grouped query.
 */
@ApplicationScoped
public class JobFreshness {
    private static final Logger LOG = Logger.getLogger(JobFreshness.class);
    static final String SQL = """
            select job, kind, max(period), max(finished_at) from (
              select job, period, finished_at,
                     case when period ~ '^\\d{4}-\\d{2}-\\d{2}$' then 'day' when period ~ '^\\d{4}-\\d{2}$' then 'month'
                          when period ~ '^\\d{4}-Q[1-4]$' then 'quarter' when period ~ '^\\d{4}$' then 'year' end as kind
              from job_run where outcome = 'done') r
            where kind is not null group by job, kind""";

    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "jobs.freshness.refresh", defaultValue = "60s")
    java.time.Duration every;

    /** (job, kind) → [period end, finished at] in epoch seconds; NaN once the rows are gone. */
    private final Map<Key, double[]> last = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    record Key(String job, String kind) {
    }

    void start(@Observes StartupEvent event) {
        refreshQuietly();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-freshness");
            t.setDaemon(true);
            return t;
        });
        long ms = every.toMillis();
        timer.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("job freshness not refreshed: %s", e.getMessage()); // keeps the last values; the next refresh retries
        }
    }

    /** Reads the newest completed period of every job from the database and updates (or registers) the gauges. */
    public void refresh() {
        Map<Key, double[]> now = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SQL)) {
            while (rs.next()) {
                String period = rs.getString(3);
                OffsetDateTime finished = rs.getObject(4, OffsetDateTime.class);
                JobPeriodKind kind = JobPeriodKind.of(period).orElseThrow();
                now.put(new Key(rs.getString(1), rs.getString(2)), new double[] {
                        kind.end(period).getEpochSecond(), finished == null ? Double.NaN : finished.toEpochSecond()});
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job_run not readable: " + e.getMessage(), e);
        }
        last.keySet().retainAll(now.keySet());
        last.putAll(now);
        now.keySet().forEach(this::register);
    }

    private void register(Key key) {
        Gauge.builder("jobs.last.success.period.end.timestamp", last, m -> value(m, key, 0)).baseUnit("seconds")
                .description("End (00:00 Asia/Shanghai after it) of the newest period the job completed, from job_run")
                .tags("job", key.job(), "period_kind", key.kind()).register(registry);
        Gauge.builder("jobs.last.success.timestamp", last, m -> value(m, key, 1)).baseUnit("seconds")
                .description("When the job's newest completed run finished, from job_run")
                .tags("job", key.job(), "period_kind", key.kind()).register(registry);
    }

    private static double value(Map<Key, double[]> m, Key key, int i) {
        double[] v = m.get(key);
        return v == null ? Double.NaN : v[i];
    }
}
