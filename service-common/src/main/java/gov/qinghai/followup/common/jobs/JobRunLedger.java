package gov.qinghai.followup.common.jobs;

import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Claims a (job, period) exactly once across replicas with INSERT … ON CONFLICT DO NOTHING. Quartz (clustered)
 * fires each trigger on one replica; this ledger is what still keeps a period from being processed twice when a
 * run is replayed, a misfire is caught up, or a replica died after the work but before Quartz recorded the fire.
 * A period whose work grows with the country is not one transaction: it is {@link #open opened}, worked scope by
 * scope in transactions of their own and {@link #close closed}.
 *
 * <p>{@link #once} is the skeleton of a {@link PeriodJob} whose period is one transaction: claim, work, record, answer.
 */
@ApplicationScoped
public class JobRunLedger {
    private static final Logger LOG = Logger.getLogger(JobRunLedger.class);
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    JobMetrics metrics;
    @Inject
    DataSource dataSource;

    /**
     * True if this caller won the period; the claim commits with the caller's transaction. A won claim is timed
     * as a job run (success when the transaction commits, failure when it rolls back and releases the claim).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, String period, String triggeredBy) {
        int inserted = insertRunning(job, period, triggeredBy);
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

    /**
     * A period opened by {@link #open}: {@code NEW} (this caller claimed it), {@code RESUMED} (claimed before and not
     * done: an earlier run failed on some scopes or stopped half-way), {@code DONE} (nothing to do) or {@code BUSY}
     * (another run of the period is under way, on this replica or another). While open it holds the period (a
     * PostgreSQL session advisory lock on a connection of its own, outside every transaction); closing it releases
     * the hold, as does the end of that connection when a replica dies.
     */
    public static final class Claim implements AutoCloseable {
        public enum State { NEW, RESUMED, DONE, BUSY }

        private final String job;
        private final String period;
        private final State state;
        private final long openedNanos;
        private Connection hold;

        Claim(String job, String period, State state, long openedNanos, Connection hold) {
            this.job = job;
            this.period = period;
            this.state = state;
            this.openedNanos = openedNanos;
            this.hold = hold;
        }

        public String job() {
            return job;
        }

        public String period() {
            return period;
        }

        public State state() {
            return state;
        }

        /** True when this caller works the period's missing scopes (NEW or RESUMED). */
        public boolean open() {
            return state == State.NEW || state == State.RESUMED;
        }

        /** Releases the hold on the period (idempotent). */
        @Override
        public void close() {
            Connection c = hold;
            hold = null;
            if (c == null) {
                return;
            }
            try (c; Statement st = c.createStatement()) {
                st.execute("select pg_advisory_unlock_all()");
            } catch (SQLException e) {
                // the connection is gone, and with it the session's locks
                LOG.warnf("job %s %s: hold not released explicitly (%s)", job, period, e.getMessage());
            }
        }
    }

    /** What {@link #close} writes: the scopes of the period stored by now and those still missing. */
    public record Tally(int stored, int missing) {
    }

    /**
     * Opens a period whose work is done scope by scope, each scope in a transaction of its own (e.g. one stored report
     * per fair), so that the work of one transaction does not grow with the country. First it holds the period
     * against every other run (a session advisory lock, not a transaction: a run of minutes is no long transaction);
     * one already under way makes this one {@code BUSY}. Then it claims the period in job_run, committed at once:
     * a run that fails on a scope or stops half-way leaves the period claimed but not done (outcome {@code failed} or
     * {@code running}), visible in the runs and resumed by the next run for the period, which works only the scopes
     * still missing. The caller still makes each scope idempotent (skips one already stored, under a lock): should
     * the hold be lost with its connection, two runs then still store each scope once. Close the claim when done.
     */
    public Claim open(String job, String period, String triggeredBy) {
        long opened = System.nanoTime();
        Connection hold = QuarkusTransaction.suspendingExisting().call(dataSource::getConnection);
        try {
            boolean held;
            try (PreparedStatement ps = hold.prepareStatement(
                    "select pg_try_advisory_lock(hashtext('job_run'), hashtext(?))")) {
                ps.setString(1, job + "/" + period);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    held = rs.getBoolean(1);
                }
            }
            if (!held) {
                hold.close();
                return new Claim(job, period, Claim.State.BUSY, opened, null);
            }
            Claim.State state = QuarkusTransaction.requiringNew().call(() -> claimOrResume(job, period, triggeredBy));
            Claim claim = new Claim(job, period, state, opened, hold);
            if (state == Claim.State.DONE) {
                claim.close();
            }
            return claim;
        } catch (SQLException | RuntimeException e) {
            new Claim(job, period, Claim.State.BUSY, opened, hold).close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("job_run hold: " + e.getMessage(), e);
        }
    }

    /** 1 when this caller inserted the (job, period) row, 0 when it was claimed before. */
    private int insertRunning(String job, String period, String triggeredBy) {
        return em.createNativeQuery("""
                insert into job_run(job, period, started_at, triggered_by, outcome, items)
                values (?1, ?2, ?3, ?4, 'running', 0) on conflict do nothing""")
                .setParameter(1, job).setParameter(2, period)
                .setParameter(3, Instant.now(clock)).setParameter(4, triggeredBy)
                .executeUpdate();
    }

    private Claim.State claimOrResume(String job, String period, String triggeredBy) {
        int inserted = insertRunning(job, period, triggeredBy);
        if (inserted == 1) {
            return Claim.State.NEW;
        }
        int resumed = em.createNativeQuery("""
                update job_run set outcome = 'running', finished_at = null
                where job = ?1 and period = ?2 and outcome <> 'done'""")
                .setParameter(1, job).setParameter(2, period).executeUpdate();
        return resumed == 1 ? Claim.State.RESUMED : Claim.State.DONE;
    }

    /**
     * Ends a run {@link #open opened} before, in a transaction of its own: locks the period's row, then asks
     * {@code tally} (in this transaction, after the lock, so it sees every scope stored by then) and records the
     * period {@code done} with the scopes stored as items when none is missing, else {@code failed} (a later run
     * resumes it). The hold stays until the claim is closed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally close(Claim claim, Supplier<Tally> tally) {
        em.createNativeQuery("select 1 from job_run where job = ?1 and period = ?2 for update")
                .setParameter(1, claim.job()).setParameter(2, claim.period()).getResultList();
        Tally t = tally.get();
        em.createNativeQuery("""
                update job_run set outcome = ?3, finished_at = ?4, items = ?5 where job = ?1 and period = ?2""")
                .setParameter(1, claim.job()).setParameter(2, claim.period())
                .setParameter(3, t.missing() == 0 ? "done" : "failed").setParameter(4, Instant.now(clock))
                .setParameter(5, t.stored()).executeUpdate();
        metrics.runClosed(claim.job(), claim.openedNanos, t.missing() == 0);
        return t;
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
