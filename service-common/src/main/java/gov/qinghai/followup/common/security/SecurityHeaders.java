package gov.qinghai.followup.common.security;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Headers every answer carries, on the public port and on the management interface alike, whichever code answers
 * (a resource, a problem mapper, a refusal before routing, Swagger UI): {@code X-Content-Type-Options: nosniff} (a
 * browser never guesses a type from a body), {@code X-Frame-Options: DENY} and CSP {@code frame-ancestors 'none'}
 * (Swagger UI and every answer cannot be framed by another site), and on API answers {@code Cache-Control: no-store}
 * (answers hold who-reported-what and patient-level data: no shared or browser cache keeps them).
 */
@Singleton
public class SecurityHeaders {

    void publicPort(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(SecurityHeaders::add);
    }

    void managementPort(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(SecurityHeaders::add);
    }

    static void add(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            var h = ctx.response().headers();
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            if (!h.contains("Content-Security-Policy")) {
                h.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            String path = ctx.normalizedPath();
            if (path == null || !path.startsWith("/q/swagger-ui")) {
                h.set("Cache-Control", "no-store");
            }
        });
        ctx.next();
    }
}
