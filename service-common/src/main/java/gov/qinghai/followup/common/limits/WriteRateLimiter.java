package gov.qinghai.followup.common.limits;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A per-client limit on write requests (POST, PUT, PATCH, DELETE): a fixed one-minute window per client,
 * answered with 429 problem+json and Retry-After. Reads are not limited; the window is per instance.
 */
public class WriteRateLimiter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    RateLimitConfig config;
    @Inject
    SecurityIdentity identity;

    record Window(long minute, int count) {
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext ctx, HttpServerRequest request) {
        if (!WRITES.contains(ctx.getMethod()) || config.writesPerMinute() <= 0) {
            return null;
        }
        String client = clientOf(request);
        int allowed = config.overrides().getOrDefault(client, config.writesPerMinute());
        long minute = System.currentTimeMillis() / 60_000;
        Window w = windows.compute(client, (k, old) -> old == null || old.minute != minute
                ? new Window(minute, 1) : new Window(minute, old.count + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute != minute);
        }
        if (w.count <= allowed) {
            return null;
        }
        long retryAfter = 60 - (System.currentTimeMillis() / 1000) % 60;
        Response r = Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "rate-limited"))
                .withTitle("Too Many Requests")
                .withStatus(429), Detail.of("detail.rate-limited",
                        "at most {0} write requests per minute per client; retry after {1} s", allowed, retryAfter))
                .build().toResponse();
        return Response.fromResponse(r).header("Retry-After", String.valueOf(retryAfter)).build();
    }

    /** The verified caller, else the remote address (anonymous writes are refused later anyway). */
    private String clientOf(HttpServerRequest request) {
        if (!identity.isAnonymous()) {
            return identity.getPrincipal().getName();
        }
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
