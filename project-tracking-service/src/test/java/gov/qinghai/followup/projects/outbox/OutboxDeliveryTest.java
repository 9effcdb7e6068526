package gov.qinghai.followup.projects.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Delivery: the outbox of service-common, in this service's schema. Each test has its own recipients
 * (paths with a random part) on its own receiver; the dispatcher is called for a time instead of waited for.
 */
@QuarkusTest
class OutboxDeliveryTest {
    private static final String TOPIC = "outbox-test";

    @Inject
    Outbox outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MeterRegistry metrics;
    @Inject
    EntityManager em;

    /** The age the outbox alert reads: seconds since the oldest undelivered message was queued, set by each dispatch. */
    @Test
    void aDispatchPublishesTheAgeOfTheOldestUndeliveredMessage() {
        Recipient to = Recipient.webhook("http://127.0.0.1:9/aged/" + UUID.randomUUID());
        UUID id = enqueue(to, "aged");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_message set created_at = created_at - interval '3 hours' where id = ?1")
                .setParameter(1, id).executeUpdate());
        dispatcher.dispatchDue(Instant.now()); // nobody listens on port 9: the message stays undelivered
        assertEquals(OutboxMessage.Status.PENDING, stored(id).status, "tried, failed, waiting for its retry");
        assertEquals(1, stored(id).attempts);
        double age = metrics.get("outbox.messages.oldest.undelivered.age").gauge().value();
        assertTrue(age >= 3 * 3600, "at least the 3 h of the message queued 3 h ago: " + age);
    }

    @Test
    void aReceiverDownForAWhileGetsEveryMessageOnceBackInOrderEachIdOnce() {
        int port = WebhookReceiver.freePort();
        String path = "/down-then-back/" + UUID.randomUUID();
        Recipient to = Recipient.webhook(WebhookReceiver.url(port, path));
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(enqueue(to, "event-" + i));
        }
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

        dispatcher.dispatchDue(t0); // nobody listens: the first message fails, the others wait behind it
        assertEquals(1, stored(ids.get(0)).attempts);
        assertNotNull(stored(ids.get(0)).lastError);
        for (UUID later : ids.subList(1, 5)) {
            assertEquals(0, stored(later).attempts, "nothing newer while the first is undelivered");
        }
        dispatcher.dispatchDue(t0.plusSeconds(30)); // inside the back-off: not tried again
        assertEquals(1, stored(ids.get(0)).attempts);
        dispatcher.dispatchDue(t0.plus(Duration.ofMinutes(1)));
        assertEquals(2, stored(ids.get(0)).attempts);

        try (WebhookReceiver receiver = WebhookReceiver.start(port)) {
            dispatcher.dispatchDue(t0.plus(Duration.ofHours(2)));
            dispatcher.dispatchDue(t0.plus(Duration.ofHours(3))); // nothing left to send
            List<WebhookReceiver.Received> got = receiver.received(path);
            assertEquals(ids.stream().map(UUID::toString).toList(), got.stream().map(WebhookReceiver.Received::id).toList(),
                    "every message, in order, each once");
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), got.stream().map(WebhookReceiver.Received::sequence).toList());
            got.forEach(r -> assertEquals(r.id(), r.idempotencyKey(), "the id is also the Idempotency-Key header"));
            assertEquals("event-3", got.get(2).body().path("eventKey").asText());
            assertEquals(3, got.get(2).body().path("data").path("n").asInt());
        }
        ids.forEach(id -> assertEquals(OutboxMessage.Status.SENT, stored(id).status));
        assertEquals(3, stored(ids.get(0)).attempts);
        assertEquals(1, stored(ids.get(4)).attempts);
    }

    @Test
    void aRolledBackEventLeavesNoMessageAndTakesNoSequenceNumber() {
        Recipient to = Recipient.webhook("http://127.0.0.1:9/rollback/" + UUID.randomUUID());
        UUID id = Outbox.messageId(TOPIC, "rolled-back", to);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(to, message("rolled-back"));
            throw new IllegalStateException("the event fails after its message was enqueued");
        }));
        assertEquals(0, count("id", id));
        assertEquals(1, stored(enqueue(to, "committed")).sequence);
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        Recipient to = Recipient.webhook("http://127.0.0.1:9/no-transaction");
        assertThrows(TransactionalException.class, () -> outbox.enqueue(to, message("no-transaction")));
    }

    @Test
    void enqueueingTheSameEventAgainAddsNothing() {
        Recipient to = Recipient.webhook("http://127.0.0.1:9/replayed/" + UUID.randomUUID());
        UUID first = enqueue(to, "replayed");
        UUID again = enqueue(to, "replayed");
        assertEquals(first, again);
        assertEquals(1, count("recipient", to.address()));
        assertEquals(2, stored(enqueue(to, "next")).sequence, "the replay took no sequence number");
    }

    @Test
    void twoDispatchersAtOnceNeverSendOneMessageTwice() throws Exception {
        // 12 recipients x 5 messages; a pass locks at most notifications.batch-size (10 in tests) queue heads,
        // so neither dispatcher can take every recipient. The receiver holds the first request until a second
        // one arrives: proof that both dispatchers were sending at the same time.
        CountDownLatch twoSending = new CountDownLatch(2);
        String run = UUID.randomUUID().toString();
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            receiver.onRequest(r -> {
                twoSending.countDown();
                await(twoSending);
            });
            List<Recipient> recipients = new ArrayList<>();
            for (int r = 0; r < 12; r++) {
                recipients.add(Recipient.webhook(receiver.url("/concurrent/" + run + "/" + r)));
            }
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> all = new ArrayList<>();
                for (int n = 1; n <= 5; n++) {
                    for (Recipient to : recipients) {
                        all.add(outbox.enqueue(to, message("concurrent-" + n)));
                    }
                }
                return all;
            });

            Instant now = Instant.now();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<OutboxDispatcher.Outcome>> runs = new ArrayList<>();
                for (int d = 0; d < 2; d++) {
                    runs.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return dispatcher.dispatchDue(now);
                    }));
                }
                for (Future<OutboxDispatcher.Outcome> f : runs) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertEquals(0, twoSending.getCount(), "both dispatchers were sending at the same time");
            List<WebhookReceiver.Received> got = receiver.received().stream()
                    .filter(r -> r.path().startsWith("/concurrent/" + run + "/")).toList();
            assertEquals(60, got.size());
            assertEquals(new HashSet<>(ids.stream().map(UUID::toString).toList()),
                    new HashSet<>(got.stream().map(WebhookReceiver.Received::id).toList()), "each message exactly once");
            for (Recipient to : recipients) {
                String path = to.address().substring(to.address().indexOf("/concurrent/"));
                assertEquals(LongStream.rangeClosed(1, 5).boxed().toList(),
                        receiver.received(path).stream().map(WebhookReceiver.Received::sequence).toList(),
                        "in order for " + path);
            }
            ids.forEach(id -> assertEquals(1, stored(id).attempts));
        }
    }

    @Test
    void backOffDoublesAfterEachFailedAttempt() {
        Recipient to = Recipient.webhook(WebhookReceiver.url(WebhookReceiver.freePort(), "/never-up/" + UUID.randomUUID()));
        UUID id = enqueue(to, "never-delivered");
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            dispatcher.dispatchDue(t);
            OutboxMessage m = stored(id);
            assertEquals(attempt, m.attempts);
            assertEquals(OutboxMessage.Status.PENDING, m.status);
            waits.add(Duration.between(t, m.nextAttemptAt));
            t = m.nextAttemptAt;
        }
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8)), waits);
    }

    private UUID enqueue(Recipient to, String eventKey) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(to, message(eventKey)));
    }

    private static Outbox.Message message(String eventKey) {
        int n = eventKey.matches(".*-\\d+") ? Integer.parseInt(eventKey.replaceAll(".*-", "")) : 0;
        return new Outbox.Message(TOPIC, eventKey, "测试 " + eventKey, "正文 " + eventKey, Map.of("n", n));
    }

    private static OutboxMessage stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
    }

    private static long count(String field, Object value) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(field, value));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(4, TimeUnit.SECONDS), "a second dispatcher sent something within 4 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
