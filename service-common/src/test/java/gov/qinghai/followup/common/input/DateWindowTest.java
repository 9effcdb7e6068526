package gov.qinghai.followup.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.input.Window.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateWindowTest {
    // today 2026-12-07, horizon 5 years: 2017-01-01 … 2031-12-31
    private final DateWindow w = DateWindow.of(LocalDate.of(2017, 1, 1), 5, LocalDate.of(2026, 12, 7));

    @Test
    void reachesFromTheNoticesStartToTheEndOfTheHorizonYear() {
        assertEquals(LocalDate.of(2031, 12, 31), w.latest());
        assertTrue(w.violation(LocalDate.of(2017, 1, 1), Kind.AUTO).isEmpty());
        assertTrue(w.violation(LocalDate.of(2031, 12, 31), Kind.AUTO).isEmpty());
        assertEquals(Optional.of("must be a date like 2017-10-05 from 2017-01-01 to 2031-12-31"),
                w.violation(LocalDate.of(9999, 12, 31), Kind.AUTO));
        assertTrue(w.violation(LocalDate.of(2016, 12, 31), Kind.AUTO).isPresent());
        assertTrue(w.violation(LocalDate.of(0, 1, 1), Kind.AUTO).isPresent());
        assertTrue(w.violation(LocalDate.of(10000, 1, 1), Kind.AUTO).isPresent());
    }

    @Test
    void readsPeriodsStrictly() {
        assertTrue(w.violation("2017-09", Kind.MONTH).isEmpty());
        assertTrue(w.violation("2017-13", Kind.MONTH).isPresent());
        assertTrue(w.violation("2017-9", Kind.MONTH).isPresent());
        assertTrue(w.violation("2017-13-45", Kind.MONTH).isPresent());
        assertTrue(w.violation("9999-12", Kind.MONTH).isPresent());
        assertTrue(w.violation("2017-Q3", Kind.QUARTER).isEmpty());
        assertTrue(w.violation("2017-Q5", Kind.QUARTER).isPresent());
        assertTrue(w.violation("9999-Q4", Kind.QUARTER).isPresent());
        assertEquals(Optional.of("must be a quarter like 2017-Q3 from 2017-Q1 to 2031-Q4"),
                w.violation("2016-Q4", Kind.QUARTER));
        assertTrue(w.violation(2017, Kind.YEAR).isEmpty());
        assertTrue(w.violation("2031", Kind.YEAR).isEmpty());
        assertTrue(w.violation(2032, Kind.YEAR).isPresent());
        assertTrue(w.violation(Integer.MAX_VALUE, Kind.YEAR).isPresent());
        assertTrue(w.violation(YearMonth.of(2016, 12), Kind.AUTO).isPresent());
        assertTrue(w.violation("2017", Kind.PERIOD).isEmpty());
        assertTrue(w.violation("2017-10-05", Kind.PERIOD).isEmpty());
        assertTrue(w.violation("2017-Q4", Kind.PERIOD).isEmpty());
        assertTrue(w.violation("2017-13-45", Kind.PERIOD).isPresent());
        assertTrue(w.violation("9999-12", Kind.PERIOD).isPresent());
    }

    @Test
    void refusesADateTimeWhereADateIsAsked() {
        assertTrue(w.violation("2017-10-05", Kind.DATE).isEmpty());
        assertTrue(w.violation("2017-10-05T00:00:00Z", Kind.DATE).isPresent());
        assertTrue(w.violation("+10000-01-01", Kind.DATE).isPresent());
        assertTrue(w.violation("2017-02-30", Kind.DATE).isPresent());
    }

    @Test
    void countsAnInstantByItsDayInChina() {
        // 2016-12-31T16:00Z is 2017-01-01 00:00 in Asia/Shanghai
        assertTrue(w.violation(Instant.parse("2016-12-31T16:00:00Z"), Kind.AUTO).isEmpty());
        assertTrue(w.violation(Instant.parse("2016-12-31T15:59:59Z"), Kind.AUTO).isPresent());
        assertTrue(w.violation(Instant.parse("+100000-01-01T00:00:00Z"), Kind.AUTO).isPresent());
    }

    @Test
    void aFieldMayReachFurtherBackWithItsOwnStart() {
        DateWindow older = w.since(LocalDate.of(1949, 10, 1));
        assertTrue(older.violation(LocalDate.of(1985, 6, 1), Kind.AUTO).isEmpty());
        assertTrue(older.violation(LocalDate.of(1900, 1, 1), Kind.AUTO).isPresent());
    }
}
