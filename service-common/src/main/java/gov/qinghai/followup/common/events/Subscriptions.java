package gov.qinghai.followup.common.events;

import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.outbox.EventEndpoints;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.common.outbox.WebhookSigning;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.rows.Rows;
import gov.qinghai.followup.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The subscriptions use cases (admin API {@link SubscriptionResource}) and, as {@link EventEndpoints}, what the outbox
 * asks when it delivers to one: where, signed with which secrets, and what to note after each attempt. A
 * subscription whose deliveries fail {@code qinghai.events.pause-after-failures} times in a row is paused (its
 * outbox queue stops; events keep queuing); resume lets the queue go on from its oldest event, in order. Secrets are
 * stored sealed (SecretCipher, key from SealedSecrets) and opened only to sign; the admins' changes and the automatic
 * pause go through the entity EventSubscription so that Envers records who and when (history).
 */
@ApplicationScoped
public class Subscriptions implements EventEndpoints {
    private static final Logger LOG = Logger.getLogger(Subscriptions.class);
    static final String COLUMNS = """
            s.id, s.url, s.event_types, s.unit, s.prefecture, s.description, s.state, s.paused_reason, s.paused_at,
            s.consecutive_failures, s.last_error, s.last_failure_at, s.last_delivered_at,
            (select count(*) from outbox_message m where m.channel = 'EVENT' and m.recipient = 'subscription/' || s.id
               and m.status in ('PENDING', 'FAILED')) as queued,
            s.previous_secret_until, s.created_at, s.created_by""";

    @Inject
    EntityManager em;
    @Inject
    Events events;
    @Inject
    EventsConfig config;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    SealedSecrets sealedSecrets;
    @Inject
    AuditTrail audit;

    private SecretCipher cipher() {
        return sealedSecrets.cipher();
    }

