package gov.qinghai.followup.common.events;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gives committed events their feed position (the cursor of {@code GET /api/v1/events}), in commit order.
 *
 * <p>Why not the insert number: a bigserial is taken when a transaction inserts, not when it commits. Transaction A
 * inserts #10, B inserts #11 and commits, a reader reads up to 11, then A commits: a reader using #s as its cursor
 * never sees #10. Here a pass locks the one {@code event_sequencer} row, then numbers every committed row that has
 * no position yet ({@code last_position + 1 …}, in insert order within the pass) and commits. A row of a
 * transaction still open is invisible to the pass and gets a larger number in a later pass, after its commit; since
 * every pass starts after the previous one committed (the row lock) and only gives larger numbers, a reader that
 * saw position p never finds a new row at or below p. Positions follow the order in which commits were seen (to the
 * sequencing interval); events of one transaction get consecutive positions.
 *
 * <p>Runs every {@code qinghai.events.sequence-interval} (one replica per fire) and before each feed read, so a
 * reader never waits for the interval.
 */
@ApplicationScoped
public class EventSequencer {
    @Inject
    EntityManager em;

    /** Numbers the committed events without a position; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sequence() {
        long last = ((Number) em.createNativeQuery("select last_position from event_sequencer where id = 1 for update")
                .getSingleResult()).longValue();
        // a new statement after the lock: its snapshot sees every commit up to now, the previous pass included
        int numbered = em.createNativeQuery("""
                update event_log e set position = ?1 + t.rn
                from (select id, row_number() over (order by seq) as rn from event_log where position is null) t
                where e.id = t.id""").setParameter(1, last).executeUpdate();
        if (numbered > 0) {
            em.createNativeQuery("update event_sequencer set last_position = last_position + ?1 where id = 1")
                    .setParameter(1, numbered).executeUpdate();
        }
        return numbered;
    }

    @Scheduled(identity = "events-sequence", every = "${qinghai.events.sequence-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sequence();
    }
}
