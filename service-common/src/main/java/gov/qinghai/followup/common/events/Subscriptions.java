package gov.qinghai.followup.common.events;

import gov.qinghai.followup.common.outbox.EventEndpoints;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.common.outbox.WebhookSigning;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The subscriptions use cases (admin API {@link SubscriptionResource}) and, as {@link EventEndpoints}, what the outbox
 * asks when it delivers to one: where, signed with which secrets, and what to note after each attempt. A
 * subscription whose deliveries fail {@code qinghai.events.pause-after-failures} times in a row is paused (its
 * outbox queue stops; events keep queuing); resume lets the queue go on from its oldest event, in order.
 */
@ApplicationScoped
public class Subscriptions implements EventEndpoints {
    private static final Logger LOG = Logger.getLogger(Subscriptions.class);
    static final String COLUMNS = """
            s.id, s.url, s.event_types, s.unit, s.prefecture, s.description, s.state, s.paused_reason, s.paused_at,
            s.consecutive_failures, s.last_error, s.last_failure_at, s.last_delivered_at,
            (select count(*) from outbox_message m where m.channel = 'EVENT' and m.recipient = 'subscription/' || s.id
               and m.status in ('PENDING', 'FAILED')),
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

    @Transactional
    public SubscriptionSecret create(SubscriptionInput in) {
        List<String> unknown = in.eventTypes().stream().filter(t -> events.catalogue().byType(t).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw Problems.unprocessable("eventTypes", Detail.of("common.events.unknown-type",
                    "unknown event type {0}; this service publishes: {1}", String.join(", ", unknown),
                    String.join(", ", events.catalogue().types())));
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSigning.newSecret();
        em.createNativeQuery("""
                insert into event_subscription (id, url, event_types, unit, prefecture, description, secret, state,
                                                consecutive_failures, created_at, created_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'ACTIVE', 0, ?8, ?9)""")
                .setParameter(1, id).setParameter(2, in.url()).setParameter(3, String.join(",", in.eventTypes().stream().distinct().toList()))
                .setParameter(4, in.unit()).setParameter(5, in.prefecture()).setParameter(6, in.description())
                .setParameter(7, secret).setParameter(8, Instant.now(clock)).setParameter(9, user.name())
                .executeUpdate();
        return new SubscriptionSecret(get(id), secret, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Subscription> list(PageQuery page) {
        long total = ((Number) em.createNativeQuery("select count(*) from event_subscription").getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                        + " from event_subscription s order by s.created_at desc, s.id limit ?1 offset ?2")
                .setParameter(1, page.size).setParameter(2, page.offset()).getResultList();
        List<Subscription> items = new ArrayList<>();
        rows.forEach(r -> items.add(view(r)));
        return Page.of(items, page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription get(UUID id) {
        try {
            return view((Object[]) em.createNativeQuery("select " + COLUMNS + " from event_subscription s where s.id = ?1")
                    .setParameter(1, id).getSingleResult());
        } catch (NoResultException e) {
            throw Problems.notFound("subscription", id);
        }
    }

    /** A new secret, shown once; the previous one still signs deliveries for qinghai.events.secret-grace. */
    @Transactional
    public SubscriptionSecret rotate(UUID id) {
        get(id);
        String secret = WebhookSigning.newSecret();
        Instant now = Instant.now(clock);
        Instant until = now.plus(config.secretGrace());
        em.createNativeQuery("""
                update event_subscription set previous_secret = secret, previous_secret_until = ?2, secret = ?3,
                       secret_rotated_at = ?4 where id = ?1""")
                .setParameter(1, id).setParameter(2, until).setParameter(3, secret).setParameter(4, now).executeUpdate();
        return new SubscriptionSecret(get(id), secret, until);
    }

    @Transactional
    public Subscription pause(UUID id) {
        Subscription s = get(id);
        if (s.state().equals("ACTIVE")) {
            pauseQueue(id, "ADMIN", Instant.now(clock));
        }
        return get(id);
    }

    /** Active again: the queue goes on from its oldest undelivered event at the next dispatch, back-off reset. */
    @Transactional
    public Subscription resume(UUID id) {
        get(id);
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                update event_subscription set state = 'ACTIVE', paused_reason = null, paused_at = null,
                       consecutive_failures = 0 where id = ?1""").setParameter(1, id).executeUpdate();
        String address = Recipient.subscription(id).address();
        em.createNativeQuery("update outbox_recipient set paused = false where channel = 'EVENT' and recipient = ?1")
                .setParameter(1, address).executeUpdate();
        em.createNativeQuery("""
                update outbox_message set next_attempt_at = ?2, backoff_failures = 0, status = 'PENDING'
                where channel = 'EVENT' and recipient = ?1 and status in ('PENDING', 'FAILED')""")
                .setParameter(1, address).setParameter(2, now).executeUpdate();
        return get(id);
    }

    private void pauseQueue(UUID id, String reason, Instant at) {
        em.createNativeQuery("""
                update event_subscription set state = 'PAUSED', paused_reason = ?2, paused_at = ?3 where id = ?1""")
                .setParameter(1, id).setParameter(2, reason).setParameter(3, at).executeUpdate();
        em.createNativeQuery("""
                insert into outbox_recipient (channel, recipient, last_sequence, paused) values ('EVENT', ?1, 0, true)
                on conflict (channel, recipient) do update set paused = true""")
                .setParameter(1, Recipient.subscription(id).address()).executeUpdate();
    }

    @Override
    public Endpoint endpoint(String address, Instant now) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select url, secret, previous_secret, previous_secret_until from event_subscription where id = ?1""")
                .setParameter(1, idOf(address)).getSingleResult();
        List<String> secrets = new ArrayList<>(List.of((String) r[1]));
        if (r[2] != null && r[3] != null && instant(r[3]).isAfter(now)) {
            secrets.add((String) r[2]);
        }
        return new Endpoint((String) r[0], secrets);
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
            String state = (String) em.createNativeQuery("select state from event_subscription where id = ?1")
                    .setParameter(1, id).getSingleResult();
            if (state.equals("ACTIVE")) {
                LOG.warnf("event subscription %s paused after %d failed deliveries in a row: %s", id,
                        failures.intValue(), error);
                pauseQueue(id, "FAILURES", at);
            }
        }
    }

    private static UUID idOf(String address) {
        return UUID.fromString(address.substring("subscription/".length()));
    }

    private static Subscription view(Object[] r) {
        return new Subscription((UUID) r[0], (String) r[1], Arrays.asList(((String) r[2]).split(",")), (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], instant(r[8]), ((Number) r[9]).intValue(),
                (String) r[10], instant(r[11]), instant(r[12]), ((Number) r[13]).longValue(), instant(r[14]),
                instant(r[15]), (String) r[16]);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("timestamp read as " + value.getClass());
    }
}
