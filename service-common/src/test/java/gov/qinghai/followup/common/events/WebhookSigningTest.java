package gov.qinghai.followup.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.outbox.WebhookSigning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures as a receiver checks them. */
class WebhookSigningTest {
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"projectId\":12}}";
    static final Instant NOW = Instant.parse("2017-10-05T02:00:00Z");

    @Test
    void matchesTheStandardWebhooksReferenceSignature() {
        // the example of the Standard Webhooks specification (standard-webhooks, spec/standard-webhooks.md)
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigning.sign(secret,
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void aDeliveryVerifiesWithItsSecret() {
        String secret = WebhookSigning.newSecret();
        String sig = WebhookSigning.signatures(List.of(secret), "m1", NOW.getEpochSecond(), BODY);
        assertTrue(WebhookSigning.verify(secret, "m1", String.valueOf(NOW.getEpochSecond()), BODY, sig,
                NOW.plusSeconds(30), TOLERANCE));
    }

    @Test
    void aDeliveryFailsWithAnotherSecretOrAnAlteredBody() {
        String secret = WebhookSigning.newSecret();
        String sig = WebhookSigning.sign(secret, "m1", NOW.getEpochSecond(), BODY);
        assertFalse(WebhookSigning.verify(WebhookSigning.newSecret(), "m1", String.valueOf(NOW.getEpochSecond()), BODY,
                sig, NOW, TOLERANCE));
        assertFalse(WebhookSigning.verify(secret, "m1", String.valueOf(NOW.getEpochSecond()), BODY.replace("12", "13"),
                sig, NOW, TOLERANCE));
    }

    @Test
    void aReplayedDeliveryWithAnOldTimestampFails() {
        String secret = WebhookSigning.newSecret();
        long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
        String sig = WebhookSigning.sign(secret, "m1", old, BODY);
        assertFalse(WebhookSigning.verify(secret, "m1", String.valueOf(old), BODY, sig, NOW, TOLERANCE));
        assertFalse(WebhookSigning.verify(secret, "m1", "not-a-number", BODY, sig, NOW, TOLERANCE));
    }

    @Test
    void afterARotationBothSecretsVerifyTheSameDelivery() {
        String fresh = WebhookSigning.newSecret();
        String previous = WebhookSigning.newSecret();
        assertNotEquals(fresh, previous);
        String header = WebhookSigning.signatures(List.of(fresh, previous), "m1", NOW.getEpochSecond(), BODY);
        assertTrue(header.contains(" "));
        for (String s : List.of(fresh, previous)) {
            assertTrue(WebhookSigning.verify(s, "m1", String.valueOf(NOW.getEpochSecond()), BODY, header, NOW, TOLERANCE));
        }
        assertTrue(fresh.startsWith("whsec_"));
    }
}
