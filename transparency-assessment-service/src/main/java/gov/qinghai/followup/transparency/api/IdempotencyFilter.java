package gov.qinghai.followup.transparency.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.Optional;

/**
 * DESIGN.md "a POST with an Idempotency-Key is applied once": the first successful answer is stored per caller
 * and key; a repeat gets the same status and body with {@code Idempotent-Replayed: true} and changes nothing.
 */
@Provider
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "Idempotency-Key";
    private static final String KEY_PROPERTY = IdempotencyFilter.class.getName() + ".key";

    @Inject
    IdempotencyStore store;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;

    @Override
    public void filter(ContainerRequestContext req) {
        String key = req.getHeaderString(HEADER);
        if (!"POST".equals(req.getMethod()) || key == null || key.isBlank() || identity.isAnonymous()) {
            return;
        }
        if (key.length() > 200) {
            throw Problems.badRequest(HEADER, "Idempotency-Key is at most 200 characters");
        }
        String path = req.getUriInfo().getPath();
        Optional<IdempotencyStore.Stored> stored = store.find(identity.getPrincipal().getName(), key);
        if (stored.isPresent()) {
            IdempotencyStore.Stored s = stored.get();
            if (!s.path().equals(path)) {
                throw Problems.unprocessable(HEADER, "Idempotency-Key '" + key + "' was already used for " + s.path());
            }
            req.abortWith(Response.status(s.status()).entity(s.body()).type(s.contentType())
                    .header("Idempotent-Replayed", "true").build());
            return;
        }
        req.setProperty(KEY_PROPERTY, key);
    }

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) throws IOException {
        Object key = req.getProperty(KEY_PROPERTY);
        if (key == null || res.getStatus() < 200 || res.getStatus() >= 300 || !res.hasEntity()) {
            return;
        }
        Object entity = res.getEntity();
        byte[] body = entity instanceof byte[] b ? b : json.writeValueAsBytes(entity);
        MediaType type = res.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : res.getMediaType();
        store.save(identity.getPrincipal().getName(), key.toString(), req.getUriInfo().getPath(), res.getStatus(),
                type.toString(), body);
    }
}
