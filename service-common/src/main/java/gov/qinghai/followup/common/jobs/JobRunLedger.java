package gov.qinghai.followup.common.jobs;

import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Claims a (job, period) exactly once across replicas with INSERT … ON CONFLICT DO NOTHING. Quartz (clustered)
 * fires each trigger on one replica; this ledger is what still keeps a period from being processed twice when a
 * run is replayed, a misfire is caught up, or a replica died after the work but before Quartz recorded the fire.
 *
 * <p>{@link #once} is the skeleton every {@link PeriodJob} runs its period through: claim, work, record, answer.
 */
@ApplicationScoped
public class JobRunLedger {
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    JobMetrics metrics;

    /**
     * True if this caller won the period; the claim commits with the caller's transaction. A won claim is timed
     * as a job run (success when the transaction commits, failure when it rolls back and releases the claim).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, String period, String triggeredBy) {
        int inserted = em.createNativeQuery("""
                insert into job_run(job, period, started_at, triggered_by, outcome, items)
                values (?1, ?2, ?3, ?4, 'running', 0) on conflict do nothing""")
                .setParameter(1, job).setParameter(2, period)
                .setParameter(3, Instant.now(clock)).setParameter(4, triggeredBy)
                .executeUpdate();
        if (inserted == 1) {
            metrics.runClaimed(job);
        }
        return inserted == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(String job, String period, int items) {
        JobRun run = JobRun.findById(new JobRun.Key(job, period));
        run.finishedAt = Instant.now(clock);
        run.outcome = "done";
        run.items = items;
    }

    /** What a won period's work did: the items it processed and a line for the caller (may be null). */
    public record Done(int items, String message) {
    }

    /** The work of one period, run only when the period was won. */
    @FunctionalInterface
    public interface Work {
        Done run();
    }

    /**
     * Processes a period once: claims (job, period) for {@code triggeredBy}; if won, runs {@code work} and records the
     * run done with its items, all in the caller's transaction (a failure rolls the claim back, so a replay processes
     * the period); a period claimed before answers {@code ran = false} ("already done for …") without the work.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public JobResult once(String job, String period, String triggeredBy, Work work) {
        if (!claim(job, period, triggeredBy)) {
            return new JobResult(job, period, false, 0, "already done for " + period);
        }
        Done done = work.run();
        finish(job, period, done.items());
        return new JobResult(job, period, true, done.items(), done.message());
    }

    /**
     * {@link #once} in a transaction of its own, for a job that gathers something first outside any transaction
     * (e.g. the peers' figures, which may wait on the network) and should not hold the claim's row lock meanwhile.
     */
    public JobResult onceInNewTransaction(String job, String period, String triggeredBy, Work work) {
        return QuarkusTransaction.requiringNew().call(() -> once(job, period, triggeredBy, work));
    }

    @Transactional
    public Page<JobRun> runs(String job, PageQuery page) {
        return Page.of(JobRun.<JobRun>find("job = ?1 order by period desc", job), page, r -> r);
    }
}
