package gov.qinghai.followup.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code notifications.*} keys (environment: NOTIFICATIONS_WEBHOOK_URL, NOTIFICATIONS_MAX_ATTEMPTS, …).
 * E-mail goes through quarkus-mailer ({@code quarkus.mailer.*}, SMTP_* in the deploy files).
 */
@ConfigMapping(prefix = "notifications")
public interface OutboxConfig {
    /** The webhook a service POSTs its events to, if any ({@link Outbox#configuredWebhook()}). */
    Optional<String> webhookUrl();

    @WithDefault("5s")
    Duration webhookTimeout();

    /**
     * After this many failed attempts (since an admin's last retry) a message is marked FAILED: it is still retried
     * every {@link #maxRetryDelay()}, so a receiver that comes back gets it, but the status says someone should look
     * ({@code GET /api/v1/admin/outbox?failing=true}).
     */
    @WithDefault("10")
    int maxAttempts();

    @WithDefault("1m")
    Duration firstRetryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();

    /** How often each replica's dispatcher looks for due messages. */
    @WithDefault("60s")
    Duration pollInterval();

    /** Messages one dispatcher transaction sends at most (they stay locked until it commits). */
    @WithDefault("100")
    int batchSize();

    /**
     * How long an admin's retry or cancel waits for a dispatcher that holds the message (it is being sent right
     * now) before answering 409 with Retry-After.
     */
    @WithDefault("10s")
    Duration adminLockTimeout();
}
