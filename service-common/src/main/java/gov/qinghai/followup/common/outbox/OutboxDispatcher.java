package gov.qinghai.followup.common.outbox;

import java.time.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox messages, in every replica. Each message is locked (FOR UPDATE SKIP LOCKED) by the one
 * transaction that sends it, so replicas share the work without sending a message twice. Only the head of each
 * recipient's queue (its oldest undelivered message) is taken, and the queue is followed only while sending
 * succeeds: a recipient whose message failed gets nothing newer until that one is delivered, after a back-off
 * that doubles from notifications.first-retry-delay up to notifications.max-retry-delay. Nothing is given up by the
 * dispatcher; an admin may retry a message now (back-off from the start) or cancel it, after which the recipient's
 * next message is the head of its queue ({@link OutboxOperations}). Undelivered means PENDING or FAILED.
 */
@Startup
@ApplicationScoped
public class OutboxDispatcher {
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    /** Passes of one call at most; the next poll goes on with whatever is left. */
    private static final int MAX_PASSES = 50;
    /** A pass takes no further message after this long, so its transaction (which holds the locks) stays short. */
    private static final Duration PASS_BUDGET = Duration.ofSeconds(30);

    @Inject
    EntityManager em;
    @Inject
    MessageSender sender;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry metrics;
    @Inject
    jakarta.enterprise.inject.Instance<EventEndpoints> eventEndpoints;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestUndeliveredAgeSeconds = new AtomicLong();

    /**
     * delivered: messages sent; failed: attempts that failed (each retried later). Meters: outbox.messages.delivered,
     * outbox.messages.failed (here), outbox.messages.cancelled ({@link OutboxOperations}), gauges outbox.messages.pending
     * and outbox.messages.oldest.undelivered.age (seconds since the oldest undelivered message was queued; 0 when none).
     */
    public record Outcome(int delivered, int failed) {
    }

    private record Pass(int attempted, int delivered, int failed) {
    }

