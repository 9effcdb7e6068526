package gov.qinghai.followup.projects.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where reminders go: each unit's contact e-mail and, if set, one webhook (NOTIFICATIONS_WEBHOOK_URL). */
@ConfigMapping(prefix = "notifications")
public interface NotificationConfig {
    Optional<String> webhookUrl();

    @WithDefault("5s")
    Duration webhookTimeout();

    /** After this many failed attempts a delivery is marked FAILED (still listed, and can be retried). */
    @WithDefault("10")
    int maxAttempts();

    @WithDefault("1m")
    Duration firstRetryDelay();
}
