package gov.qinghai.followup.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over method, path with query and the body bytes of a keyed request. Keyed with
 * {@code idempotency.fingerprint-secret} because a body can hold a national ID number: a plain hash of a body could
 * be reversed by trying the small space of valid ID numbers.
 */
@ApplicationScoped
public class RequestFingerprint {
    @Inject
    IdempotencyConfig config;

    String of(String target, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.fingerprintSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(target.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '\n');
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