    @PostConstruct
    void registerGauge() {
        metrics.gauge("outbox.messages.pending", pending);
        Gauge.builder("outbox.messages.oldest.undelivered.age", oldestUndeliveredAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest PENDING or FAILED message at the last dispatch by this pod")
                .register(metrics);
    }

    @Scheduled(identity = "outbox-dispatch", every = "${notifications.poll-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        dispatchDue(Instant.now(clock));
    }

    /**
     * Sends the messages due at {@code now} (a test or a replay may pass a later time), each pass in its own
     * transaction. Safe to call from several threads and replicas at once.
     */
    public Outcome dispatchDue(Instant now) {
        int delivered = 0;
        int failed = 0;
        int timeout = (int) PASS_BUDGET.plus(config.webhookTimeout().multipliedBy(2)).plusSeconds(60).toSeconds();
        for (int i = 0; i < MAX_PASSES; i++) {
            Pass pass = QuarkusTransaction.requiringNew().timeout(timeout).call(() -> pass(now));
            delivered += pass.delivered();
            failed += pass.failed();
            // A pass that used less than its budget found nothing more that is due and not locked by others;
            // failed messages are not due again within this call.
            if (pass.attempted() < config.batchSize()) {
                break;
            }
        }
        QuarkusTransaction.requiringNew().run(this::countPending);
        return new Outcome(delivered, failed);
    }

    /**
     * Sets the gauges outbox.messages.pending, undelivered messages (PENDING or FAILED; not SENT, not CANCELLED), and
     * outbox.messages.oldest.undelivered.age, the seconds since the oldest of them was queued (0 when there is none),
     * from one query, as of this instance's clock.
     */
    void countPending() {
        jakarta.persistence.Tuple row = (jakarta.persistence.Tuple) em.createNativeQuery("select count(*) as pending, "
                + "min(created_at) as oldest from outbox_message where status in ('PENDING', 'FAILED')",
                jakarta.persistence.Tuple.class).getSingleResult();
        Object oldest = row.get("oldest");
        pending.set(row.get("pending", Number.class).longValue());
        oldestUndeliveredAgeSeconds.set(ageSeconds(oldest == null ? null : toInstant(oldest), Instant.now(clock)));
    }

    /** Whole seconds from {@code oldest} to {@code now}; 0 with nothing undelivered or a clock behind the database's. */
    static long ageSeconds(Instant oldest, Instant now) {
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("created_at read as " + value.getClass());
    }

    private Pass pass(Instant now) {
        int batch = config.batchSize();
        Instant deadline = Instant.now(clock).plus(PASS_BUDGET);
        int attempted = 0;
        int delivered = 0;
        for (OutboxMessage head : heads(now, batch)) {
            OutboxMessage m = head;
            while (m != null && attempted < batch && Instant.now(clock).isBefore(deadline)) {
                attempted++;
                if (!attempt(m, now)) {
                    break;
                }
                delivered++;
                m = next(m, now);
            }
        }
        return new Pass(attempted, delivered, attempted - delivered);
    }

    /** The oldest undelivered message of each recipient, if due and not locked by another dispatcher. */
    @SuppressWarnings("unchecked")
    private List<OutboxMessage> heads(Instant now, int limit) {
        return em.createNativeQuery("""
                select m.* from outbox_message m
                where m.status in ('PENDING', 'FAILED') and m.next_attempt_at <= ?1
                  and not exists (select 1 from outbox_recipient r
                                  where r.channel = m.channel and r.recipient = m.recipient and r.paused)
                  and not exists (select 1 from outbox_message e
                                  where e.channel = m.channel and e.recipient = m.recipient
                                    and e.status in ('PENDING', 'FAILED') and e.sequence < m.sequence)
                order by m.next_attempt_at, m.created_at
                limit ?2
                for update of m skip locked""", OutboxMessage.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /** The recipient's next message after {@code m}, if it is due; never one further on. */
    @SuppressWarnings("unchecked")
    private OutboxMessage next(OutboxMessage m, Instant now) {
        List<OutboxMessage> next = em.createNativeQuery("""
                select m.* from outbox_message m
                where m.channel = ?1 and m.recipient = ?2 and m.status in ('PENDING', 'FAILED') and m.next_attempt_at <= ?4
                  and not exists (select 1 from outbox_recipient r
                                  where r.channel = m.channel and r.recipient = m.recipient and r.paused)
                  and m.sequence = (select min(e.sequence) from outbox_message e
                                    where e.channel = ?1 and e.recipient = ?2 and e.status in ('PENDING', 'FAILED')
                                      and e.sequence > ?3)
                for update of m skip locked""", OutboxMessage.class)
                .setParameter(1, m.channel.name()).setParameter(2, m.recipient).setParameter(3, m.sequence)
                .setParameter(4, now).getResultList();
        return next.isEmpty() ? null : next.get(0);
    }

    private boolean attempt(OutboxMessage m, Instant now) {
        m.attempts++;
        try {
            sender.send(m);
            m.status = OutboxMessage.Status.SENT;
            m.sentAt = now;
            m.lastError = null;
            metrics.counter("outbox.messages.delivered", "topic", m.topic, "channel", m.channel.name()).increment();
            if (m.channel == Channel.EVENT) {
                eventEndpoints.get().delivered(m.recipient, now);
            }
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            metrics.counter("outbox.messages.failed", "topic", m.topic, "channel", m.channel.name()).increment();
            m.lastError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
            // back-off and FAILED count from an admin's last retry (OutboxOperations#retry), attempts from the start
            m.backoffFailures++;
            m.nextAttemptAt = now.plus(RetryBackoff.after(m.backoffFailures, config.firstRetryDelay(), config.maxRetryDelay()));
            if (m.backoffFailures >= config.maxAttempts() && m.status != OutboxMessage.Status.FAILED) {
                m.status = OutboxMessage.Status.FAILED;
                LOG.warnf("outbox message %s (%s, %s #%d) failed %d times, still retried: %s", m.id, m.topic,
                        m.channel, m.sequence, m.attempts, m.lastError);
            }
            if (m.channel == Channel.EVENT) {
                // may pause the subscription (outbox_recipient.paused): its queue then waits for an admin's resume
                eventEndpoints.get().failed(m.recipient, m.lastError, now);
            }
            return false;
        }
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
