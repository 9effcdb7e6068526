package gov.qinghai.followup.common.jobs;

import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
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

    @Transactional
    public Page<JobRun> runs(String job, PageQuery page) {
        return Page.of(JobRun.<JobRun>find("job = ?1 order by period desc", job), page, r -> r);
    }
}
