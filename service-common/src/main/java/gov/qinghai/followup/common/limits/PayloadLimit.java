package gov.qinghai.followup.common.limits;

import gov.qinghai.followup.common.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import jakarta.inject.Inject;

/**
 * Request body limits: {@code limits.max-body-size} (MAX_BODY_SIZE) for every request, and the larger
 * {@code limits.import.max-body-size} (IMPORT_MAX_BODY_SIZE) for the paths matching {@code limits.import.paths}
 * (table imports). The framework's own limit (quarkus.http.limits.max-body-size) is the larger one; here a declared
 * body over its path's limit gets 413 problem+json before it is read, and a chunked one stops being read at it.
 */
@Singleton
public class PayloadLimit {
    /** Quarkus' key: the blocking request stream stops a chunked body past this many bytes (413). */
    static final String STREAM_LIMIT = "io.quarkus.max-request-size";

    @Inject
    LimitsConfig limits;
    private Pattern importPaths;

    void install(@Observes Router router) {
        importPaths = limits.imports().paths().map(Pattern::compile).orElse(null);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long max = limit(ctx);
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"" + Problems.BASE + "payload-too-large\","
                                + "\"title\":\"Payload Too Large\",\"status\":413,"
                                + "\"detail\":\"the request body may be at most " + max + " bytes\"}");
                return;
            }
            ctx.next();
        });
        // after Quarkus' own handler (order -2), which puts the framework-wide limit
        router.route().order(-1).handler(ctx -> {
            ctx.put(STREAM_LIMIT, limit(ctx));
            ctx.next();
        });
    }

    private long limit(RoutingContext ctx) {
        boolean isImport = importPaths != null && importPaths.matcher(ctx.normalizedPath()).matches();
        return isImport ? limits.imports().maxBodySize().asLongValue() : limits.maxBodySize().asLongValue();
    }
}
