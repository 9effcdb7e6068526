package gov.qinghai.followup.common.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import gov.qinghai.followup.common.testing.PlatformRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The rules catch what they are written against (a rule that never fails protects nothing). */
class PlatformRulesTest {
    static class HostToday {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static class HostOtherTimes {
        Object[] now() {
            return new Object[] {java.time.YearMonth.now(), java.time.LocalDateTime.now(),
                java.time.ZonedDateTime.now(), java.time.Year.now()};
        }
    }

    static class ZoneToday {
        LocalDate today() {
            return LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
    }

    static class HostInstant {
        Instant at() {
            return Instant.now();
        }
    }

    static class ClockToday {
        Clock clock = Clock.systemUTC();

        LocalDate today() {
            return LocalDate.now(clock);
        }

        Instant at() {
            return Instant.now(clock);
        }
    }

    private static EvaluationResult check(Class<?> c) {
        return PlatformRules.NO_NOW_WITHOUT_CLOCK.evaluate(new ClassFileImporter().importClasses(c));
    }

    @Test
    void forbidsNowInTheHostsZone() {
        assertTrue(check(HostToday.class).hasViolation());
        assertTrue(check(HostInstant.class).hasViolation());
    }

    @Test
    void forbidsNowOfEveryJavaTimeTypeNotOnlyDatesAndInstants() {
        EvaluationResult r = check(HostOtherTimes.class);
        assertEquals(4, r.getFailureReport().getDetails().size(), r.getFailureReport().toString());
    }

    @Test
    void forbidsNowWithAZoneInsteadOfTheClock() {
        EvaluationResult r = check(ZoneToday.class);
        assertTrue(r.hasViolation());
        assertEquals(1, r.getFailureReport().getDetails().size());
    }

    @Test
    void allowsNowFromTheInjectedClock() {
        assertFalse(check(ClockToday.class).hasViolation());
    }
}
