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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Delivery for 135号 reminders: the monthly job writes each reminder and its outbox message in one
 * transaction, one message per unit per period to the webhook (notifications.webhook-url); a receiver that is down
 * gets them once it is back, in order; a replayed period enqueues nothing again.
 *
 * <p>One receiver's messages go out in order, so a message another test queued for the shared test webhook would
 * hold this test's back: the test has a webhook of its own (a free port, its own path: {@link OwnWebhook}) and so
 * sees, and delivers, only its own reminders.
 */
@QuarkusTest
@TestProfile(ReminderOutboxTest.OwnWebhook.class)
class ReminderOutboxTest {
    /** notifications.webhook-url on a port nobody else uses and a path of this test's own. */
    public static class OwnWebhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notifications.webhook-url",
                    WebhookReceiver.url(WebhookReceiver.freePort(), "/reminder-outbox-test"));
        }
    }

    @Inject
    OutboxDispatcher dispatcher;
    @ConfigProperty(name = "notifications.webhook-url")
    String webhook;

    private int port() {
        return URI.create(webhook).getPort();
    }

    private String path() {
        return URI.create(webhook).getPath();
    }

    private static long messages(String period) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("eventKey like ?1",
                "reminder-" + period + "-unit-%"));
    }

    private List<WebhookReceiver.Received> of(WebhookReceiver hook, String period) {
        return hook.received(path()).stream().filter(r -> r.body().path("data").path("period").asText().equals(period))
                .toList();
    }

    @Test
    void eachReminderReachesTheWebhookOnceInOrderAfterTheReceiverComesBack() {
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

        try (WebhookReceiver hook = WebhookReceiver.start(port())) {
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofHours(2)));
            List<WebhookReceiver.Received> got = of(hook, "2017-09");
            assertEquals(units, got.size());
            assertEquals(units, hook.received().size(), "its own webhook receives this test's reminders, nothing else");
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
