package gov.qinghai.followup.common.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobPeriodKindTest {
    @Test
    void eachPeriodFormEndsAtMidnightBeijingTimeAfterIt() {
        assertEquals(Instant.parse("2017-12-01T16:00:00Z"), JobPeriodKind.DAY.end("2017-12-01"));
        assertEquals(Instant.parse("2017-09-30T16:00:00Z"), JobPeriodKind.MONTH.end("2017-09"));
        assertEquals(Instant.parse("2017-12-31T16:00:00Z"), JobPeriodKind.MONTH.end("2017-12"));
        assertEquals(Instant.parse("2017-09-30T16:00:00Z"), JobPeriodKind.QUARTER.end("2017-Q3"));
        assertEquals(Instant.parse("2017-12-31T16:00:00Z"), JobPeriodKind.QUARTER.end("2017-Q4"));
        assertEquals(Instant.parse("2017-12-31T16:00:00Z"), JobPeriodKind.YEAR.end("2017"));
    }

    @Test
    void theKindIsToldByThePeriodsForm() {
        assertEquals(JobPeriodKind.DAY, JobPeriodKind.of("2017-12-01").orElseThrow());
        assertEquals(JobPeriodKind.MONTH, JobPeriodKind.of("2017-09").orElseThrow());
        assertEquals(JobPeriodKind.QUARTER, JobPeriodKind.of("2017-Q3").orElseThrow());
        assertEquals(JobPeriodKind.YEAR, JobPeriodKind.of("2017").orElseThrow());
        assertEquals("quarter", JobPeriodKind.QUARTER.label());
        assertTrue(JobPeriodKind.of("2017-Q5").isEmpty());
        assertTrue(JobPeriodKind.of("week-1").isEmpty());
    }
}
