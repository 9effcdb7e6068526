package gov.qinghai.followup.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.TaskFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a unit's monthly reports end (domain.ReportingObligation). */
class ReportingObligationTest {
    private static final LocalDate Q3_END = LocalDate.of(2017, 9, 30);

    private static ReportingObligation.End end(List<IndicatorFacts> ind, LocalDate completedOn, String asOf) {
        LocalDate d = LocalDate.parse(asOf);
        var v = TaskStatusRule.derive(new TaskFacts(ind, 1, 0, Q3_END, completedOn), d);
        return ReportingObligation.end(ind, Q3_END, completedOn, v, d);
    }

    @Test
    void aTaskMetInAugustOwesNoReportAfterAugust() {
        // 135号 任务21: 132万吨 reached by 2017-08-31
        var coal = new IndicatorFacts("21-coal", "万吨", Comparator.GE, new BigDecimal("132"), Q3_END,
                new BigDecimal("135"), LocalDate.of(2017, 8, 31));
        var e = end(List.of(coal), null, "2017-12-10");
        assertEquals(YearMonth.of(2017, 8), e.lastPeriod());
        assertTrue(e.basis().startsWith("met by figures as of 2017-08-31"), e.basis());
    }

    @Test
    void anOpenTaskOwesReportsUntilTheMonthOfItsLastDeadline() {
        // 135号 任务29: the task's text runs to 年底前; an indicator due 2017-12-31 keeps its reports going
        var drg = new IndicatorFacts("29-drg", "个", Comparator.GE, new BigDecimal("100"), LocalDate.of(2017, 12, 31),
                new BigDecimal("80"), LocalDate.of(2017, 11, 30));
        assertEquals(YearMonth.of(2017, 12), end(List.of(drg), null, "2018-03-01").lastPeriod());
        assertEquals(YearMonth.of(2017, 9), end(List.of(), null, "2018-03-01").lastPeriod());
    }

    @Test
    void aCompletionConfirmedByTheSupervisionOfficeEndsReporting() {
        var e = end(List.of(), LocalDate.of(2017, 9, 12), "2017-11-01");
        assertEquals(YearMonth.of(2017, 9), e.lastPeriod());
        assertTrue(e.basis().contains("督查室"), e.basis());
        // not yet confirmed on the date: the deadline's month stands
        assertEquals(YearMonth.of(2017, 9), end(List.of(), LocalDate.of(2017, 9, 12), "2017-09-01").lastPeriod());
    }

    @Test
    void aTaskMetBeforeTheOffensiveOwesNothing() {
        var coal = new IndicatorFacts("21-coal", "万吨", Comparator.GE, new BigDecimal("132"), Q3_END,
                new BigDecimal("140"), LocalDate.of(2017, 7, 31));
        assertNull(end(List.of(coal), null, "2017-10-01").lastPeriod());
    }
}
