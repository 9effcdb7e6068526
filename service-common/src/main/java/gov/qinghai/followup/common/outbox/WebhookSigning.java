package gov.qinghai.followup.common.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures after the Standard Webhooks specification (standardwebhooks.com, "Verifying Webhooks"): a secret is
 * {@code whsec_} + base64 of random bytes; the signed content is {@code <webhook-id>.<webhook-timestamp>.<body>};
 * {@code webhook-signature} is {@code v1,<base64 HMAC-SHA256>}, several separated by spaces (one per valid secret, so a
 * rotation needs no flag day). A receiver checks the timestamp against its clock (tolerance, e.g. 5 minutes) so a
 * captured delivery cannot be replayed later, and compares signatures in constant time.
 */
public final class WebhookSigning {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigning() {
    }

    /** A new secret: {@code whsec_} + base64 of 24 random bytes (192 bits). */
    public static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code v1,<base64 HMAC-SHA256>} of {@code id.timestamp.body} with the secret. */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] sig = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header value: one signature per secret, space separated. */
    public static String signatures(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream().map(s -> sign(s, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    /**
     * True if one of the header's signatures is the secret's for this id, timestamp and body, and the timestamp is
     * within {@code tolerance} of {@code now} (either way): what a receiver does with each delivery.
     */
    public static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader,
                                 Instant now, Duration tolerance) {
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - ts) > tolerance.toSeconds() || signatureHeader == null) {
            return false;
        }
        byte[] expected = sign(secret, id, ts, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : signatureHeader.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        String b64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(b64);
    }
}
