package gov.qinghai.followup.common.events;

import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.jobs.PeriodJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Deletes the change feed's events older than {@code qinghai.events.retention} (default 90 days), daily, once per
 * date ({@code job_run}), replayable through the admin jobs API. It remembers the last position deleted
 * ({@code event_sequencer.purged_through}) so a reader whose cursor is older gets 410 instead of a silent gap.
 * Webhook deliveries are the outbox's and are not touched.
 */
@ApplicationScoped
public class EventRetentionJob implements PeriodJob {
    public static final String NAME = "events-purge";

    @Inject
    Clock clock;
    @Inject
    JobRunLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    EventsConfig config;
    @Inject
    EventSequencer sequencer;

    @Scheduled(cron = "0 15 3 * * ?", timeZone = "Asia/Shanghai", identity = NAME)
    void scheduled() {
        run(LocalDate.now(clock), "scheduler");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Daily at 03:15: deletes the change feed's events published before the date's start less "
                + "qinghai.events.retention (period = the date)";
    }

    @Override
    public JobResult run(LocalDate date, String triggeredBy) {
        sequencer.sequence();
        return QuarkusTransaction.requiringNew().call(() -> purge(date, triggeredBy));
    }

    private JobResult purge(LocalDate date, String triggeredBy) {
        if (!ledger.claim(NAME, date.toString(), triggeredBy)) {
            return new JobResult(NAME, date.toString(), false, 0, "already done for " + date);
        }
        Instant before = date.atStartOfDay(clock.getZone()).toInstant().minus(config.retention());
        em.createNativeQuery("select 1 from event_sequencer where id = 1 for update").getSingleResult();
        Tuple gone = (Tuple) em.createNativeQuery("""
                with gone as (delete from event_log where time < ?1 and position is not null returning position)
                select count(*) as deleted, coalesce(max(position), 0) as last from gone""", Tuple.class)
                .setParameter(1, before).getSingleResult();
        int n = gone.get("deleted", Number.class).intValue();
        em.createNativeQuery("update event_sequencer set purged_through = greatest(purged_through, ?1) where id = 1")
                .setParameter(1, gone.get("last", Number.class).longValue()).executeUpdate();
        ledger.finish(NAME, date.toString(), n);
        return new JobResult(NAME, date.toString(), true, n, "events before " + before + " deleted");
    }
}
