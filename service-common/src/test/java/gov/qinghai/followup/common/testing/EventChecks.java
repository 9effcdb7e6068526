package gov.qinghai.followup.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.events.Events;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.WebhookSigning;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The events of service-common (common.events: Events, the change feed, subscriptions, signed deliveries through
 * the outbox) exercised in a running service against its PostgreSQL schema; a service's {@code @QuarkusTest} calls
 * these, one per test method. Each check publishes the shared {@code period-report.*} events with a subject of its
 * own, creates its own subscriptions on its own {@link WebhookReceiver}, and calls
 * {@link OutboxDispatcher#dispatchDue} for a time instead of waiting for the scheduler. The test profile pauses a
 * subscription after 3 failures in a row ({@code %test.qinghai.events.pause-after-failures}).
 */
public final class EventChecks {
    public static final String STORED = "period-report.stored";
    /** Only the concurrency check publishes it and nobody subscribes to it: no outbox row lock is shared. */
    public static final String REGENERATED = "period-report.regenerated";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private EventChecks() {
    }

    /** A committed change publishes its event once (feed and delivery); a rolled-back one publishes nothing. */
    public static void anEventIsPublishedOncePerCommitAndNeverOnRollback() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            String path = "/once/" + UUID.randomUUID();
            JsonPath sub = subscribe(receiver.url(path), type(STORED));
            String cursor = feedEnd();
            String committed = "period-reports/test/" + UUID.randomUUID();
            String rolledBack = "period-reports/test/" + UUID.randomUUID();
            publish(STORED, committed);
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                events().publish(STORED, rolledBack, Map.of("kind", "test"));
                throw new IllegalStateException("the change fails after its event was published");
            }));
            dispatcher().dispatchDue(Instant.now().plusSeconds(1));
            List<String> subjects = feedSubjects(cursor, Tokens.admin());
            assertEquals(1, subjects.stream().filter(committed::equals).count(), "once in the feed");
            assertFalse(subjects.contains(rolledBack), "a rolled-back change leaves no event");
            List<String> delivered = receiver.received(path).stream().map(r -> r.body().path("subject").asText()).toList();
            assertEquals(List.of(committed), delivered, "delivered once, the rolled-back one never");
            assertNotNull(sub.getString("secret"));
        }
    }

    /**
     * Two transactions committing out of order: the one that inserted first (smaller insert number) commits last. A
     * reader that read up to the first commit still gets the late one after its cursor: the cursor is given after
     * commit (EventSequencer), not at insert.
     */
    public static void aLateCommittingEventIsNotSkippedByAReaderThatReadPastIt() throws Exception {
        String cursor = feedEnd();
        String early = "period-reports/late/" + UUID.randomUUID();
        String late = "period-reports/late/" + UUID.randomUUID();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            events().publish(REGENERATED, late, Map.of("kind", "test"));
            inserted.countDown();
            await(commit);
        }));
        assertTrue(inserted.await(30, TimeUnit.SECONDS));
        publish(REGENERATED, early);
        JsonPath first = feed(cursor, Tokens.admin());
        List<String> seen = first.getList("items.event.subject");
        assertTrue(seen.contains(early) && !seen.contains(late), "only the committed event is readable: " + seen);
        String afterEarly = first.getString("nextCursor");
        commit.countDown();
        slow.get(30, TimeUnit.SECONDS);
        assertTrue(Sql.count(dataSource(), "select seq from event_log where subject = ?", late)
                < Sql.count(dataSource(), "select seq from event_log where subject = ?", early),
                "the late transaction inserted first: an insert-number cursor would have skipped it");
        List<String> next = feedSubjects(afterEarly, Tokens.admin());
        assertTrue(next.contains(late), "the late commit comes after the cursor the reader holds: " + next);
    }

    /**
     * A receiver that answers 503 for a while gets every event afterwards, in order, each signed with the
     * subscription's secret (and not with another, nor accepted with an old timestamp); the feed replays the same
     * events, same ids, same order, from the cursor read before them.
     */
    public static void aReceiverThatWasDownGetsEverythingInOrderAndTheFeedReplaysTheSame() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            receiver.answer(r -> 503);
            String path = "/down/" + UUID.randomUUID();
            String secret = subscribe(receiver.url(path), type(STORED)).getString("secret");
            String cursor = feedEnd();
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                ids.add(publish(STORED, "period-reports/down/" + i + "/" + UUID.randomUUID()).toString());
            }
            Instant t0 = Instant.now();
            dispatcher().dispatchDue(t0.plusSeconds(1));
            dispatcher().dispatchDue(t0.plus(Duration.ofMinutes(30)));
            assertEquals(List.of(ids.get(0), ids.get(0)), eventIds(receiver, path), "only the oldest is tried");
            receiver.answer(r -> 204);
            dispatcher().dispatchDue(t0.plus(Duration.ofHours(2)));
            List<String> got = eventIds(receiver, path);
            assertEquals(ids, got.subList(2, got.size()), "everything, in order, once the receiver is back");

            Instant now = Instant.now(Arc.container().instance(Clock.class).get());
            for (WebhookReceiver.Received r : receiver.received(path)) {
                String id = r.header("webhook-id");
                String ts = r.header("webhook-timestamp");
                String sig = r.header("webhook-signature");
                assertTrue(sig.startsWith("v1,"), sig);
                assertTrue(r.header("content-type").startsWith("application/cloudevents+json"));
                assertTrue(WebhookSigning.verify(secret, id, ts, r.raw(), sig, now, TOLERANCE), "verifies with the secret");
                assertFalse(WebhookSigning.verify(WebhookSigning.newSecret(), id, ts, r.raw(), sig, now, TOLERANCE),
                        "fails with another secret");
                assertFalse(WebhookSigning.verify(secret, id, ts, r.raw(), sig, now.plus(Duration.ofMinutes(6)),
                        TOLERANCE), "a delivery replayed six minutes later is refused");
                assertEquals("1.0", r.body().path("specversion").asText());
            }
            JsonPath replay = feed(cursor, Tokens.admin());
            List<String> replayed = new ArrayList<>(replay.getList("items.event.id"));
            replayed.retainAll(ids);
            assertEquals(ids, replayed, "the feed replays the same events in the same order");
        }
    }

    /**
     * Deliveries failing 3 times in a row pause the subscription: visible (state, reason, failures, last error,
     * queued), nothing tried meanwhile, events still queued; resume delivers what queued, in order.
     */
    public static void aFailingSubscriptionIsPausedVisiblyAndResumeDeliversWhatQueued() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            receiver.answer(r -> 503);
            String path = "/paused/" + UUID.randomUUID();
            String id = subscribe(receiver.url(path), type(STORED)).getString("subscription.id");
            String first = publish(STORED, "period-reports/paused/" + UUID.randomUUID()).toString();
            Instant t0 = Instant.now();
            for (int hours = 0; hours < 3; hours++) {
                dispatcher().dispatchDue(t0.plus(Duration.ofHours(hours)).plusSeconds(1));
            }
            JsonPath paused = admin().get("/api/v1/subscriptions/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals("PAUSED", paused.getString("state"));
            assertEquals("FAILURES", paused.getString("pausedReason"));
            assertEquals(3, paused.getInt("consecutiveFailures"));
            assertTrue(paused.getString("lastError").contains("503"), paused.getString("lastError"));
            String second = publish(STORED, "period-reports/paused/" + UUID.randomUUID()).toString();
            dispatcher().dispatchDue(t0.plus(Duration.ofDays(1)));
            assertEquals(3, receiver.received(path).size(), "a paused subscription is not tried");
            assertEquals(2, admin().get("/api/v1/subscriptions/" + id).then().extract().jsonPath().getInt("queued"),
                    "its events queue, none dropped");
            List<String> listed = admin().queryParam("size", 200).get("/api/v1/subscriptions").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertTrue(listed.contains(id));

            receiver.answer(r -> 204);
            JsonPath resumed = admin().post("/api/v1/subscriptions/" + id + "/resume").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals("ACTIVE", resumed.getString("state"));
            assertEquals(0, resumed.getInt("consecutiveFailures"));
            dispatcher().dispatchDue(Instant.now().plusSeconds(1));
            List<String> got = eventIds(receiver, path);
            assertEquals(List.of(first, second), got.subList(3, got.size()), "what queued, in order");
            assertEquals(0, admin().get("/api/v1/subscriptions/" + id).then().extract().jsonPath().getInt("queued"));
        }
    }

    /** After a rotation a delivery verifies with the new and, during the grace period, with the previous secret. */
    public static void aRotatedSecretSignsAndThePreviousOneStillVerifiesDuringTheGrace() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            String path = "/rotate/" + UUID.randomUUID();
            JsonPath created = subscribe(receiver.url(path), type(STORED));
            String old = created.getString("secret");
            String id = created.getString("subscription.id");
            JsonPath rotated = admin().post("/api/v1/subscriptions/" + id + "/rotate-secret").then().statusCode(200)
                    .extract().jsonPath();
            String fresh = rotated.getString("secret");
            assertNotNull(rotated.getString("previousSecretValidUntil"));
            assertFalse(admin().get("/api/v1/subscriptions/" + id).then().extract().asString().contains(fresh),
                    "a secret is shown once");
            publish(STORED, "period-reports/rotate/" + UUID.randomUUID());
            dispatcher().dispatchDue(Instant.now().plusSeconds(1));
            WebhookReceiver.Received r = receiver.received(path).get(0);
            Instant now = Instant.now(Arc.container().instance(Clock.class).get());
            for (String secret : List.of(fresh, old)) {
                assertTrue(WebhookSigning.verify(secret, r.header("webhook-id"), r.header("webhook-timestamp"), r.raw(),
                        r.header("webhook-signature"), now, TOLERANCE));
            }
        }
    }

    /**
     * The events-purge job deletes events older than the retention (90 days) and a cursor from before them is then
     * 410 event-cursor-expired naming after, never a silent gap; a read without after starts at the oldest kept.
     */
    public static void theRetentionJobDeletesOldEventsAndAnOlderCursorIsGone() {
        String before = feedEnd();
        String subject = "period-reports/old/" + UUID.randomUUID();
        UUID id = publish(STORED, subject);
        String after = feedEnd();
        Sql.execute(dataSource(), "update event_log set time = time - interval '200 days' where id = '" + id + "'");
        java.time.LocalDate today = java.time.LocalDate.now(Arc.container().instance(Clock.class).get());
        // a day after today that no other test runs the purge for (one caller per module: medical EventsTest)
        String date = today.plusDays(30).toString();
        admin().queryParam("date", date).post("/api/v1/admin/jobs/events-purge/run").then().statusCode(200)
                .body("ran", org.hamcrest.Matchers.equalTo(true));
        assertEquals(0, Sql.count(dataSource(), "select count(*) from event_log where id = '" + id + "'"));
        String gone = admin().queryParam("after", before).get("/api/v1/events").then().statusCode(410)
                .contentType("application/problem+json").extract().asString();
        assertTrue(gone.contains("\"field\":\"after\"") && gone.contains("event-cursor-expired"), gone);
        admin().queryParam("after", after).get("/api/v1/events").then().statusCode(200);
        assertFalse(admin().queryParam("size", 200).get("/api/v1/events").then().statusCode(200).extract().asString()
                .contains(subject));
    }

    /** Only admins manage subscriptions; a bad URL is 400 naming url, an unknown event type 422 naming eventTypes. */
    public static void subscriptionsAreForAdminsAndBadInputNamesTheField(String reporterUnit) {
        Map<String, Object> body = Map.of("url", "https://ducha.qinghai.gov.cn/hooks", "eventTypes", List.of(type(STORED)));
        for (String token : List.of(Tokens.viewer(), Tokens.supervisor(), Tokens.reporter(reporterUnit))) {
            given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/subscriptions").then().statusCode(403);
            given().header("Authorization", Tokens.bearer(token)).get("/api/v1/subscriptions").then().statusCode(403);
        }
        String badUrl = admin().contentType(ContentType.JSON).body(Map.of("url", "ftp://x", "eventTypes",
                List.of(type(STORED)))).post("/api/v1/subscriptions").then().statusCode(400).extract().asString();
        assertTrue(badUrl.contains("\"url\""), badUrl);
        String unknown = admin().contentType(ContentType.JSON).body(Map.of("url", "https://ducha.qinghai.gov.cn/hooks",
                "eventTypes", List.of("gov.qinghai.followup.nothing.v1"))).post("/api/v1/subscriptions").then()
                .statusCode(422).extract().asString();
        assertTrue(unknown.contains("\"field\":\"eventTypes\""), unknown);
        admin().contentType(ContentType.JSON).body(Map.of("url", "https://ducha.qinghai.gov.cn/hooks", "eventTypes",
                List.of(type(STORED)), "prefecture", "北京市")).post("/api/v1/subscriptions").then().statusCode(400);
    }

    /**
     * For a service's {@link CrossUnitCheck}: a reporter gets 403 on every write of the subscriptions API (admins
     * only). Adds 4 cases.
     */
    public static CrossUnitCheck refuseSubscriptionWrites(CrossUnitCheck check, String reporterToken) {
        String id = UUID.randomUUID().toString();
        check.refused("POST /api/v1/subscriptions", () -> given().header("Authorization", Tokens.bearer(reporterToken))
                .contentType(ContentType.JSON).body(Map.of("url", "https://ducha.qinghai.gov.cn/hooks", "eventTypes",
                        List.of(type(STORED)))).post("/api/v1/subscriptions"));
        for (String action : List.of("pause", "resume", "rotate-secret")) {
            check.refused("POST /api/v1/subscriptions/{id}/" + action, () -> given()
                    .header("Authorization", Tokens.bearer(reporterToken)).post("/api/v1/subscriptions/" + id + "/" + action));
        }
        return check;
    }

    /** The full type of an event of the service's catalogue. */
    public static String type(String name) {
        return events().catalogue().type(name);
    }

    public static UUID publish(String name, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> events().publish(name, subject, Map.of("kind", "test")));
    }

    public static JsonPath subscribe(String url, String... types) {
        return admin().contentType(ContentType.JSON).body(Map.of("url", url, "eventTypes", List.of(types)))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    /** The feed's cursor after its last event. */
    public static String feedEnd() {
        String cursor = null;
        while (true) {
            RequestSpecification r = admin().queryParam("size", 200);
            if (cursor != null) {
                r.queryParam("after", cursor);
            }
            JsonPath page = r.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    public static JsonPath feed(String after, String token) {
        return given().header("Authorization", Tokens.bearer(token)).queryParam("after", after).queryParam("size", 200)
                .get("/api/v1/events").then().statusCode(200).extract().jsonPath();
    }

    public static List<String> feedSubjects(String after, String token) {
        return feed(after, token).getList("items.event.subject");
    }

    static List<String> eventIds(WebhookReceiver receiver, String path) {
        return receiver.received(path).stream().map(r -> r.body().path("id").asText()).toList();
    }

    static Events events() {
        return Arc.container().instance(Events.class).get();
    }

    static OutboxDispatcher dispatcher() {
        return Arc.container().instance(OutboxDispatcher.class).get();
    }

    static javax.sql.DataSource dataSource() {
        return Arc.container().instance(javax.sql.DataSource.class).get();
    }

    static RequestSpecification admin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
