package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 140号 三(二)3 "不超过2个月用药量": 60 days from any start date, per patient and condition. */
class LongPrescriptionRuleTest {

    @Test
    void countsTwoMonthsAsSixtyDaysWhateverTheStartDate() {
        // calendar months would give 59 days from 2017-12-31 and 62 from 2017-07-01 for the same 2个月用药量
        for (String start : List.of("2017-12-31", "2017-07-01", "2017-01-01", "2020-02-01")) {
            assertTrue(LongPrescriptionRule.violation(LocalDate.parse(start), 60).isEmpty(), start);
            assertTrue(LongPrescriptionRule.violation(LocalDate.parse(start), 61).isPresent(), start);
        }
        assertTrue(LongPrescriptionRule.violation(LocalDate.parse("2017-10-01"), 0).isPresent());
        assertEquals(LocalDate.parse("2017-11-29"), LongPrescriptionRule.lastDay(LocalDate.parse("2017-10-01"), 60));
    }

    @Test
    void countsWhatThePatientStillHoldsForTheCondition() {
        LocalDate d = LocalDate.parse("2017-10-01");
        List<LongPrescriptionRule.Held> first = List.of(new LongPrescriptionRule.Held(d, LongPrescriptionRule.lastDay(d, 59)));
        // 59 + 60 from the same day: 119 days of medicine, refused
        assertTrue(LongPrescriptionRule.combinedViolation(d, 60, first).isPresent());
        assertTrue(LongPrescriptionRule.combinedViolation(d, 1, first).isPresent() == false);
        // a refill five days before the first runs out may add 55 days, not 60
        LocalDate refill = LongPrescriptionRule.lastDay(d, 59).minusDays(4);
        assertEquals(5, LongPrescriptionRule.stillHeld(refill, 60, first));
        assertTrue(LongPrescriptionRule.combinedViolation(refill, 56, first).isPresent());
        assertTrue(LongPrescriptionRule.combinedViolation(refill, 55, first).isEmpty());
        // the day after the first ends, a new full supply
        assertTrue(LongPrescriptionRule.combinedViolation(LongPrescriptionRule.lastDay(d, 59).plusDays(1), 60, first)
                .isEmpty());
    }
}
