package gov.qinghai.followup.common.idempotency;

import gov.qinghai.followup.common.problem.Detail;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Runs an {@link Idempotent} POST that carries a key inside one transaction: claim the key, run the method, store
 * its 2xx answer, commit, so the write, its audit rows and the stored answer commit together or not at all. A
 * retry gets the stored answer ({@link IdempotentReplay}); a non-2xx answer or an exception rolls everything back
 * and releases the key. Outer to {@code @Transactional}, whose methods join this transaction.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {
    @Inject
    IdempotentCall call;
    @Inject
    IdempotencyStore store;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object apply(InvocationContext ctx) throws Exception {
        if (call.key() == null || identity.isAnonymous()) {
            return ctx.proceed();
        }
        String caller = identity.getPrincipal().getName();
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<IdempotencyStore.Answer> earlier;
            try {
                earlier = store.claim(caller, call.key(), call.fingerprint(), call.target());
            } catch (IdempotencyStore.StillRunning e) {
                throw stillRunning();
            }
            if (earlier.isPresent()) {
                throw replayOrRefuse(earlier.get());
            }
            Object result = ctx.proceed();
            int status = result instanceof Response r ? r.getStatus() : 200;
            if (status < 200 || status > 299) {
                QuarkusTransaction.setRollbackOnly();
                return result;
            }
            Object entity = result instanceof Response r ? r.getEntity() : result;
            MediaType type = result instanceof Response r && r.getMediaType() != null ? r.getMediaType()
                    : MediaType.APPLICATION_JSON_TYPE;
            String location = result instanceof Response r && r.getLocation() != null ? r.getLocation().toString() : null;
            store.complete(caller, call.key(), status, type.toString(), bytes(entity), location);
            return result;
        });
    }

    private RuntimeException replayOrRefuse(IdempotencyStore.Answer a) {
        if (!a.fingerprint().equals(call.fingerprint())) {
            return Problems.unprocessable(Idempotent.HEADER, Detail.of("detail.idempotency.reused", "this {0} was already "
                    + "used for a different request ({1} with another body); send a new key for a new request",
                    Idempotent.HEADER, a.target()));
        }
        return new IdempotentReplay(a.status(), a.contentType(), a.body(), a.location());
    }

    private static RuntimeException stillRunning() {
        return Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "idempotency-key-in-use"))
                .withTitle("Conflict")
                .withStatus(Response.Status.CONFLICT), Detail.of("detail.idempotency.in-use",
                        "a request with this {0} is still being processed; retry shortly", Idempotent.HEADER))
                .withHeader("Retry-After", 1)
                .with("field", Idempotent.HEADER)
                .build();
    }

    private byte[] bytes(Object entity) throws Exception {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] b) {
            return b;
        }
        if (entity instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }
}
