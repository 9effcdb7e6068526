package gov.qinghai.followup.common.outbox;

import java.time.Duration;

/** Delay before the next delivery attempt: doubling from the first delay (1, 2, 4, 8 … minutes), capped. */
public final class RetryBackoff {
    private RetryBackoff() {
    }

    public static Duration after(int failedAttempts, Duration first, Duration cap) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1: " + failedAttempts);
        }
        Duration d = first.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
