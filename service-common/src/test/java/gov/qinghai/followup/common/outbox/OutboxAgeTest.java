package gov.qinghai.followup.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxAgeTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theAgeIsTheWholeSecondsSinceTheOldestUndeliveredMessage() {
        assertEquals(3 * 3600 + 5, OutboxDispatcher.ageSeconds(NOW.minusSeconds(3 * 3600 + 5).minusMillis(400), NOW));
    }

    @Test
    void nothingUndeliveredIsAgeZero() {
        assertEquals(0, OutboxDispatcher.ageSeconds(null, NOW));
    }

    @Test
    void aClockBehindTheDatabaseGivesZeroNotANegativeAge() {
        assertEquals(0, OutboxDispatcher.ageSeconds(NOW.plusSeconds(2), NOW));
    }
}
