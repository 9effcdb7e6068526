package gov.qinghai.followup.common.outbox;

import java.time.Clock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reminders and webhooks of every service go through this outbox (Delivery): a message is written in
 * the transaction of the event it announces, so a rollback leaves no message and a commit loses none, and
 * {@link OutboxDispatcher} delivers it later with retries.
 *
 * <h2>Wiring a service</h2>
 * <ol>
 * <li><b>Table.</b> {@code service-common/src/main/resources/db/outbox/V25__outbox.sql}, in every service's Flyway
 * locations through the shared config ({@code quarkus.flyway.locations}). {@link OutboxMessage} is an entity of service-common,
 * so Hibernate validates the table in every service.</li>
 * <li><b>Configuration</b> ({@link OutboxConfig}, prefix {@code notifications}): {@code notifications.webhook-url}
 * (env {@code NOTIFICATIONS_WEBHOOK_URL}; tests point it at a receiver, e.g.
 * {@code %test.notifications.webhook-url=http://127.0.0.1:18089/hook}), {@code webhook-timeout} (5s),
 * {@code max-attempts} (10), {@code first-retry-delay} (1m), {@code max-retry-delay} (1h), {@code poll-interval}
 * (60s), {@code batch-size} (100). E-mail needs {@code quarkus.mailer.*} as in project-tracking-service
 * (SMTP_*, and {@code %test.quarkus.mailer.mock=true}).</li>
 * <li><b>Enqueue</b> inside the event's transaction (outside one it throws):
 * <pre>{@code
 * @Inject Outbox outbox;
 * ...
 * Outbox.Message m = new Outbox.Message("rectification-due", "rectification-" + r.id,
 *         "整改到期提醒", "请于…前完成整改", Map.of("rectificationId", r.id));
 * outbox.configuredWebhook().ifPresent(to -> outbox.enqueue(to, m));
 * outbox.enqueue(Recipient.email(unit.contactEmail), m);
 * }</pre>
 * The event key names the event: enqueuing the same (topic, event key, recipient) again, e.g. when a job is
 * replayed, adds nothing and returns the same id.</li>
 * <li><b>Delivery</b> needs nothing more: the dispatcher is a bean of service-common, runs every poll-interval in
 * each replica, and tests call {@link OutboxDispatcher#dispatchDue(Instant)} instead of waiting for it. Read
 * {@link OutboxMessage} (e.g. {@code OutboxMessage.list("eventKey in ?1", keys)}) to show delivery states.</li>
 * <li><b>Operating</b> needs nothing either: {@link OutboxAdminResource} ({@code /api/v1/admin/outbox}, admin only)
 * is a resource of service-common, so every service lists its messages and lets an admin retry one now or cancel
 * one with a reason ({@link OutboxOperations}); a cancelled message no longer holds the recipient's newer ones.</li>
 * <li><b>Tests</b>: {@code gov.qinghai.followup.common.testing.WebhookReceiver} (service-common test-jar) records
 * what a webhook receives and can refuse it; see project-tracking's OutboxDeliveryTest and medical-alliance's
 * JobsTest; {@code OutboxAdminChecks} tests the admin API in a service.</li>
 * </ol>
 *
 * <h2>What the receiver gets</h2>
 * A webhook receives {@code POST} with headers {@code Idempotency-Key: <id>}, {@code Outbox-Topic},
 * {@code Outbox-Sequence} and the JSON body {@code {"id", "topic", "eventKey", "sequence", "createdAt", "subject",
 * "text", "data"}}; it answers 2xx once it has the message, anything else (or no answer) is retried. An e-mail
 * carries subject and text, with the same id in an {@code Idempotency-Key} header. Delivery is at least once: a
 * receiver drops an id it has seen. Sequence numbers grow by one per recipient, in commit order (two concurrent
 * enqueues of one message may skip a number); a recipient gets nothing newer while an older message is undelivered
 * (PENDING or FAILED; an admin's cancel takes a message out of the way, and it is never sent).
 */
@ApplicationScoped
public class Outbox {
    @Inject
    Clock clock;
    static final int MAX_SUBJECT = 500;

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    OutboxConfig config;

    /**
     * What to send. topic: the kind of event, lower case (a metric tag, e.g. {@code progress-reminder});
     * eventKey: which event (e.g. {@code reminder-42}); subject and text for people; data: a JSON object
     * (a Map or record) for machines, may be null.
     */
    public record Message(String topic, String eventKey, String subject, String text, Object data) {
        public Message {
            if (topic == null || !topic.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
                throw new IllegalArgumentException("topic must be 1-100 characters a-z, 0-9, '.', '-': " + topic);
            }
            if (eventKey == null || eventKey.isBlank() || eventKey.length() > 200) {
                throw new IllegalArgumentException("eventKey must have 1 to 200 characters");
            }
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Adds the message for the recipient to this transaction and returns its id; a message with the same
     * (topic, event key, recipient) already enqueued is left as it is and its id returned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Recipient to, Message message) {
        UUID id = messageId(message.topic(), message.eventKey(), to);
        Instant now = Instant.now(clock);
        // The upsert of the recipient's row assigns the sequence and holds its lock until commit, so sequence
        // order is commit order per recipient; a message that is already there takes no number.
        em.createNativeQuery("""
                with fresh as (select 1 where not exists (select 1 from outbox_message where id = ?1)),
                     seq as (insert into outbox_recipient (channel, recipient, last_sequence)
                             select ?4, ?5, 1 from fresh
                             on conflict (channel, recipient)
                             do update set last_sequence = outbox_recipient.last_sequence + 1
                             returning last_sequence)
                insert into outbox_message (id, topic, event_key, channel, recipient, sequence, subject, body, data,
                                            status, attempts, created_at, next_attempt_at)
                select ?1, ?2, ?3, ?4, ?5, seq.last_sequence, ?6, ?7, cast(?8 as jsonb), 'PENDING', 0, ?9, ?9 from seq
                on conflict (id) do nothing""")
                .setParameter(1, id).setParameter(2, message.topic()).setParameter(3, message.eventKey())
                .setParameter(4, to.channel().name()).setParameter(5, to.address())
                .setParameter(6, subjectLine(message.subject())).setParameter(7, message.text())
                .setParameter(8, json(message.data())).setParameter(9, now)
                .executeUpdate();
        return id;
    }

    /** The webhook of notifications.webhook-url, if set. */
    public Optional<Recipient> configuredWebhook() {
        return config.webhookUrl().filter(url -> !url.isBlank()).map(Recipient::webhook);
    }

    /** The stable id of a message: the same event for the same recipient always gets the same id. */
    public static UUID messageId(String topic, String eventKey, Recipient to) {
        String name = topic + "\n" + eventKey + "\n" + to.channel() + "\n" + to.address();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private String json(Object data) {
        JsonNode node = data == null ? mapper.createObjectNode() : mapper.valueToTree(data);
        if (!node.isObject()) {
            throw new IllegalArgumentException("message data must be a JSON object, not " + node.getNodeType());
        }
        return node.toString();
    }

    private static String subjectLine(String subject) {
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1) + "…";
    }
}
