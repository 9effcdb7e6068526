package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.Outbox;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.outbox.Recipient;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 140号 三(二)4: both sides of a 双向转诊 hear of each step (requested, accepted, rejected, completed) through the
 * outbox, by e-mail and webhook to the contacts an admin keeps for each institution, without the patient.
 */
@QuarkusTest
class ReferralNoticesTest {
    /** A port free now, so no other test run on this machine holds it. */
    private static final int PORT = WebhookReceiver.freePort();
    private static final String PATH = "/county-hospital-hook";

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;

    private static void contact(long institution, String email, String webhook) {
        long version = get(Tokens.admin(), "/api/v1/institutions/" + institution).jsonPath().getLong("version");
        send("PUT", Tokens.admin(), "/api/v1/institutions/" + institution + "/contact", "{\"email\":"
                + (email == null ? "null" : "\"" + email + "\"") + ",\"webhook\":"
                + (webhook == null ? "null" : "\"" + webhook + "\"") + ",\"version\":" + version + "}")
                .then().statusCode(200).body("contactEmail", equalTo(email));
    }

    private static OutboxMessage stored(String event, long referral, String side, Recipient to) {
        UUID id = Outbox.messageId("referral-" + event, "referral-" + referral + "-" + event + "-" + side, to);
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id));
    }

    @Test
    void eachStepReachesBothInstitutionsByEmailAndWebhookWithoutNamingThePatient() {
        Api.CountyCommunity c = Api.countyCommunity();
        String townshipMail = Api.unique("zz-township") + "@example.gov.cn";
        String hospitalMail = Api.unique("zz-hospital") + "@example.gov.cn";
        String hook = WebhookReceiver.url(PORT, PATH);
        contact(c.township(), townshipMail, null);
        contact(c.countyHospital(), hospitalMail, hook);

        Response created = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(true));
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        String number = created.jsonPath().getString("number");
        String patientRef = created.jsonPath().getString("patientRef");
        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/accept", "{\"version\":0}")
                .then().statusCode(200);
        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/start", "{\"version\":1}")
                .then().statusCode(200);
        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + id + "/complete", "{\"version\":2,"
                + "\"feedback\":\"已好转,转回乡镇随访\"}").then().statusCode(200);
        long rejected = post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(false))
                .jsonPath().getLong("id");
        post(Tokens.reporter(c.countyName()), "/api/v1/referrals/" + rejected + "/reject", "{\"version\":0,"
                + "\"reason\":\"床位已满\"}").then().statusCode(200);

        for (String event : List.of("requested", "accepted", "completed")) {
            OutboxMessage toReferring = stored(event, id, "referring", Recipient.email(townshipMail));
            OutboxMessage toReceiving = stored(event, id, "receiving", Recipient.email(hospitalMail));
            OutboxMessage toReceivingHook = stored(event, id, "receiving", Recipient.webhook(hook));
            for (OutboxMessage m : List.of(toReferring, toReceiving, toReceivingHook)) {
                assertNotNull(m, event);
                assertTrue(m.subject.contains(number), m.subject);
                for (String secret : List.of(patientRef, "疑似肺炎", "已好转")) {
                    assertFalse(m.subject.contains(secret) || m.body.contains(secret) || m.data.contains(secret),
                            event + " message names the patient or the clinical text: " + m.body + " " + m.data);
                }
            }
            assertTrue(toReferring.body.contains(c.countyName()), "the referring side reads who receives");
            assertTrue(toReceiving.body.contains(c.townshipName()), "the receiving side reads who refers");
        }
        // started is no step the other side needs to hear of; the township has no webhook, so none went there
        assertEquals(null, stored("started", id, "referring", Recipient.email(townshipMail)));
        assertNotNull(stored("rejected", rejected, "referring", Recipient.email(townshipMail)));

        try (WebhookReceiver receiver = WebhookReceiver.start(PORT)) {
            dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
            List<String> subjects = mailbox.getMailsSentTo(townshipMail).stream().map(Mail::getSubject).toList();
            assertEquals(List.of("转诊 " + number + " 已申请", "转诊 " + number + " 已接收", "转诊 " + number + " 已完成"),
                    subjects.stream().filter(s -> s.contains(number)).toList());
            assertTrue(subjects.stream().anyMatch(s -> s.endsWith("已拒绝")), subjects.toString());
            // the hospital: requested, accepted, completed of the first; requested and rejected of the second
            assertEquals(5, mailbox.getMailsSentTo(hospitalMail).size());
            List<WebhookReceiver.Received> got = receiver.received(PATH);
            assertEquals(5, got.size(), "every step of both referrals reaches the hospital's hook once");
            assertTrue(got.stream().noneMatch(r -> r.toString().contains(patientRef)));
        }
    }

    @Test
    void onlyAnAdminSetsAnInstitutionsContactWhichIsCheckedAndAudited() {
        long id = Api.countyCommunity().township();
        long version = get(Tokens.admin(), "/api/v1/institutions/" + id).jsonPath().getLong("version");
        String body = "{\"email\":\"a@example.gov.cn\",\"version\":" + version + "}";
        problem(send("PUT", Tokens.supervisor(), "/api/v1/institutions/" + id + "/contact", body), 403);
        problem(send("PUT", Tokens.admin(), "/api/v1/institutions/" + id + "/contact", "{\"email\":\"not-an-address\","
                + "\"version\":" + version + "}"), 400).body("violations[0].field", equalTo("email"));
        problem(send("PUT", Tokens.admin(), "/api/v1/institutions/" + id + "/contact", "{\"webhook\":\"ftp://x/y\","
                + "\"version\":" + version + "}"), 400).body("field", equalTo("webhook"));
        problem(send("PUT", Tokens.admin(), "/api/v1/institutions/" + id + "/contact", "{\"email\":\"a@example.gov.cn\","
                + "\"version\":" + (version + 7) + "}"), 409);
        send("PUT", Tokens.admin(), "/api/v1/institutions/" + id + "/contact", "{\"email\":\"a@example.gov.cn\","
                + "\"webhook\":\"https://his.example.gov.cn/hook?token=s3cret\",\"version\":" + version + "}")
                .then().statusCode(200).body("contactWebhook", equalTo("https://his.example.gov.cn/hook?***"));
        String history = get(Tokens.admin(), "/api/v1/institutions/" + id + "/history").asString();
        assertTrue(history.contains("a@example.gov.cn"), history);
        assertFalse(get(Tokens.viewer(), "/api/v1/institutions/" + id).asString().contains("s3cret"));
    }
}
