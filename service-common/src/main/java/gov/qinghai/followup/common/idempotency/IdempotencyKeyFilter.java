package gov.qinghai.followup.common.idempotency;

import gov.qinghai.followup.common.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the Idempotency-Key of an {@link Idempotent} POST, refuses a malformed one (400 naming the header) and
 * fingerprints the request: HMAC-SHA256 over method, path with query and the body bytes. The body is buffered and
 * handed on unchanged to the resource method.
 */
@Provider
@Idempotent
public class IdempotencyKeyFilter implements ContainerRequestFilter {
    /** Visible ASCII only: keys end up in a database column and in problem details. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + Idempotent.MAX_KEY_LENGTH + "}");

    @Inject
    IdempotentCall call;
    /**
     * Key of the fingerprint HMAC. Keyed because a body can hold a national ID number: a plain hash of a body
     * could be reversed by trying the small space of valid ID numbers.
     */
    @ConfigProperty(name = "idempotency.fingerprint-secret")
    String secret;

    @Override
    public void filter(ContainerRequestContext req) throws IOException {
        String key = req.getHeaderString(Idempotent.HEADER);
        if (!"POST".equals(req.getMethod()) || key == null) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            throw Problems.badRequest(Idempotent.HEADER, Idempotent.HEADER + " must be 1–" + Idempotent.MAX_KEY_LENGTH
                    + " visible ASCII characters (e.g. a UUID)");
        }
        byte[] body = req.hasEntity() ? req.getEntityStream().readAllBytes() : new byte[0];
        req.setEntityStream(new ByteArrayInputStream(body));
        String target = req.getMethod() + " " + req.getUriInfo().getRequestUri().getRawPath()
                + (req.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                : "?" + req.getUriInfo().getRequestUri().getRawQuery());
        call.set(key, fingerprint(target, body), target);
    }

    String fingerprint(String target, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(target.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '\n');
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
