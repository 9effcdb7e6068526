package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import gov.qinghai.followup.transparency.jobs.ReminderDelivery;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Delivery: the reminders of the three daily jobs (137号 第十二条 整改, 137号 附件 第4项 20个工作日,
 * 138号 五 试点节点) go through the outbox in the job's transaction, one message per recipient per reminder and
 * period: the unit's contact e-mail and the webhook of notifications.webhook-url (127.0.0.1:18093 in tests).
 * Each test has its own subject and its own job dates; other tests' open items may be reminded on the same
 * dates, so messages are picked by this test's event keys.
 */
@QuarkusTest
class ReminderDeliveryTest {
    private static final int WEBHOOK_PORT = 18093;
    private static final String WEBHOOK_PATH = "/transparency-hook";
    private static final Recipient WEBHOOK = Recipient.webhook(WebhookReceiver.url(WEBHOOK_PORT, WEBHOOK_PATH));

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;

    /** A subject of this test with its own contact address. */
    private record Subject(int id, String name, String email) {
    }

    @Test
    void aRectificationRunEnqueuesOneMessagePerRecipientPerReminderAndAReplayAddsNone() {
        Subject s = subject("省住建厅");
        int overdue = rectification(s, "政策解读不全", "2020-05-01");
        int dueSoon = rectification(s, "依申请公开答复超期", "2020-05-08");
        rectification(s, "目录未更新", "2020-06-30"); // beyond the 7 days: no reminder yet

        long before = outboxSize();
        runJob("rectification-reminders", "2020-05-04", true);
        long added = outboxSize() - before;
        List<String> keys = List.of(key("2020-05-04", "RECTIFICATION", overdue), key("2020-05-04", "RECTIFICATION", dueSoon));
        assertEquals(expectedIds("rectification-reminders", keys, s.email()), storedIds(keys));

        runJob("rectification-reminders", "2020-05-04", false);
        assertEquals(before + added, outboxSize(), "the replay for the same date added nothing");
        OutboxMessage first = stored(Outbox.messageId("rectification-reminders", keys.get(0), Recipient.email(s.email())));
        assertEquals("政务公开整改期限提醒（已逾期）：" + s.name(), first.subject);
        assertTrue(first.body.contains("整改逾期（期限 2020-05-01）：政策解读不全"), first.body);
        assertTrue(first.body.contains("137号 第十二条"), first.body);
    }

    @Test
    void disclosureAndMilestoneRunsEnqueueTheirRemindersToTheUnitsTheyConcern() {
        Subject s = subject("省民政厅");
        JsonPath d = as(Tokens.supervisor()).body(Map.of("subjectId", s.id(), "title", "2020年低保标准", "producedOn", "2020-03-02"))
                .post("/api/v1/disclosures").then().statusCode(201).extract().jsonPath();
        LocalDate deadline = LocalDate.parse(d.getString("deadline"));
        String date = deadline.minusDays(2).toString(); // 137号 附件 第4项: 3 days before the 20th working day
        runJob("disclosure-deadlines", date, true);
        List<String> disclosureKeys = List.of(key(date, "DISCLOSURE", d.getInt("id")));
        assertEquals(expectedIds("disclosure-deadlines", disclosureKeys, s.email()), storedIds(disclosureKeys));

        // 138号 五: 乐都区's pending milestones due by 2018-10-04 (PILOT_DONE 2018-08-31, ACCEPTANCE_REPORT 2018-09-30,
        // PLAN_FILED 2017-08-31 unless marked done) go to its contact address and the webhook.
        String email = unique("ledu") + "@example.gov.cn";
        JsonPath unit = pilotUnitWithContact("乐都区", email);
        List<String> milestoneKeys = new ArrayList<>();
        List<Object> dueCodes = new ArrayList<>();
        for (Map<String, Object> m : unit.<Map<String, Object>>getList("milestones")) {
            if ("PENDING".equals(m.get("status")) && !LocalDate.parse((String) m.get("dueOn")).isAfter(LocalDate.parse("2018-10-04"))) {
                milestoneKeys.add(key("2018-09-20", "PILOT_MILESTONE", ((Number) m.get("id")).intValue()));
                dueCodes.add(m.get("code"));
            }
        }
        assertTrue(dueCodes.containsAll(List.of("PILOT_DONE", "ACCEPTANCE_REPORT")),
                "PILOT_DONE and ACCEPTANCE_REPORT are due: " + dueCodes);
        runJob("pilot-milestone-reminders", "2018-09-20", true);
        assertEquals(expectedIds("pilot-milestone-reminders", milestoneKeys, email), storedIds(milestoneKeys));
    }

