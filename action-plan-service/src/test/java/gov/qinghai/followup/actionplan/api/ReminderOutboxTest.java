package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Delivery for 135号 reminders: the monthly job writes each reminder and its outbox message in one
 * transaction, one message per unit per period to the webhook (%test: 127.0.0.1:18283); a receiver that is down
 * gets them once it is back, in order; a replayed period enqueues nothing again.
 */
@QuarkusTest
class ReminderOutboxTest {
    private static final int PORT = 18283;
    private static final String PATH = "/action-plan-hook";
    @Inject
    OutboxDispatcher dispatcher;

    private static long messages(String period) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("eventKey like ?1",
                "reminder-" + period + "-unit-%"));
    }

    private static List<WebhookReceiver.Received> of(WebhookReceiver hook, String period) {
        return hook.received(PATH).stream().filter(r -> r.body().path("data").path("period").asText().equals(period))
                .toList();
    }

    @Test
    void eachReminderReachesTheWebhookOnceInOrderAfterTheReceiverComesBack() {
        // messages other tests queued for this receiver hold later ones back (one receiver's messages go in order):
        // deliver them first, so that this test's pass with the receiver down meets this test's reminders
        try (WebhookReceiver earlier = WebhookReceiver.start(PORT)) {
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(30)));
        }
        int units = runJob("monthly-reminders", "2017-10-01").then().statusCode(200).body("period", equalTo("2017-09"))
                .body("ran", equalTo(true)).extract().path("items");
        assertTrue(units > 0);
        assertEquals(units, messages("2017-09"), "one message per unit for the period");
        as(Tokens.viewer()).queryParam("period", "2017-09").queryParam("size", 200).get("/api/v1/reminders").then()
                .body("total", equalTo(units)).body("items.delivery", everyItem(equalTo("PENDING")));

        // the receiver is down: nothing is delivered, nothing is lost
        OutboxDispatcher.Outcome down = dispatcher.dispatchDue(Instant.now());
        assertEquals(0, down.delivered());
        assertTrue(down.failed() >= 1);

        try (WebhookReceiver hook = WebhookReceiver.start(PORT)) {
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofHours(2)));
            List<WebhookReceiver.Received> got = of(hook, "2017-09");
            assertEquals(units, got.size());
            Set<String> ids = got.stream().map(WebhookReceiver.Received::id).collect(Collectors.toSet());
            assertEquals(units, ids.size(), "each unit once");
            got.forEach(r -> assertEquals(r.id(), r.idempotencyKey()));
            List<Long> sequence = got.stream().map(WebhookReceiver.Received::sequence).toList();
            assertEquals(sequence.stream().sorted().toList(), sequence, "delivered in order");
            // 海东市政府 owes 任务13、30、42 (no 牵头单位; 各市州… and 相关市州人民政府)
            WebhookReceiver.Received haidong = got.stream()
                    .filter(r -> r.body().path("data").path("unit").asText().equals("海东市政府")).findFirst().orElseThrow();
            assertEquals("[13,30,42]", haidong.body().path("data").path("taskNumbers").toString());
            assertTrue(haidong.body().path("text").asText().contains("2017-10-05"), haidong.body().toString());
            as(Tokens.viewer()).queryParam("period", "2017-09").queryParam("size", 200).get("/api/v1/reminders").then()
                    .body("items.delivery", everyItem(equalTo("SENT")));

            // a replay of the period enqueues nothing again, and nothing more arrives
            runJob("monthly-reminders", "2017-10-15").then().statusCode(200).body("ran", equalTo(false));
            assertEquals(units, messages("2017-09"));
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofHours(3)));
            assertEquals(units, of(hook, "2017-09").size());
        }
    }
}
