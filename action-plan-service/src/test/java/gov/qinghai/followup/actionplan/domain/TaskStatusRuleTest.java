package gov.qinghai.followup.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.TaskFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the status rule on indicators of 青政办〔2017〕135号. */
class TaskStatusRuleTest {
    // 135号 任务21: 9月前完成132万吨煤炭产能压减任务
    private static IndicatorFacts coal(String actual, String asOf) {
        return new IndicatorFacts("21-coal", "万吨", Comparator.GE, new BigDecimal("132"), LocalDate.of(2017, 9, 30),
                actual == null ? null : new BigDecimal(actual), asOf == null ? null : LocalDate.parse(asOf));
    }

    // 135号 任务25: 确保全年支出执行率达到95%以上
    private static IndicatorFacts spending(String actual) {
        return new IndicatorFacts("25-spending", "%", Comparator.GE, new BigDecimal("95"), LocalDate.of(2017, 12, 31),
                actual == null ? null : new BigDecimal(actual), actual == null ? null : LocalDate.of(2017, 10, 31));
    }

    @Test
    void task21IsNotStartedBeforeAnyReport() {
        var v = TaskStatusRule.derive(new TaskFacts(List.of(coal(null, null)), 0, 0), LocalDate.of(2017, 8, 20));
        assertEquals(TaskStatus.NOT_STARTED, v.status());
    }

    @Test
    void task21IsOnTrackAheadOfTheStraightLine() {
        // 2017-09-10: 32 of 52 days elapsed → pace 81.2 万吨; 90 reported
        var v = TaskStatusRule.derive(new TaskFacts(List.of(coal("90", "2017-09-08")), 1, 0), LocalDate.of(2017, 9, 10));
        assertEquals(TaskStatus.ON_TRACK, v.status());
    }

    @Test
    void task21IsAtRiskBehindTheStraightLine() {
        var v = TaskStatusRule.derive(new TaskFacts(List.of(coal("40", "2017-09-08")), 1, 0), LocalDate.of(2017, 9, 10));
        assertEquals(TaskStatus.AT_RISK, v.status());
        assertTrue(v.reasons().get(0).contains("behind the pace to 132"), v.reasons().toString());
    }

    @Test
    void task21IsOverdueWhenSeptemberEndsShort() {
        var v = TaskStatusRule.derive(new TaskFacts(List.of(coal("120", "2017-09-30")), 2, 0), LocalDate.of(2017, 10, 1));
        assertEquals(TaskStatus.OVERDUE, v.status());
        assertTrue(v.reasons().get(0).startsWith("21-coal: deadline 2017-09-30 passed, actual 120"), v.reasons().toString());
    }

    @Test
    void task21IsMetAt132() {
        var v = TaskStatusRule.derive(new TaskFacts(List.of(coal("132", "2017-09-25")), 2, 0), LocalDate.of(2017, 10, 1));
        assertEquals(TaskStatus.MET, v.status());
    }

    @Test
    void rateBelowTargetIsAtRiskWhateverTheDate() {
        // 135号 任务45: 确保今年规上工业增长7%以上 — a growth rate of 5.1 % in October is behind, not "on pace"
        var growth = new IndicatorFacts("45-industry", "%", Comparator.GE, new BigDecimal("7"), LocalDate.of(2017, 12, 31),
                new BigDecimal("5.1"), LocalDate.of(2017, 9, 30));
        assertEquals(TaskStatus.AT_RISK,
                TaskStatusRule.derive(new TaskFacts(List.of(growth), 2, 0), LocalDate.of(2017, 10, 10)).status());
    }

    @Test
    void missingMonthlyReportPutsATaskAtRisk() {
        var v = TaskStatusRule.derive(new TaskFacts(List.of(spending("70")), 1, 1), LocalDate.of(2017, 11, 10));
        assertEquals(TaskStatus.AT_RISK, v.status());
        assertEquals("1 monthly report(s) missing", v.reasons().get(0));
    }

    @Test
    void metNeedsEveryIndicator() {
        // 135号 任务29 has five targets; four met and one short is not met
        var short1 = new IndicatorFacts("29-drg", "个", Comparator.GE, new BigDecimal("100"), LocalDate.of(2017, 12, 31),
                new BigDecimal("80"), LocalDate.of(2017, 11, 30));
        var met = new IndicatorFacts("29-two-invoice", "%", Comparator.GE, new BigDecimal("80"), LocalDate.of(2017, 12, 31),
                new BigDecimal("85"), LocalDate.of(2017, 11, 30));
        var v = TaskStatusRule.derive(new TaskFacts(List.of(short1, met), 4, 0), LocalDate.of(2017, 12, 1));
        assertEquals(TaskStatus.ON_TRACK, v.status());
    }

    @Test
    void equalityTargetIsMetOnlyWhenReached() {
        // 135号 任务29: 9月底要实现跨省异地就医住院医疗费用直接结算 (1 = 实现)
        var notYet = new IndicatorFacts("29-cross-province", "实现=1", Comparator.EQ, BigDecimal.ONE, LocalDate.of(2017, 9, 30),
                BigDecimal.ZERO, LocalDate.of(2017, 9, 30));
        assertEquals(TaskStatus.OVERDUE,
                TaskStatusRule.derive(new TaskFacts(List.of(notYet), 2, 0), LocalDate.of(2017, 10, 2)).status());
        var done = new IndicatorFacts("29-cross-province", "实现=1", Comparator.EQ, BigDecimal.ONE, LocalDate.of(2017, 9, 30),
                new BigDecimal("1.0"), LocalDate.of(2017, 9, 28));
        assertEquals(TaskStatus.MET,
                TaskStatusRule.derive(new TaskFacts(List.of(done), 2, 0), LocalDate.of(2017, 10, 2)).status());
    }

    @Test
    void taskWithoutIndicatorsIsOverdueAfterTheOffensiveWithReportsMissing() {
        // 135号 任务13 (民生十件实事) states no figure: judged by its reports after 三季度
        assertEquals(TaskStatus.OVERDUE,
                TaskStatusRule.derive(new TaskFacts(List.of(), 1, 3), LocalDate.of(2017, 10, 10)).status());
        assertEquals(TaskStatus.ON_TRACK,
                TaskStatusRule.derive(new TaskFacts(List.of(), 2, 0), LocalDate.of(2017, 10, 10)).status());
    }

    @Test
    void calendarDueOnTheFifthOfTheNextMonth() {
        assertEquals(null, ReportingCalendar.lastOverduePeriod(LocalDate.of(2017, 9, 5)));
        assertEquals("2017-08", ReportingCalendar.lastOverduePeriod(LocalDate.of(2017, 9, 6)).toString());
        assertEquals("2017-09", ReportingCalendar.reminderPeriod(LocalDate.of(2017, 10, 1)).toString());
    }
}
