package gov.qinghai.followup.common.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * Answers an over-long request URI (414) or header block (431) with problem+json. Vert.x rejects such requests
 * in its HTTP decoder with an empty body, before any route runs, and Quarkus offers no hook for that answer (its
 * HttpServer's invalidRequestHandler is not reachable). So the decoder's limits are set well above these
 * (quarkus.http.limits.max-initial-line-length, max-header-size in the shared config) and the service enforces
 * its own here; only a request beyond the decoder's limits still gets the empty framework answer.
 */
@Singleton
public class RequestHeadLimit {
    @Inject
    LimitsConfig limits;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        int maxUri = limits.maxUriLength();
        MemorySize maxHeaders = limits.maxHeaderSize();
        if (ctx.request().uri().length() > maxUri) {
            refuse(ctx, 414, "URI Too Long", "the request URI may be at most " + maxUri + " characters; send long "
                    + "filters or lists in a request body");
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> h : ctx.request().headers()) {
            size += h.getKey().length() + h.getValue().length() + 4;
        }
        if (size > maxHeaders.asLongValue()) {
            refuse(ctx, 431, "Request Header Fields Too Large", "the request headers may be at most "
                    + maxHeaders.asLongValue() + " bytes together");
            return;
        }
        ctx.next();
    }

    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"type\":\"" + gov.qinghai.followup.common.problem.Problems.BASE + (status == 414 ? "uri-too-long"
                        : "headers-too-large") + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
