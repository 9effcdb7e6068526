package gov.qinghai.followup.common.outbox;

import gov.qinghai.followup.common.problem.Detail;
import java.time.Clock;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.outbox.OutboxViews.MessageView;
import gov.qinghai.followup.common.outbox.OutboxViews.State;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an admin may do with the outbox of a service (issue "operating the notification outbox"). The dispatcher
 * tries only the oldest undelivered message of each recipient and never gives up, so a message its receiver always
 * refuses (HTTP 400 for ever, a bad e-mail address) holds back that recipient's newer messages. An admin finds it
 * ({@link #list}: failing, with the error and the next attempt; the newer ones name it in {@code blockedBy}), retries
 * it now after fixing the receiver ({@link #retry}: back-off from the start), or cancels it with a reason
 * ({@link #cancel}: never sent; the recipient's next message becomes the head of its queue).
 *
 * <p>Admin only, checked here as well as on the resource. Retry and cancel lock the message row: a dispatcher that is
 * sending it right now holds the lock, so they wait for it (notifications.admin-lock-timeout) and then see the
 * outcome (409 if it was delivered meanwhile), or answer 409 {@code outbox-message-busy} with Retry-After. Who, when
 * and why are kept on the row and, through Envers, in {@code outbox_message_aud}.
 */
@ApplicationScoped
public class OutboxOperations {
    @Inject
    Clock clock;
    /** The fields Envers audits on OutboxMessage: a history entry shows only these. */
    static final List<String> AUDITED = List.of("retriedAt", "retriedBy", "cancelledAt", "cancelledBy", "cancelReason");
    private static final Set<OutboxMessage.Status> UNDELIVERED = Set.of(OutboxMessage.Status.PENDING,
            OutboxMessage.Status.FAILED);

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    OutboxConfig config;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MeterRegistry metrics;
    @Inject
    AuditTrail audit;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Filters of the list; null means any. */
    public record Filter(State state, Boolean failing, Channel channel, String recipient, String topic) {
    }

    /** Newest first; {@code recipient} is an address as stored or as the list shows it. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Page<MessageView> list(Filter f, PageQuery page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.state() != null) {
            switch (f.state()) {
                case PENDING -> q.append(" and status in :undelivered");
                case DELIVERED -> q.append(" and status = :sent");
                case CANCELLED -> q.append(" and status = :cancelled");
            }
        }
        if (f.failing() != null) {
            q.append(f.failing() ? " and status in :undelivered and attempts > 0"
                    : " and (status not in :undelivered or attempts = 0)");
        }
        if (q.indexOf(":undelivered") >= 0) {
            p.and("undelivered", UNDELIVERED);
        }
        if (q.indexOf(":sent") >= 0) {
            p.and("sent", OutboxMessage.Status.SENT);
        }
        if (q.indexOf(":cancelled") >= 0) {
            p.and("cancelled", OutboxMessage.Status.CANCELLED);
        }
        if (f.channel() != null) {
            q.append(" and channel = :channel");
            p.and("channel", f.channel());
        }
        if (f.topic() != null) {
            q.append(" and topic = :topic");
            p.and("topic", f.topic());
        }
        if (f.recipient() != null) {
            var pattern = OutboxAddresses.shownFormPattern(f.recipient());
            if (pattern.isPresent()) {
                q.append(" and (recipient = :recipient or (channel = :webhook and recipient like :shown escape '!'))");
                p.and("webhook", Channel.WEBHOOK).and("shown", pattern.get());
            } else {
                q.append(" and recipient = :recipient");
            }
            p.and("recipient", f.recipient());
        }
        return Page.ofRows(OutboxMessage.<OutboxMessage>find(q.toString(), Sort.descending("createdAt", "id"), p.map()),
                page, rows -> {
                    Map<String, Head> heads = heads(rows);
                    return rows.stream().map(m -> MessageView.of(m, blockedBy(m, heads))).toList();
                });
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public MessageView get(UUID id) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (m == null) {
            throw Problems.notFound("outbox message", id);
        }
        return view(m);
    }

    /** The admins' retries and cancellation of one message (Envers), oldest first. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public List<AuditEntry> history(UUID id) {
        get(id);
        return audit.history(OutboxMessage.class, id).stream()
                .map(e -> new AuditEntry(e.revision(), e.at(), e.by(), e.change(), audited(e.before()), audited(e.after())))
                .toList();
    }

    /**
     * Makes an undelivered message due now with its back-off from the start (a FAILED one is PENDING again); the next
     * dispatcher poll sends it, unless an older message of the same recipient is still undelivered. 409 when it was
     * delivered or cancelled.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public MessageView retry(UUID id) {
        OutboxMessage m = locked(id);
        if (!m.status.undelivered()) {
            throw notUndelivered(m, Detail.of("common.outbox.retried", "retried"));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        m.nextAttemptAt = now;
        m.backoffFailures = 0;
        m.status = OutboxMessage.Status.PENDING;
        m.retriedAt = now;
        m.retriedBy = user.name();
        return view(m);
    }

    /**
     * Gives an undelivered message up for good: it is never sent, and the recipient's next message is the head of its
     * queue from now on. 409 when it was delivered or is cancelled already.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public MessageView cancel(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw Problems.badRequest("reason", Detail.of("common.outbox.reason-required",
                    "reason is required (a JSON body {0}): say why the message will never be sent",
                    "{\"reason\": \"…\"}"));
        }
        OutboxMessage m = locked(id);
        if (!m.status.undelivered()) {
            throw notUndelivered(m, Detail.of("common.outbox.cancelled-action", "cancelled"));
        }
        m.status = OutboxMessage.Status.CANCELLED;
        m.cancelledAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        m.cancelledBy = user.name();
        m.cancelReason = reason.strip();
        em.flush();
        dispatcher.countPending();
        String topic = m.topic;
        String channel = m.channel.name();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    metrics.counter("outbox.messages.cancelled", "topic", topic, "channel", channel).increment();
                }
            }
        });
        return view(m);
    }

    // ---------------------------------------------------------------- helpers

    /** The message, locked against a dispatcher that may be sending it (waits at most admin-lock-timeout). */
    private OutboxMessage locked(UUID id) {
        em.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                .setParameter(1, config.adminLockTimeout().toMillis() + "ms").getSingleResult();
        OutboxMessage m;
        try {
            m = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        } catch (PersistenceException e) {
            if (lockNotAvailable(e)) {
                throw busy(id);
            }
            throw e;
        }
        if (m == null) {
            throw Problems.notFound("outbox message", id);
        }
        return m;
    }

    private static boolean lockNotAvailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.PessimisticLockException || c instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (c instanceof SQLException s && "55P03".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private HttpProblem busy(UUID id) {
        long wait = Math.max(5, config.webhookTimeout().toSeconds() * 2);
        return Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "outbox-message-busy"))
                .withTitle("Conflict")
                .withStatus(409), Detail.of("common.outbox.busy",
                        "outbox message {0} is being sent right now; retry in {1} seconds", id, wait))
                .withHeader("Retry-After", wait)
                .build();
    }

    private static HttpProblem notUndelivered(OutboxMessage m, Detail action) {
        State state = State.of(m.status);
        Detail detail = state == State.DELIVERED
                ? Detail.of("common.outbox.delivered", "outbox message {0} was delivered at {1}; it cannot be {2}", m.id,
                        m.sentAt, action)
                : Detail.of("common.outbox.cancelled", "outbox message {0} was cancelled by {1} at {2}; it cannot be {3}",
                        m.id, m.cancelledBy, m.cancelledAt, action);
        return Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + (state == State.DELIVERED ? "outbox-message-delivered"
                        : "outbox-message-cancelled")))
                .withTitle("Conflict")
                .withStatus(409), detail)
                .with("state", state.name())
                .build();
    }

    private MessageView view(OutboxMessage m) {
        return MessageView.of(m, blockedBy(m, heads(List.of(m))));
    }

    /** The oldest undelivered message of a recipient: its id and sequence. */
    private record Head(UUID id, long sequence) {
    }

    /** The head of each recipient's queue among the given messages' recipients, in one query. */
    private Map<String, Head> heads(List<OutboxMessage> messages) {
        List<String> recipients = messages.stream().filter(m -> m.status.undelivered()).map(m -> m.recipient)
                .distinct().toList();
        Map<String, Head> heads = new HashMap<>();
        if (recipients.isEmpty()) {
            return heads;
        }
        List<jakarta.persistence.Tuple> rows = em.createNativeQuery("""
                select distinct on (channel, recipient) channel, recipient, id, sequence from outbox_message
                where status in ('PENDING', 'FAILED') and recipient in (?1)
                order by channel, recipient, sequence""", jakarta.persistence.Tuple.class).setParameter(1, recipients)
                .getResultList();
        for (jakarta.persistence.Tuple r : rows) {
            heads.put(r.get("channel", String.class) + " " + r.get("recipient", String.class),
                    new Head(r.get("id", UUID.class), r.get("sequence", Number.class).longValue()));
        }
        return heads;
    }

    private static UUID blockedBy(OutboxMessage m, Map<String, Head> heads) {
        Head head = heads.get(m.channel.name() + " " + m.recipient);
        return m.status.undelivered() && head != null && head.sequence() < m.sequence ? head.id() : null;
    }

    private static Map<String, Object> audited(Map<String, Object> state) {
        if (state == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        AUDITED.forEach(k -> out.put(k, state.get(k)));
        return out;
    }
}
