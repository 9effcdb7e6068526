package gov.qinghai.followup.actionplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.testing.EventChecks;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Action plan's events (docs/events.md): a 督查 with two findings publishes finding.recorded for each, in order, to a
 * subscription filtered on the first unit only that one; a viewer reads both in the feed.
 */
@QuarkusTest
class PlanEventsTest {
    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void aSupervisionPublishesEachFindingAndAUnitsSubscriptionGetsOnlyItsOwn() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            String path = "/findings/" + UUID.randomUUID();
            Api.as(Tokens.admin()).contentType("application/json").body(Map.of("url", receiver.url(path),
                    "eventTypes", List.of(EventChecks.type("finding.recorded")), "unit", "省质监局"))
                    .post("/api/v1/subscriptions").then().statusCode(201);
            String cursor = EventChecks.feedEnd();
            Api.post(Tokens.supervisor(), "/api/v1/supervisions", Api.json(Map.of("kind", "ON_SITE",
                    "heldOn", "2017-09-20", "title", "事件测试现场督查", "findings",
                    List.of(Map.of("unit", "省质监局", "taskNumber", 1, "text", "进度滞后"),
                            Map.of("unit", "海东市政府", "text", "资料不全")))))
                    .then().statusCode(201);
            dispatcher.dispatchDue(Instant.now().plusSeconds(1));

            JsonPath feed = EventChecks.feed(cursor, Tokens.viewer());
            List<Map<String, Object>> findings = feed.getList("items.findAll { it.event.type == '"
                    + EventChecks.type("finding.recorded") + "' }.event.data");
            assertEquals(List.of("省质监局", "海东市政府"), findings.stream().map(d -> d.get("unit")).toList());
            assertEquals("ON_SITE", findings.get(0).get("supervisionKind"));
            assertEquals(1, receiver.received(path).size(), "the subscription of 省质监局 gets its own finding only");
            assertTrue(receiver.received(path).get(0).raw().contains("进度滞后"));
        }
    }

    @Test
    void subscriptionSecretsAreSealedAtRestAndDeliveriesStillVerify() {
        EventChecks.secretsAreSealedAtRestAndDeliveriesStillVerify();
    }

    @Test
    void aSecretSealedWithAnotherKeyFailsClearlyAndIsNeverSentUnsigned() throws Exception {
        EventChecks.aSecretSealedWithAnotherKeyFailsClearlyAndIsNeverSentUnsigned();
    }

    @Test
    void anAdminsPauseIsInTheSubscriptionsHistoryWithTheAdminsSubject() {
        EventChecks.subscriptionChangesAreAuditedWithWhoAndWhen();
    }
}
