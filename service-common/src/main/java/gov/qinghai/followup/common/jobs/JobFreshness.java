package gov.qinghai.followup.common.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
 * A job of the service ({@link PeriodJob} bean) that has never completed any period has no period kind yet; it gets
 * the first gauge with {@code period_kind="none"} and the time this service's schema was installed (the oldest
 * {@code flyway_schema_history} row; the start of this pod if that cannot be read) as its value: it has owed its
 * first period since then, so "job not run for its period" fires on a fresh install whose job never runs too. The
 * series is NaN once the job has completed a period.
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
    static final String INSTALLED_SQL = "select min(installed_on) from flyway_schema_history";
    /** The period_kind of a job that never completed a period. */
    static final String NONE = "none";

    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;
    @Inject
    Instance<PeriodJob> jobs;
    @Inject
    java.time.Clock clock;
    @ConfigProperty(name = "jobs.freshness.refresh", defaultValue = "60s")
    java.time.Duration every;

    /** (job, kind) → [period end, finished at] in epoch seconds; NaN once the rows are gone. */
    private final Map<Key, double[]> last = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;
    private volatile double startedAt = Double.NaN;

    record Key(String job, String kind) {
    }

    void start(@Observes StartupEvent event) {
        startedAt = clock.instant().getEpochSecond();
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
        double installed;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(SQL)) {
                while (rs.next()) {
                    String period = rs.getString(3);
                    OffsetDateTime finished = rs.getObject(4, OffsetDateTime.class);
                    JobPeriodKind kind = JobPeriodKind.of(period).orElseThrow();
                    now.put(new Key(rs.getString(1), rs.getString(2)), new double[] {
                            kind.end(period).getEpochSecond(), finished == null ? Double.NaN : finished.toEpochSecond()});
                }
            }
            installed = installedAt(s);
        } catch (SQLException e) {
            throw new IllegalStateException("job_run not readable: " + e.getMessage(), e);
        }
        now = withNeverCompleted(now, jobs.stream().map(PeriodJob::name).toList(), installed);
        last.keySet().retainAll(now.keySet());
        last.putAll(now);
        now.keySet().forEach(this::register);
    }

    /** When this service's schema was installed, else when this pod started. */
    private double installedAt(Statement s) {
        try (ResultSet rs = s.executeQuery(INSTALLED_SQL)) {
            java.sql.Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
            return at == null ? startedAt : at.toInstant().getEpochSecond();
        } catch (SQLException e) {
            return startedAt;
        }
    }

    /**
     * The completed periods plus, for each of {@code jobs} without any, (job, "none") → [since, NaN]: the job has owed
     * its first period since {@code since}.
     */
    static Map<Key, double[]> withNeverCompleted(Map<Key, double[]> completed, Collection<String> jobs, double since) {
        Map<Key, double[]> all = new HashMap<>(completed);
        List<String> done = completed.keySet().stream().map(Key::job).toList();
        for (String job : jobs) {
            if (!done.contains(job)) {
                all.put(new Key(job, NONE), new double[] {since, Double.NaN});
            }
        }
        return all;
    }

    private void register(Key key) {
        Gauge.builder("jobs.last.success.period.end.timestamp", last, m -> value(m, key, 0)).baseUnit("seconds")
                .description("End (00:00 Asia/Shanghai after it) of the newest period the job completed, from job_run; "
                        + "period_kind none: the job never completed one, and this is when the schema was installed")
                .tags("job", key.job(), "period_kind", key.kind()).register(registry);
        if (NONE.equals(key.kind())) {
            return;
        }
        Gauge.builder("jobs.last.success.timestamp", last, m -> value(m, key, 1)).baseUnit("seconds")
                .description("When the job's newest completed run finished, from job_run")
                .tags("job", key.job(), "period_kind", key.kind()).register(registry);
    }

    private static double value(Map<Key, double[]> m, Key key, int i) {
        double[] v = m.get(key);
        return v == null ? Double.NaN : v[i];
    }
}
