package gov.qinghai.followup.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The {@code qinghai.events.*} keys (docs/events.md). */
@ConfigMapping(prefix = "qinghai.events")
public interface EventsConfig {
    /**
     * The service's part of every event type, {@code gov.qinghai.followup.<domain>.<name>.v<n>} (projects,
     * actionplan, transparency, medical); without it the application name less {@code -service}.
     */
    Optional<String> domain();

    /** How long the change feed keeps an event (the daily purge job deletes older ones). */
    @WithDefault("P90D")
    Duration retention();

    /** A subscription whose deliveries failed this many times in a row is paused (kept, visible, not dropped). */
    @WithDefault("10")
    int pauseAfterFailures();

    /** After a rotation the previous secret still signs deliveries (a second signature) this long. */
    @WithDefault("P1D")
    Duration secretGrace();

    /**
     * Where the AES-256 key that seals the subscriptions' secrets at rest is (SecretCipher): a file path, file:…, or a
     * class-path resource; env EVENTS_SECRET_KEY. Production refuses the repository's development key.
     */
    String secretKey();

    /** How often each replica numbers newly committed events (the feed also does it before each read). */
    @WithDefault("5s")
    Duration sequenceInterval();
}
