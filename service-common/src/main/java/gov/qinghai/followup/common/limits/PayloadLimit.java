package gov.qinghai.followup.common.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a declared body over quarkus.http.limits.max-body-size with 413 problem+json before reading it
 * (the framework's own answer has no body). Chunked bodies are still cut by the framework's limit.
 */
@Singleton
public class PayloadLimit {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void install(@Observes Router router) {
        long max = maxBody.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"https://qinghai-followup.dev/problems/payload-too-large\","
                                + "\"title\":\"Payload Too Large\",\"status\":413,"
                                + "\"detail\":\"the request body may be at most " + max + " bytes\"}");
                return;
            }
            ctx.next();
        });
    }
}
