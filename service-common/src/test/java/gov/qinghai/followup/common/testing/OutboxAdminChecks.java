package gov.qinghai.followup.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.outbox.Recipient;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The admin outbox API of service-common ({@code /api/v1/admin/outbox}, OutboxOperations) exercised in a running
 * service against its PostgreSQL schema: a service's {@code @QuarkusTest} extends this, naming one of its reporter
 * units ({@code class OutboxAdminTest extends OutboxAdminChecks { OutboxAdminTest() { super("西宁市政府"); } }}). Each
 * check has its own recipients (a path with a random part on its own {@link WebhookReceiver}) and calls
 * {@link OutboxDispatcher#dispatchDue} for a time instead of waiting for the scheduler (off in tests).
 */
public abstract class OutboxAdminChecks {
    public static final String TOPIC = "outbox-admin-test";
    private static final String BASE = "/api/v1/admin/outbox";

    private final String reporterUnit;

    /** {@code reporterUnit}: a unit of the service a reporter token may name (for the role checks). */
    protected OutboxAdminChecks(String reporterUnit) {
        this.reporterUnit = reporterUnit;
    }

    /**
     * A message the receiver refuses for ever (HTTP 400) holds back the recipient's newer messages; the list shows
     * it failing and names it in the newer ones' blockedBy; once an admin cancels it with a reason, the next dispatch
     * delivers the newer ones in order and the cancelled one is never sent again. The cancellation is kept (who,
     * when, why; history), counted in outbox_messages_cancelled_total and no longer in outbox_messages_pending.
     */
    @Test
    public void aRefusedMessageBlocksNewerOnesUntilCancelledThenTheyAreDelivered() {
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            receiver.answer(r -> r.body().path("eventKey").asText().startsWith("refused") ? 400 : 204);
            String path = "/refused/" + UUID.randomUUID();
            Recipient to = Recipient.webhook(receiver.url(path));
            UUID refused = enqueue(to, "refused-1");
            UUID newer = enqueue(to, "newer-2");
            UUID newest = enqueue(to, "newest-3");
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

            dispatcher().dispatchDue(t0);
            dispatcher().dispatchDue(t0.plus(Duration.ofHours(2)));
            dispatcher().dispatchDue(t0.plus(Duration.ofHours(5)));
            assertEquals(List.of(refused.toString(), refused.toString(), refused.toString()), ids(receiver, path),
                    "only the refused message is tried, again and again");
            assertEquals(0, stored(newer).attempts(), "the newer message is held back");

            JsonPath failing = admin().queryParam("recipient", to.address()).queryParam("failing", true).get(BASE)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(1, failing.getInt("total"));
            assertEquals(refused.toString(), failing.getString("items[0].id"));
            assertEquals("PENDING", failing.getString("items[0].state"));
            assertEquals(3, failing.getInt("items[0].attempts"));
            assertTrue(failing.getString("items[0].lastError").contains("400"), failing.getString("items[0].lastError"));
            assertNotNull(failing.getString("items[0].nextAttemptAt"));
            assertEquals(1, failing.getInt("items[0].sequence"));
            assertNull(failing.get("items[0].blockedBy"));
            JsonPath pending = admin().queryParam("recipient", to.address()).queryParam("state", "PENDING").get(BASE)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(newest.toString(), newer.toString(), refused.toString()), pending.getList("items.id"),
                    "newest first");
            assertEquals(List.of(refused.toString(), refused.toString()), pending.getList("items[0..1].blockedBy"),
                    "the newer ones wait for the refused one");
            assertFalse(pending.getBoolean("items[0].failing"));

            double cancelledBefore = meter("outbox_messages_cancelled_total", TOPIC);
            JsonPath cancelled = admin().contentType(ContentType.JSON)
                    .body(Map.of("reason", "接收方永久拒收（HTTP 400），已电话通知对方")).post(BASE + "/" + refused + "/cancel")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("CANCELLED", cancelled.getString("state"));
            assertEquals("admin@test", cancelled.getString("cancelledBy"));
            assertEquals("接收方永久拒收（HTTP 400），已电话通知对方", cancelled.getString("cancelReason"));
            assertNotNull(cancelled.getString("cancelledAt"));
            assertNull(cancelled.get("nextAttemptAt"));
            assertEquals(cancelledBefore + 1, meter("outbox_messages_cancelled_total", TOPIC), 0.0);
            assertEquals(undeliveredInDatabase(), meter("outbox_messages_pending", null), 0.0,
                    "the pending gauge counts PENDING and FAILED, not the cancelled message");
            assertEquals(OutboxMessage.Status.CANCELLED, stored(refused).status());
            assertNull(admin().get(BASE + "/" + newer).then().statusCode(200).extract().path("blockedBy"));

            dispatcher().dispatchDue(Instant.now());
            dispatcher().dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            assertEquals(List.of(refused.toString(), refused.toString(), refused.toString(), newer.toString(),
                    newest.toString()), ids(receiver, path), "the newer ones, in order; the cancelled one never again");
            assertEquals(OutboxMessage.Status.SENT, stored(newest).status());
            assertEquals(OutboxMessage.Status.CANCELLED, stored(refused).status());
            assertEquals(3, stored(refused).attempts());

            List<Map<String, Object>> history = admin().get(BASE + "/" + refused + "/history").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertEquals(1, history.size());
            assertEquals("admin@test", history.get(0).get("by"));
            @SuppressWarnings("unchecked")
            Map<String, Object> after = (Map<String, Object>) history.get(0).get("after");
            assertEquals("接收方永久拒收（HTTP 400），已电话通知对方", after.get("cancelReason"));
            assertFalse(after.containsKey("body"), "the history holds no message content");

            problem(admin().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                    .post(BASE + "/" + refused + "/cancel"), 409, "outbox-message-cancelled");
            problem(admin().post(BASE + "/" + refused + "/retry"), 409, "outbox-message-cancelled");
            problem(admin().contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                    .post(BASE + "/" + newer + "/cancel"), 409, "outbox-message-delivered");
            problem(admin().post(BASE + "/" + newer + "/retry"), 409, "outbox-message-delivered");
            assertEquals(OutboxMessage.Status.SENT, stored(newer).status(), "a refused cancel changed nothing");
            assertEquals(1, admin().get(BASE + "/" + refused + "/history").then().extract().jsonPath()
                    .getList("$").size(), "refused requests leave no revision");
        }
    }

    /**
     * Retry makes a failing message due now and starts its back-off again: after 1, 2, 4 minutes of back-off the
     * retry answers nextAttemptAt = now, and the next failure waits 1 minute, not 8. When the receiver is back, a
     * retry gets the message delivered at the next dispatch.
     */
    @Test
    public void retryMakesAFailingMessageDueNowWithItsBackOffFromTheStart() {
        int port = WebhookReceiver.freePort();
        String path = "/retry/" + UUID.randomUUID();
        Recipient to = Recipient.webhook(WebhookReceiver.url(port, path));
        UUID id = enqueue(to, "retried-1");
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < 3; i++) {
            dispatcher().dispatchDue(t);
            t = stored(id).nextAttemptAt();
        }
        Stored failed = stored(id);
        assertEquals(3, failed.attempts());
        assertEquals(3, failed.backoffFailures());
        assertTrue(failed.nextAttemptAt().isAfter(Instant.now().plus(Duration.ofMinutes(6))), "7 minutes of back-off");

        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        JsonPath retried = admin().post(BASE + "/" + id + "/retry").then().statusCode(200).extract().jsonPath();
        Instant after = Instant.now();
        Instant due = Instant.parse(retried.getString("nextAttemptAt"));
        assertFalse(due.isBefore(before) || due.isAfter(after), "due now: " + due);
        assertEquals(0, retried.getInt("attemptsSinceRetry"));
        assertEquals(3, retried.getInt("attempts"), "the attempts made stay counted");
        assertEquals("admin@test", retried.getString("retriedBy"));
        assertEquals("PENDING", retried.getString("state"));
        assertEquals(due, stored(id).nextAttemptAt());

        dispatcher().dispatchDue(due); // still down: the back-off starts again from its first step
        Stored again = stored(id);
        assertEquals(4, again.attempts());
        assertEquals(1, again.backoffFailures());
        assertEquals(Duration.ofMinutes(1), Duration.between(due, again.nextAttemptAt()));

        try (WebhookReceiver receiver = WebhookReceiver.start(port)) {
            JsonPath now = admin().post(BASE + "/" + id + "/retry").then().statusCode(200).extract().jsonPath();
            dispatcher().dispatchDue(Instant.parse(now.getString("nextAttemptAt")));
            assertEquals(List.of(id.toString()), ids(receiver, path));
        }
        assertEquals(OutboxMessage.Status.SENT, stored(id).status());
        assertEquals(2, admin().get(BASE + "/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getList("$").size(), "one revision per retry");
    }

    /**
     * The list is paged with a bounded size (1–200, page ≥ 0: else 400 naming the parameter), newest first, with
     * its total; filters by topic, channel and state combine; a webhook's secret query is never shown, and the shown
     * form works as a filter while a guess at part of the secret finds nothing.
     */
    @Test
    public void theListIsPagedBoundedFilteredAndShowsNoSecrets() {
        String secret = "secret-" + UUID.randomUUID();
        Recipient to = Recipient.webhook("http://127.0.0.1:9/robot/send/" + UUID.randomUUID() + "?access_token=" + secret);
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(enqueue(to, "paged-" + i));
        }
        String shown = to.address().substring(0, to.address().indexOf('?')) + "?***";

        JsonPath first = admin().queryParam("recipient", shown).queryParam("size", 2).get(BASE).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(5, first.getInt("total"));
        assertEquals(3, first.getInt("totalPages"));
        assertEquals(List.of(ids.get(4).toString(), ids.get(3).toString()), first.getList("items.id"));
        assertEquals(shown, first.getString("items[0].recipient"));
        JsonPath last = admin().queryParam("recipient", shown).queryParam("size", 2).queryParam("page", 2).get(BASE)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ids.get(0).toString()), last.getList("items.id"));
        assertEquals(0, admin().queryParam("recipient", shown).queryParam("size", 2).queryParam("page", 3).get(BASE)
                .then().statusCode(200).extract().jsonPath().getList("items").size());

        String everything = admin().queryParam("recipient", to.address()).queryParam("size", 200).get(BASE).then()
                .statusCode(200).extract().asString();
        assertTrue(everything.contains("\"total\":5"), everything);
        assertFalse(everything.contains(secret), "the webhook's token is never shown");
        assertFalse(admin().get(BASE + "/" + ids.get(0)).asString().contains(secret));
        assertEquals(0, admin().queryParam("recipient", shown.replace("?***", "?access_token=s***")).get(BASE).then()
                .statusCode(200).extract().jsonPath().getInt("total"), "no guessing at the secret");

        assertEquals(5, admin().queryParam("recipient", shown).queryParam("topic", TOPIC).queryParam("channel", "WEBHOOK")
                .queryParam("state", "PENDING").queryParam("failing", false).get(BASE).then().statusCode(200)
                .extract().jsonPath().getInt("total"));
        for (Object[] none : new Object[][]{{"topic", "no-such-topic"}, {"channel", "EMAIL"}, {"state", "DELIVERED"},
                {"state", "CANCELLED"}, {"failing", true}}) {
            assertEquals(0, admin().queryParam("recipient", shown).queryParam((String) none[0], none[1]).get(BASE)
                    .then().statusCode(200).extract().jsonPath().getInt("total"), none[0] + "=" + none[1]);
        }

        for (Object[] bad : new Object[][]{{"size", 201}, {"size", 0}, {"page", -1}, {"state", "SENT"},
                {"failing", "maybe"}, {"channel", "SMS"}, {"topic", "t".repeat(101)}}) {
            Response r = admin().queryParam((String) bad[0], bad[1]).get(BASE);
            assertEquals(400, r.statusCode(), bad[0] + "=" + bad[1] + ": " + r.asString());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertTrue(r.asString().contains("\"" + bad[0] + "\""), "names " + bad[0] + ": " + r.asString());
        }
        assertEquals(200, admin().queryParam("size", 200).get(BASE).then().extract().jsonPath().getInt("size"));
        for (String odd : List.of("***", "https://***", "https://***@***?***#***", "%", "_", "http://[::1", "a b")) {
            assertEquals(0, admin().queryParam("recipient", odd).get(BASE).then().statusCode(200).extract().jsonPath()
                    .getInt("total"), odd);
        }
    }

    /** Cancelling needs a reason: none, blank or missing body → 400 naming {@code reason}; nothing changes. */
    @Test
    public void cancelWithoutAReasonIsRefusedNamingTheField() {
        UUID id = enqueue(Recipient.webhook("http://127.0.0.1:9/no-reason/" + UUID.randomUUID()), "no-reason-1");
        for (String body : List.of("{}", "{\"reason\":\"   \"}", "{\"reason\":null}")) {
            Response r = admin().contentType(ContentType.JSON).body(body).post(BASE + "/" + id + "/cancel");
            assertEquals(400, r.statusCode(), body + ": " + r.asString());
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals("reason", r.jsonPath().getString("violations[0].field"), r.asString());
        }
        Response tooLong = admin().contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(1001)))
                .post(BASE + "/" + id + "/cancel");
        assertEquals(400, tooLong.statusCode());
        assertEquals("reason", tooLong.jsonPath().getString("violations[0].field"));
        Response noBody = admin().contentType(ContentType.JSON).post(BASE + "/" + id + "/cancel");
        assertEquals(400, noBody.statusCode(), noBody.asString());
        assertTrue(noBody.contentType().startsWith("application/problem+json"));
        assertEquals("reason", noBody.jsonPath().getString("field"), noBody.asString());
        assertEquals(OutboxMessage.Status.PENDING, stored(id).status());
        problem(admin().contentType(ContentType.JSON).body(Map.of("reason", "r"))
                .post(BASE + "/" + UUID.randomUUID() + "/cancel"), 404, "not-found");
    }

    /** Admin only: supervisor, reporter and viewer get 403, no token 401, on every operation; nothing changes. */
    @Test
    public void onlyAnAdminMayReadRetryOrCancel() {
        UUID id = enqueue(Recipient.webhook("http://127.0.0.1:9/roles/" + UUID.randomUUID()), "roles-1");
        List<String> tokens = List.of(Tokens.supervisor(), Tokens.reporter(reporterUnit), Tokens.viewer());
        int refused = 0;
        for (String token : tokens) {
            for (Response r : calls(given().header("Authorization", Tokens.bearer(token)), id)) {
                assertEquals(403, r.statusCode(), r.asString());
                assertTrue(r.contentType().startsWith("application/problem+json"));
                refused++;
            }
        }
        for (Response r : calls(given(), id)) {
            assertEquals(401, r.statusCode(), r.asString());
            refused++;
        }
        assertEquals(20, refused);
        Stored m = stored(id);
        assertEquals(OutboxMessage.Status.PENDING, m.status());
        assertNull(m.retriedAt());
    }

    /**
     * While a dispatcher holds the message (it is being sent: row locked), retry and cancel wait
     * notifications.admin-lock-timeout, then answer 409 outbox-message-busy with Retry-After and change nothing.
     */
    @Test
    public void retryAndCancelOfAMessageBeingSentAnswerBusy() throws SQLException {
        UUID id = enqueue(Recipient.webhook("http://127.0.0.1:9/busy/" + UUID.randomUUID()), "busy-1");
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select id from outbox_message where id = ? for update")) {
                lock.setObject(1, id);
                lock.executeQuery().close();
            }
            Response retry = admin().post(BASE + "/" + id + "/retry");
            problem(retry, 409, "outbox-message-busy");
            assertNotNull(retry.header("Retry-After"));
            problem(admin().contentType(ContentType.JSON).body(Map.of("reason", "r")).post(BASE + "/" + id + "/cancel"),
                    409, "outbox-message-busy");
            c.rollback();
        }
        assertEquals(OutboxMessage.Status.PENDING, stored(id).status());
        admin().contentType(ContentType.JSON).body(Map.of("reason", "r")).post(BASE + "/" + id + "/cancel").then()
                .statusCode(200);
    }

    /**
     * The five operations are in the service's OpenAPI document, admin only, each with a summary, examples of its
     * answers, and examples for its parameters and body.
     */
    @Test
    public void theOpenApiDocumentShowsEveryOperationWithExamples() {
        OpenApiDocument doc = OpenApiDocument.parse(Management.given().accept("application/json").get("/q/openapi?format=json")
                .asString());
        List<String> expected = List.of("GET " + BASE, "GET " + BASE + "/{id}", "GET " + BASE + "/{id}/history",
                "POST " + BASE + "/{id}/retry", "POST " + BASE + "/{id}/cancel");
        List<OpenApiDocument.Operation> ops = doc.operations().stream().filter(o -> o.path().startsWith(BASE)).toList();
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(ops.stream()
                .map(OpenApiDocument.Operation::key).toList()));
        for (OpenApiDocument.Operation op : ops) {
            assertEquals(List.of("admin"), op.roles(doc.root()), op.key());
            assertFalse(op.node().path("summary").asText().isBlank(), op.key());
            var ok = op.node().path("responses").path("200").path("content").path("application/json");
            assertTrue(ok.path("examples").size() > 0, op.key() + " has an example answer");
            for (OpenApiDocument.Param p : op.params()) {
                var raw = op.node().path("parameters");
                boolean example = false;
                for (var node : raw) {
                    node = doc.resolve(node);
                    if (node.path("name").asText().equals(p.name())) {
                        example = node.has("example") || node.has("x-example")
                                || doc.resolve(node.path("schema")).has("example");
                    }
                }
                assertTrue(example || List.of("page", "size").contains(p.name()), op.key() + " " + p.name());
            }
            if (!op.isRead()) {
                assertTrue(op.node().path("responses").has("409"), op.key() + " documents 409");
            }
        }
        var cancel = ops.stream().filter(o -> o.key().endsWith("/cancel")).findFirst().orElseThrow();
        assertTrue(cancel.bodyRequired());
        assertTrue(cancel.requestBodyContent().path("application/json").path("examples").size() > 0);
        assertTrue(cancel.node().path("responses").has("400"));
    }

    // ---------------------------------------------------------------- helpers

    private static List<Response> calls(RequestSpecification spec, UUID id) {
        return List.of(
                given().spec(spec).get(BASE),
                given().spec(spec).get(BASE + "/" + id),
                given().spec(spec).get(BASE + "/" + id + "/history"),
                given().spec(spec).post(BASE + "/" + id + "/retry"),
                given().spec(spec).contentType(ContentType.JSON).body(Map.of("reason", "r")).post(BASE + "/" + id + "/cancel"));
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static void problem(Response r, int status, String type) {
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.jsonPath().getString("type").endsWith("/" + type), r.asString());
    }

    private static OutboxDispatcher dispatcher() {
        return Arc.container().instance(OutboxDispatcher.class).get();
    }

    private static UUID enqueue(Recipient to, String eventKey) {
        Outbox outbox = Arc.container().instance(Outbox.class).get();
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(to,
                new Outbox.Message(TOPIC, eventKey + "-" + UUID.randomUUID(), "测试 " + eventKey, "正文 " + eventKey,
                        Map.of("check", eventKey))));
    }

    /** The stored row, read with JDBC: the test-jar is not enhanced like the services' classes (Panache fields). */
    record Stored(OutboxMessage.Status status, int attempts, int backoffFailures, Instant nextAttemptAt,
                  Instant retriedAt) {
    }

    private static Stored stored(UUID id) {
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select status, attempts, "
                + "backoff_failures, next_attempt_at, retried_at from outbox_message where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "message " + id);
                return new Stored(OutboxMessage.Status.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static List<String> ids(WebhookReceiver receiver, String path) {
        return receiver.received(path).stream().map(WebhookReceiver.Received::id).toList();
    }

    private static long undeliveredInDatabase() {
        return Sql.count(Arc.container().instance(DataSource.class).get(),
                "select count(*) from outbox_message where status in ('PENDING', 'FAILED')");
    }

    /** A series' value from /q/metrics (the sum over its tags, or the one with topic=...), 0 when absent. */
    private static double meter(String name, String topic) {
        String text = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
        double sum = 0;
        while (m.find()) {
            if (topic == null || (m.group(1) != null && m.group(1).contains("topic=\"" + topic + "\""))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