    @Transactional
    public SubscriptionSecret create(SubscriptionInput in) {
        List<String> unknown = in.eventTypes().stream().filter(t -> events.catalogue().byType(t).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw Problems.unprocessable("eventTypes", Detail.of("common.events.unknown-type",
                    "unknown event type {0}; this service publishes: {1}", String.join(", ", unknown),
                    String.join(", ", events.catalogue().types())));
        }
        EventSubscription s = new EventSubscription();
        s.id = UUID.randomUUID();
        String secret = WebhookSigning.newSecret();
        s.url = in.url();
        s.eventTypes = String.join(",", in.eventTypes().stream().distinct().toList());
        s.unit = in.unit();
        s.prefecture = in.prefecture();
        s.description = in.description();
        s.secret = cipher().seal(s.id, secret);
        s.state = "ACTIVE";
        s.createdAt = Instant.now(clock);
        s.createdBy = user.name();
        s.persist();
        em.flush();
        return new SubscriptionSecret(get(s.id), secret, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Subscription> list(PageQuery page) {
        long total = ((Number) em.createNativeQuery("select count(*) from event_subscription").getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select " + COLUMNS
                        + " from event_subscription s order by s.created_at desc, s.id limit ?1 offset ?2", Tuple.class)
                .setParameter(1, page.size).setParameter(2, page.offset()).getResultList();
        List<Subscription> items = new ArrayList<>();
        rows.forEach(r -> items.add(view(r)));
        return Page.of(items, page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription get(UUID id) {
        try {
            return view((Tuple) em.createNativeQuery("select " + COLUMNS + " from event_subscription s where s.id = ?1",
                    Tuple.class).setParameter(1, id).getSingleResult());
        } catch (NoResultException e) {
            throw Problems.notFound("subscription", id);
        }
    }

    /** A new secret, shown once; the previous one still signs deliveries for qinghai.events.secret-grace. */
    @Transactional
    public SubscriptionSecret rotate(UUID id) {
        EventSubscription s = row(id);
        String secret = WebhookSigning.newSecret();
        Instant now = Instant.now(clock);
        Instant until = now.plus(config.secretGrace());
        s.previousSecret = s.secret; // sealed under the same id: it opens as it is
        s.previousSecretUntil = until;
        s.secret = cipher().seal(id, secret);
        s.secretRotatedAt = now;
        em.flush();
        return new SubscriptionSecret(get(id), secret, until);
    }

    @Transactional
    public Subscription pause(UUID id) {
        EventSubscription s = row(id);
        if (s.state.equals("ACTIVE")) {
            pauseQueue(s, "ADMIN", Instant.now(clock));
        }
        return get(id);
    }

    /** Active again: the queue goes on from its oldest undelivered event at the next dispatch, back-off reset. */
    @Transactional
    public Subscription resume(UUID id) {
        EventSubscription s = row(id);
        Instant now = Instant.now(clock);
        s.state = "ACTIVE";
        s.pausedReason = null;
        s.pausedAt = null;
        em.flush();
        em.createNativeQuery("update event_subscription set consecutive_failures = 0 where id = ?1")
                .setParameter(1, id).executeUpdate();
        String address = Recipient.subscription(id).address();
        em.createNativeQuery("update outbox_recipient set paused = false where channel = 'EVENT' and recipient = ?1")
                .setParameter(1, address).executeUpdate();
        em.createNativeQuery("""
                update outbox_message set next_attempt_at = ?2, backoff_failures = 0, status = 'PENDING'
                where channel = 'EVENT' and recipient = ?1 and status in ('PENDING', 'FAILED')""")
                .setParameter(1, address).setParameter(2, now).executeUpdate();
        return get(id);
    }

    /** Who changed the subscription and when, oldest first: its audited fields before and after (never a secret). */
    @Transactional
    public List<AuditEntry> history(UUID id) {
        row(id);
        return audit.history(EventSubscription.class, id).stream()
                .map(e -> new AuditEntry(e.revision(), e.at(), e.by(), e.change(), audited(e.before()),
                        audited(e.after()))).toList();
    }

    private static Map<String, Object> audited(Map<String, Object> state) {
        if (state == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        EventSubscription.AUDITED.forEach(f -> out.put(f, state.get(f)));
        return out;
    }

    private EventSubscription row(UUID id) {
        EventSubscription s = EventSubscription.findById(id);
        if (s == null) {
            throw Problems.notFound("subscription", id);
        }
        return s;
    }

    /** Through the entity, so the pause is audited (by the admin, or by system after failures). */
    private void pauseQueue(EventSubscription s, String reason, Instant at) {
        s.state = "PAUSED";
        s.pausedReason = reason;
        s.pausedAt = at;
        em.flush();
        em.createNativeQuery("""
                insert into outbox_recipient (channel, recipient, last_sequence, paused) values ('EVENT', ?1, 0, true)
                on conflict (channel, recipient) do update set paused = true""")
                .setParameter(1, Recipient.subscription(s.id).address()).executeUpdate();
    }

    /** The URL and the opened secrets; a secret that does not open with the configured key fails the delivery. */
    @Override
    public Endpoint endpoint(String address, Instant now) {
        UUID id = idOf(address);
        Tuple r = (Tuple) em.createNativeQuery("""
                select url, secret, previous_secret, previous_secret_until from event_subscription where id = ?1""",
                Tuple.class).setParameter(1, id).getSingleResult();
        List<String> secrets = new ArrayList<>(List.of(cipher().open(id, r.get("secret", String.class))));
        String previous = r.get("previous_secret", String.class);
        Instant until = Rows.instant(r, "previous_secret_until");
        if (previous != null && until != null && until.isAfter(now)) {
            secrets.add(cipher().open(id, previous));
        }
        return new Endpoint(r.get("url", String.class), secrets);
    }

    @Override
    public void delivered(String address, Instant at) {
        em.createNativeQuery("""
                update event_subscription set consecutive_failures = 0, last_delivered_at = ?2 where id = ?1""")
                .setParameter(1, idOf(address)).setParameter(2, at).executeUpdate();
    }

    @Override
    public void failed(String address, String error, Instant at) {
        UUID id = idOf(address);
        Number failures = (Number) em.createNativeQuery("""
                update event_subscription set consecutive_failures = consecutive_failures + 1, last_error = ?2,
                       last_failure_at = ?3 where id = ?1 returning consecutive_failures""")
                .setParameter(1, id).setParameter(2, error).setParameter(3, at).getSingleResult();
        if (failures.intValue() >= config.pauseAfterFailures()) {
            EventSubscription s = row(id);
            if (s.state.equals("ACTIVE")) {
                LOG.warnf("event subscription %s paused after %d failed deliveries in a row: %s", id,
                        failures.intValue(), error);
                pauseQueue(s, "FAILURES", at);
            }
        }
    }

    private static UUID idOf(String address) {
        return UUID.fromString(address.substring("subscription/".length()));
    }

    private static Subscription view(Tuple r) {
        return new Subscription(r.get("id", UUID.class), Rows.text(r, "url"),
                Arrays.asList(Rows.text(r, "event_types").split(",")), Rows.text(r, "unit"),
                Rows.text(r, "prefecture"), Rows.text(r, "description"), Rows.text(r, "state"),
                Rows.text(r, "paused_reason"), Rows.instant(r, "paused_at"),
                r.get("consecutive_failures", Number.class).intValue(), Rows.text(r, "last_error"),
                Rows.instant(r, "last_failure_at"), Rows.instant(r, "last_delivered_at"),
                Rows.count(r, "queued"), Rows.instant(r, "previous_secret_until"),
                Rows.instant(r, "created_at"), Rows.text(r, "created_by"));
    }
}