    @Test
    void aReceiverDownForAWhileGetsEveryReminderOnceBackInOrderWithItsId() {
        Subject s = subject("省交通厅");
        List<Integer> rectifications = List.of(rectification(s, "重点领域信息公开不全", "2020-07-01"),
                rectification(s, "政策解读滞后", "2020-07-02"), rectification(s, "政务舆情回应不及时", "2020-07-09"));
        runJob("rectification-reminders", "2020-07-06", true);
        List<String> keys = rectifications.stream().map(r -> key("2020-07-06", "RECTIFICATION", r)).toList();
        List<String> webhookIds = keys.stream()
                .map(k -> Outbox.messageId("rectification-reminders", k, WEBHOOK).toString()).toList();
        Instant now = Instant.now();

        dispatcher.dispatchDue(now); // nobody listens on the webhook yet: nothing of it is sent
        assertTrue(webhookIds.stream().noneMatch(id -> stored(UUID.fromString(id)).status == OutboxMessage.Status.SENT));

        try (WebhookReceiver receiver = WebhookReceiver.start(WEBHOOK_PORT)) {
            // a day later every back-off has passed, whatever other tests left queued for this webhook
            dispatcher.dispatchDue(now.plus(Duration.ofDays(1)));
            dispatcher.dispatchDue(now.plus(Duration.ofDays(2))); // nothing left: no second copy
            List<WebhookReceiver.Received> got = receiver.received(WEBHOOK_PATH);
            List<WebhookReceiver.Received> mine = got.stream().filter(r -> webhookIds.contains(r.id())).toList();
            assertEquals(webhookIds, mine.stream().map(WebhookReceiver.Received::id).toList(),
                    "each reminder once, the most overdue first");
            mine.forEach(r -> {
                assertEquals(r.id(), r.idempotencyKey());
                assertEquals("rectification-reminders", r.body().path("topic").asText());
                assertEquals(s.name(), r.body().path("data").path("unit").asText());
                assertEquals("2020-07-06", r.body().path("data").path("period").asText());
            });
            assertEquals(List.of(true, true, false),
                    mine.stream().map(r -> r.body().path("data").path("overdue").asBoolean()).toList());
            List<Long> sequences = got.stream().map(WebhookReceiver.Received::sequence).toList();
            assertEquals(sequences.stream().sorted().distinct().toList(), sequences, "one queue, in order, each once");
        }
        List<Mail> mails = mailbox.getMailsSentTo(s.email());
        assertEquals(keys.stream().map(k -> Outbox.messageId("rectification-reminders", k, Recipient.email(s.email()))
                        .toString()).toList(),
                mails.stream().map(m -> m.getHeaders().get("Idempotency-Key").get(0)).toList(),
                "the subject's contact address got each reminder once, in order");
        webhookIds.forEach(id -> assertEquals(OutboxMessage.Status.SENT, stored(UUID.fromString(id)).status));
    }

    @Test
    void aProblemOfTheFullTwoThousandCharactersIsStoredAndSentWholeByEmailAndWebhook() {
        Subject s = subject("省教育厅");
        String problem = "未公开".repeat(666) + "全文"; // the longest a rectification's problem may be
        assertEquals(2000, problem.length());
        int r = rectification(s, problem, "2020-08-03");
        runJob("rectification-reminders", "2020-08-03", true);
        String message = "整改将于 2020-08-03 到期：" + problem;
        as(Tokens.viewer()).queryParam("unit", s.name()).get("/api/v1/reminders").then()
                .body("total", equalTo(1)).body("items[0].refId", equalTo(r))
                .body("items[0].message", equalTo(message));

        String key = key("2020-08-03", "RECTIFICATION", r);
        String webhookId = Outbox.messageId("rectification-reminders", key, WEBHOOK).toString();
        String mailId = Outbox.messageId("rectification-reminders", key, Recipient.email(s.email())).toString();
        try (WebhookReceiver receiver = WebhookReceiver.start(WEBHOOK_PORT)) {
            // a day later every back-off has passed, whatever other tests left queued for this webhook
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(2)));
            WebhookReceiver.Received got = receiver.received(WEBHOOK_PATH).stream()
                    .filter(x -> webhookId.equals(x.id())).findFirst().orElseThrow();
            assertEquals(message, got.body().path("data").path("message").asText());
            assertEquals(s.name() + "：\n" + message + "\n依据：青政办〔2017〕137号 第十二条：限时整改到位",
                    got.body().path("text").asText());
        }
        Mail mail = mailbox.getMailsSentTo(s.email()).stream()
                .filter(m -> mailId.equals(m.getHeaders().get("Idempotency-Key").get(0))).findFirst().orElseThrow();
        assertTrue(mail.getText().contains("\n" + message + "\n依据："), "the e-mail carries the whole problem");
    }

    private static Subject subject(String prefix) {
        String name = unique(prefix);
        String email = unique("gk") + "@example.gov.cn";
        int id = as(Tokens.admin()).body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT", "contactEmail", email))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
        return new Subject(id, name, email);
    }

    private static int rectification(Subject s, String problem, String deadline) {
        return as(Tokens.supervisor()).body(Map.of("subjectId", s.id(), "problem", problem, "owner", "办公室",
                "deadline", deadline)).post("/api/v1/rectifications").then().statusCode(201).extract().path("id");
    }

    private static JsonPath pilotUnitWithContact(String name, String email) {
        int id = PilotResourceTest.unitId(name);
        long version = as(Tokens.viewer()).get("/api/v1/pilot/units/" + id).then().extract().jsonPath().getLong("version");
        return as(Tokens.admin()).body(Map.of("contactEmail", email, "version", version)).put("/api/v1/pilot/units/" + id)
                .then().statusCode(200).body("contactEmail", equalTo(email)).extract().jsonPath();
    }

    private static void runJob(String job, String date, boolean ran) {
        as(Tokens.admin()).queryParam("date", date).post("/api/v1/admin/jobs/" + job + "/run")
                .then().statusCode(200).body("ran", equalTo(ran));
    }

    private static String key(String period, String refType, int refId) {
        return ReminderDelivery.eventKey(period, refType, refId);
    }

    /** One message to the unit's address and one to the webhook for each event key. */
    private static Set<UUID> expectedIds(String topic, List<String> keys, String email) {
        return keys.stream().flatMap(k -> List.of(Recipient.email(email), WEBHOOK).stream()
                .map(to -> Outbox.messageId(topic, k, to))).collect(Collectors.toSet());
    }

    private static Set<UUID> storedIds(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("eventKey in ?1", keys)
                .stream().map(m -> m.id).collect(Collectors.toSet()));
    }

    private static long outboxSize() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count());
    }

    private static OutboxMessage stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
    }
}
