package gov.qinghai.followup.projects.domain;

import java.time.Duration;

/** Delay before the next delivery attempt: doubling from the first delay, capped at one hour. */
public final class RetryBackoff {
    private static final Duration CAP = Duration.ofHours(1);

    private RetryBackoff() {
    }

    public static Duration after(int failedAttempts, Duration first) {
        Duration d = first.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return d.compareTo(CAP) > 0 ? CAP : d;
    }
}
