package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 青政办〔2017〕140号 三(二)3: 开具不超过2个月用药量的长处方 — 2 calendar months from the start date. */
class LongPrescriptionRuleTest {

    private static boolean allowed(String start, int days) {
        return LongPrescriptionRule.violation(LocalDate.parse(start), days).isEmpty();
    }

    @Test
    void fromFirstOfJanuaryFiftyNineDaysIsTheMaximum() {
        // 01-01 + 2 months = 03-01: covers 01-01 … 02-28 (59 days in 2017)
        assertTrue(allowed("2017-01-01", 59));
        assertFalse(allowed("2017-01-01", 60));
        assertFalse(allowed("2017-01-01", 61));
    }

    @Test
    void fromFirstOfMarchSixtyOneDaysIsAllowed() {
        // 03-01 + 2 months = 05-01: March (31) + April (30) = 61 days
        assertTrue(allowed("2017-03-01", 59));
        assertTrue(allowed("2017-03-01", 60));
        assertTrue(allowed("2017-03-01", 61));
        assertFalse(allowed("2017-03-01", 62));
    }

    @Test
    void sixtyDaysFitWhenTheTwoMonthsHaveSixty() {
        // 2017-10-05 + 2 months = 12-05: October 27 + November 30 + December 4 = 61;
        // 2017-02-01 → 04-01: 28 + 31 = 59; 2020-02-01 → 04-01 (leap year): 29 + 31 = 60
        assertEquals(61, LongPrescriptionRule.maxDays(LocalDate.parse("2017-10-05")));
        assertEquals(59, LongPrescriptionRule.maxDays(LocalDate.parse("2017-02-01")));
        assertEquals(60, LongPrescriptionRule.maxDays(LocalDate.parse("2020-02-01")));
        assertTrue(allowed("2020-02-01", 59));
        assertTrue(allowed("2020-02-01", 60));
        assertFalse(allowed("2020-02-01", 61));
    }

    @Test
    void monthEndStartsFallBackToTheLastDayOfTheTargetMonth() {
        // 01-31 + 2 months = 03-31 → covers 01-31 … 03-30
        assertEquals(LocalDate.parse("2017-03-31"), LongPrescriptionRule.limit(LocalDate.parse("2017-01-31")));
        assertTrue(allowed("2017-01-31", 59));
        assertFalse(allowed("2017-01-31", 60));
        // 12-31 + 2 months = 02-28 (2018 not leap) → 59 days; 2019-12-31 → 2020-02-29 (leap) → 60 days
        assertEquals(LocalDate.parse("2018-02-28"), LongPrescriptionRule.limit(LocalDate.parse("2017-12-31")));
        assertEquals(59, LongPrescriptionRule.maxDays(LocalDate.parse("2017-12-31")));
        assertEquals(60, LongPrescriptionRule.maxDays(LocalDate.parse("2019-12-31")));
        // 12-30 falls back to the same 02-28 as 12-31, so one more day fits: 60
        assertEquals(60, LongPrescriptionRule.maxDays(LocalDate.parse("2017-12-30")));
        // 08-31 + 2 months = 10-31: 31 + 30 = 61 days
        assertTrue(allowed("2017-08-31", 61));
        assertFalse(allowed("2017-08-31", 62));
    }

    @Test
    void lastDayIsInclusive() {
        assertEquals(LocalDate.parse("2017-04-30"), LongPrescriptionRule.lastDay(LocalDate.parse("2017-03-01"), 61));
    }

    @Test
    void refusesAnEmptySupply() {
        assertFalse(allowed("2017-03-01", 0));
    }
}
