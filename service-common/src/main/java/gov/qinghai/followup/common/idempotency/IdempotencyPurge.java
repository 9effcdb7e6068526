package gov.qinghai.followup.common.idempotency;

import java.time.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes the {@code idempotency_record} rows older than {@code idempotency.retention} (IDEMPOTENCY_RETENTION,
 * default 24 h), every {@code idempotency.purge-interval} in each service. Without it the table grows by one row
 * per keyed POST forever. Expiry itself does not wait for the purge: a claim takes over an expired record
 * ({@link IdempotencyStore#claim}); the purge frees the space.
 *
 * <p>Scheduled like the other jobs on the clustered Quartz store (one replica per fire); running on several
 * replicas or next to a replay is harmless all the same: each batch locks its rows FOR UPDATE SKIP LOCKED, so two
 * purges never wait on or delete the same rows, and a retry that is taking over an expired record (its row
 * locked by the claim) is skipped. Only committed records with an answer are deleted: an in-flight claim is an
 * uncommitted row, invisible here, and {@code status is not null} keeps even a committed row without an answer.
 */
@ApplicationScoped
public class IdempotencyPurge {
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);
    /** Batches of one call at most; the next fire goes on with whatever is left. */
    static final int MAX_BATCHES = 100;

    @Inject
    EntityManager em;
    @Inject
    IdempotencyConfig config;
    @Inject
    MeterRegistry metrics;

    /** deleted: records removed; batches: transactions used (each at most {@code batchSize} rows). */
    public record Outcome(int deleted, int batches) {
    }

    @Scheduled(identity = "idempotency-purge", every = "${idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Outcome o = purgeExpired(Instant.now(clock));
        if (o.deleted() > 0) {
            LOG.infof("idempotency-purge: %d records older than %s deleted in %d batches", o.deleted(),
                    config.retention(), o.batches());
        }
    }

    /** Deletes the records whose first request is older than the retention at {@code now} (a test passes a time). */
    public Outcome purgeExpired(Instant now) {
        return purgeExpired(now, config.purgeBatchSize());
    }

    /** As {@link #purgeExpired(Instant)} with another batch size (tests show several batches with a few rows). */
    public Outcome purgeExpired(Instant now, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        Instant cutoff = now.minus(config.retention());
        int deleted = 0;
        int batches = 0;
        while (batches < MAX_BATCHES) {
            int n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    with expired as (
                        select caller, idem_key from idempotency_record
                        where created_at < ?1 and status is not null
                        order by created_at
                        limit ?2
                        for update skip locked)
                    delete from idempotency_record r using expired e
                    where r.caller = e.caller and r.idem_key = e.idem_key""")
                    .setParameter(1, cutoff).setParameter(2, batchSize).executeUpdate());
            batches++;
            deleted += n;
            if (n < batchSize) {
                break;
            }
        }
        metrics.counter("idempotency.records.purged").increment(deleted);
        return new Outcome(deleted, batches);
    }
}
