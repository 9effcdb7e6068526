package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.testing.EventChecks;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Business events of medical alliances (docs/events.md): the shared checks of service-common, and the referral
 * events, which name institutions and never the patient, readable in the feed by admins and supervisors only.
 */
@QuarkusTest
class EventsTest {
    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void anEventIsPublishedOncePerCommitAndNeverOnRollback() {
        EventChecks.anEventIsPublishedOncePerCommitAndNeverOnRollback();
    }

    @Test
    void aLateCommittingEventIsNotSkippedByAReaderThatReadPastIt() throws Exception {
        EventChecks.aLateCommittingEventIsNotSkippedByAReaderThatReadPastIt();
    }

    @Test
    void aReceiverThatWasDownGetsEverythingInOrderAndTheFeedReplaysTheSame() {
        EventChecks.aReceiverThatWasDownGetsEverythingInOrderAndTheFeedReplaysTheSame();
    }

    @Test
    void aFailingSubscriptionIsPausedVisiblyAndResumeDeliversWhatQueued() {
        EventChecks.aFailingSubscriptionIsPausedVisiblyAndResumeDeliversWhatQueued();
    }

    @Test
    void aRotatedSecretSignsAndThePreviousOneStillVerifiesDuringTheGrace() {
        EventChecks.aRotatedSecretSignsAndThePreviousOneStillVerifiesDuringTheGrace();
    }

    @Test
    void theRetentionJobDeletesOldEventsAndAnOlderCursorIsGone() {
        EventChecks.theRetentionJobDeletesOldEventsAndAnOlderCursorIsGone();
    }

    @Test
    void subscriptionsAreForAdminsAndBadInputNamesTheField() {
        EventChecks.subscriptionsAreForAdminsAndBadInputNamesTheField("海东市第一人民医院");
    }

    @Test
    void referralStepsArePublishedWithoutThePatientAndAViewersFeedCarriesNoneOfThem() {
        Api.CountyCommunity c = Api.countyCommunity();
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            String path = "/referrals/" + Api.unique("hook");
            EventChecks.subscribe(receiver.url(path), EventChecks.type("referral.requested"),
                    EventChecks.type("referral.accepted"), EventChecks.type("referral.completed"));
            String cursor = EventChecks.feedEnd();
            JsonPath created = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(true))
                    .then().statusCode(201).extract().jsonPath();
            long id = created.getLong("id");
            String patientRef = created.getString("patientRef");
            post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/accept", "{\"version\":0}")
                    .then().statusCode(200);
            post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/start", "{\"version\":1}")
                    .then().statusCode(200);
            post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/complete", "{\"version\":2,"
                    + "\"feedback\":\"已好转,转回乡镇随访\"}").then().statusCode(200);
            dispatcher.dispatchDue(Instant.now().plusSeconds(1));

            List<String> delivered = receiver.received(path).stream().map(r -> r.body().path("type").asText()).toList();
            assertEquals(List.of(EventChecks.type("referral.requested"), EventChecks.type("referral.accepted"),
                    EventChecks.type("referral.completed")), delivered, "each step once, in order (start is not subscribed)");
            assertEquals(id, receiver.received(path).get(0).body().path("data").path("referralId").asLong());
            receiver.received(path).forEach(r -> {
                assertFalse(r.raw().contains(patientRef), "no patient reference in a delivery");
                assertFalse(r.raw().toLowerCase().contains("patient"), r.raw());
            });

            JsonPath admin = EventChecks.feed(cursor, Tokens.admin());
            assertEquals(List.of("referrals/" + id, "referrals/" + id, "referrals/" + id),
                    admin.getList("items.event.subject").stream().filter(("referrals/" + id)::equals).toList());
            assertEquals(c.countyName(), admin.getString("items.find { it.event.type == '"
                    + EventChecks.type("referral.accepted") + "' }.event.data.toInstitution.name"));
            String viewerFeed = EventChecks.feed(cursor, Tokens.viewer()).prettify();
            assertFalse(viewerFeed.contains("referrals/" + id), "a viewer may not read referrals: none in its feed");
            assertFalse(viewerFeed.contains(patientRef));
            assertFalse(viewerFeed.toLowerCase().contains("patient"), viewerFeed);
            String reporterFeed = EventChecks.feed(cursor, Tokens.reporter(c.townshipName())).prettify();
            assertFalse(reporterFeed.contains(patientRef));
            assertTrue(EventChecks.feed(cursor, Tokens.supervisor()).prettify().contains("referrals/" + id));
        }
    }
}
