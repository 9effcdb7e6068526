package gov.qinghai.followup.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.events.Events;
import gov.qinghai.followup.common.events.SealedSecrets;
import gov.qinghai.followup.common.events.SecretCipher;
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
     * The stored row holds the signing secrets sealed (AES-GCM, common.events.SecretCipher), never in plain text, yet
     * deliveries verify with the secret shown at creation; after a rotation both stored secrets are sealed and a
     * delivery verifies with either. A row stored in plain text before sealing existed is sealed at start
     * (SealedSecrets.sealAndCheck) and goes on verifying with the same secret.
     */
    public static void secretsAreSealedAtRestAndDeliveriesStillVerify() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            String path = "/sealed/" + UUID.randomUUID();
            JsonPath created = subscribe(receiver.url(path), type(STORED));
            String id = created.getString("subscription.id");
            String old = created.getString("secret");
            String[] stored = storedSecrets(id);
            assertTrue(stored[0].startsWith("v1:") && stored[1] == null, String.join(" ", stored[0]));
            assertFalse(stored[0].contains(old) || stored[0].contains(old.substring("whsec_".length())),
                    "the row does not hold the secret");
            String fresh = admin().post("/api/v1/subscriptions/" + id + "/rotate-secret").then().statusCode(200)
                    .extract().path("secret");
            stored = storedSecrets(id);
            for (String value : stored) {
                assertTrue(value.startsWith("v1:"), value);
                for (String secret : List.of(old, fresh)) {
                    assertFalse(value.contains(secret.substring("whsec_".length())), "no secret in the row");
                }
            }
            publish(STORED, "period-reports/sealed/" + UUID.randomUUID());
            dispatcher().dispatchDue(Instant.now().plusSeconds(1));
            assertVerifies(receiver.received(path).get(0), fresh, old);

            // a row from before sealing: plain text, sealed at the next start, still the same secret
            String plain = WebhookSigning.newSecret();
            updateSecret(id, plain);
            assertTrue(sealedSecrets().sealAndCheckInTransaction() >= 1);
            assertTrue(storedSecrets(id)[0].startsWith("v1:"), "sealed at start");
            publish(STORED, "period-reports/sealed/" + UUID.randomUUID());
            dispatcher().dispatchDue(Instant.now().plusSeconds(2));
            assertVerifies(receiver.received(path).get(1), plain);
        }
    }

    /**
     * A secret sealed with another key than EVENTS_SECRET_KEY: the delivery fails naming the setting and nothing is
     * sent (never unsigned), a start would refuse naming the setting and the subscription; with its own value back the
     * queued event is delivered, signed.
     */
    public static void aSecretSealedWithAnotherKeyFailsClearlyAndIsNeverSentUnsigned() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            String path = "/wrong-key/" + UUID.randomUUID();
            JsonPath created = subscribe(receiver.url(path), type(STORED));
            String id = created.getString("subscription.id");
            String stored = storedSecrets(id)[0];
            java.nio.file.Path keyFile = java.nio.file.Files.createTempFile("other-events", ".key");
            byte[] other = new byte[32];
            new java.security.SecureRandom().nextBytes(other);
            java.nio.file.Files.writeString(keyFile, java.util.Base64.getEncoder().encodeToString(other));
            updateSecret(id, SecretCipher.at(keyFile.toString()).seal(UUID.fromString(id), WebhookSigning.newSecret()));
            java.nio.file.Files.delete(keyFile);
            Instant t0 = Instant.now();
            try {
                publish(STORED, "period-reports/wrong-key/" + UUID.randomUUID());
                dispatcher().dispatchDue(t0.plusSeconds(1));
                assertEquals(0, receiver.received(path).size(), "nothing sent, signed or unsigned");
                String lastError = admin().get("/api/v1/subscriptions/" + id).then().statusCode(200).extract()
                        .path("lastError");
                assertTrue(lastError.contains("EVENTS_SECRET_KEY") && lastError.contains(id), lastError);
                IllegalStateException atStart = assertThrows(IllegalStateException.class,
                        () -> sealedSecrets().sealAndCheckInTransaction());
                assertTrue(atStart.getMessage().contains("EVENTS_SECRET_KEY") && atStart.getMessage().contains(id),
                        atStart.getMessage());
            } finally {
                updateSecret(id, stored);
            }
            dispatcher().dispatchDue(t0.plus(Duration.ofMinutes(5)));
            assertEquals(1, receiver.received(path).size(), "delivered once the key opens it again");
            assertVerifies(receiver.received(path).get(0), created.getString("secret"));
        }
    }

    /**
     * Who changed a subscription and when (Envers, like the services' own records): create, rotate, an admin's pause
     * and resume by the admin's subject, the automatic pause after failures by system; never a secret; admins only.
     */
    public static void subscriptionChangesAreAuditedWithWhoAndWhen() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            receiver.answer(r -> 503);
            String path = "/audited/" + UUID.randomUUID();
            JsonPath created = subscribe(receiver.url(path), type(STORED));
            String id = created.getString("subscription.id");
            String fresh = admin().post("/api/v1/subscriptions/" + id + "/rotate-secret").then().statusCode(200)
                    .extract().path("secret");
            admin().post("/api/v1/subscriptions/" + id + "/pause").then().statusCode(200);
            admin().post("/api/v1/subscriptions/" + id + "/resume").then().statusCode(200);
            publish(STORED, "period-reports/audited/" + UUID.randomUUID());
            Instant t0 = Instant.now();
            for (int hours = 0; hours < 3; hours++) {
                dispatcher().dispatchDue(t0.plus(Duration.ofHours(hours)).plusSeconds(1));
            }
            String raw = admin().get("/api/v1/subscriptions/" + id + "/history").then().statusCode(200).extract()
                    .asString();
            JsonPath history = JsonPath.from(raw);
            assertEquals(List.of("ADD", "MOD", "MOD", "MOD", "MOD"), history.getList("change"), raw);
            assertEquals(List.of("admin@test", "admin@test", "admin@test", "admin@test", "system"),
                    history.getList("by"), "the admin's subject; the automatic pause by system");
            assertEquals(java.util.Arrays.asList("ACTIVE", "ACTIVE", "PAUSED", "ACTIVE", "PAUSED"),
                    history.getList("after.state"));
            assertEquals(java.util.Arrays.asList(null, null, "ADMIN", null, "FAILURES"), history.getList("after.pausedReason"));
            assertNotNull(history.getString("[1].after.secretRotatedAt"), "the rotation");
            assertNotNull(history.getString("[2].at"));
            for (String secret : List.of(created.getString("secret"), fresh)) {
                assertFalse(raw.contains(secret.substring("whsec_".length())), "never a secret");
            }
            assertFalse(raw.contains("v1:"), "never a sealed secret either");
            for (String token : List.of(Tokens.viewer(), Tokens.supervisor())) {
                given().header("Authorization", Tokens.bearer(token)).get("/api/v1/subscriptions/" + id + "/history")
                        .then().statusCode(403);
            }
            admin().get("/api/v1/subscriptions/" + UUID.randomUUID() + "/history").then().statusCode(404);
        }
    }

    private static void assertVerifies(WebhookReceiver.Received r, String... secrets) {
        Instant now = Instant.now(Arc.container().instance(Clock.class).get());
        for (String secret : secrets) {
            assertTrue(WebhookSigning.verify(secret, r.header("webhook-id"), r.header("webhook-timestamp"), r.raw(),
                    r.header("webhook-signature"), now, TOLERANCE), "verifies with " + secret.substring(0, 8) + "…");
        }
    }

    /** The stored secret and previous secret of a subscription, as in its row. */
    static String[] storedSecrets(String id) {
        try (java.sql.Connection c = dataSource().getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "select secret, previous_secret from event_subscription where id = cast(? as uuid)")) {
            ps.setString(1, id);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "subscription " + id);
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void updateSecret(String id, String value) {
        try (java.sql.Connection c = dataSource().getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "update event_subscription set secret = ? where id = cast(? as uuid)")) {
            ps.setString(1, value);
            ps.setString(2, id);
            assertEquals(1, ps.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static SealedSecrets sealedSecrets() {
        return Arc.container().instance(SealedSecrets.class).get();
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
