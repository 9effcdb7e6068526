package gov.qinghai.followup.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 135号 二 (monthly reports, due the 5th of the next month): when a write changes a judged month. */
class PastStatusTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2017, 11);

    @Test
    void aMonthIsJudgedOnItsReportDay() {
        assertEquals(LocalDate.of(2017, 12, 5), PastStatus.judgedOn(NOVEMBER));
    }

    @Test
    void aReportOnOrBeforeTheReportDayChangesNothingJudged() {
        assertEquals(Optional.empty(), PastStatus.cause(NOVEMBER, LocalDate.of(2017, 12, 5), false));
        assertEquals(Optional.empty(), PastStatus.cause(NOVEMBER, LocalDate.of(2017, 11, 20), true));
    }

    @Test
    void afterTheReportDayAReportIsLateAndACorrectionReachesBack() {
        assertEquals(Optional.of(StatusChangeCause.LATE_REPORT), PastStatus.cause(NOVEMBER, LocalDate.of(2017, 12, 6), false));
        assertEquals(Optional.of(StatusChangeCause.CORRECTION), PastStatus.cause(NOVEMBER, LocalDate.of(2017, 12, 20), true));
    }

    @Test
    void theChangeReadsAsThe督查室WouldSayIt() {
        assertEquals("changed by a late report of 2017-11 of 省财政厅 on 2017-12-20",
                PastStatus.describe(StatusChangeCause.LATE_REPORT, "2017-11", "省财政厅", LocalDate.of(2017, 12, 20)));
    }
}
