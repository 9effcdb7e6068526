package gov.qinghai.followup.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The {@code idempotency.*} keys (environment: IDEMPOTENCY_SECRET, IDEMPOTENCY_WAIT, IDEMPOTENCY_RETENTION; see
 * service-common META-INF/microprofile-config.properties and README "Configuration").
 */
@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {
    /**
     * Key of the request fingerprint HMAC. Keyed because a body can hold a national ID number: a plain hash of a body
     * could be reversed by trying the small space of valid ID numbers.
     */
    String fingerprintSecret();

    /** How long a retry waits for a first request with the same key that is still running; then 409. */
    @WithDefault("10s")
    Duration waitForFirst();

    /**
     * How long the answer stored for a key is replayed, counted from the first request. After it the key is
     * forgotten: the same key is a new request (as Stripe's 24 hours; draft-ietf-httpapi-idempotency-key-header
     * lets a resource expire keys after a period it documents).
     */
    @WithDefault("24h")
    Duration retention();

    /** How often each service deletes expired records ({@link IdempotencyPurge}). */
    @WithDefault("1h")
    Duration purgeInterval();

    /** Records one purge transaction deletes at most, so it holds few locks for a short time. */
    @WithDefault("1000")
    int purgeBatchSize();
}
