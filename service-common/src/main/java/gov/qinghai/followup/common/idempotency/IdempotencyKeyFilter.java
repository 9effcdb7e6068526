package gov.qinghai.followup.common.idempotency;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.privacy.NationalIdMask;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

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
    /** Application-scoped, so its configuration is read at runtime, not when JAX-RS creates this filter. */
    @Inject
    RequestFingerprint fingerprints;

    @Override
    public void filter(ContainerRequestContext req) throws IOException {
        String key = req.getHeaderString(Idempotent.HEADER);
        if (!"POST".equals(req.getMethod()) || key == null) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            throw Problems.badRequest(Idempotent.HEADER, Detail.of("detail.idempotency.key-form",
                    "{0} must be 1–{1} visible ASCII characters (e.g. a UUID)", Idempotent.HEADER,
                    Idempotent.MAX_KEY_LENGTH));
        }
        byte[] body = req.hasEntity() ? req.getEntityStream().readAllBytes() : new byte[0];
        req.setEntityStream(new ByteArrayInputStream(body));
        String target = req.getMethod() + " " + req.getUriInfo().getRequestUri().getRawPath()
                + (req.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                : "?" + req.getUriInfo().getRequestUri().getRawQuery());
        // the target is kept for the 422 detail only: a path may hold an ID number (the fingerprint has the real one)
        call.set(key, fingerprints.of(target, body), NationalIdMask.mask(target));
    }
}
