package gov.qinghai.followup.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Actual;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.TaskFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of the status rule on indicators of 青政办〔2017〕135号. */
class TaskStatusRuleTest {
    private static final LocalDate Q3_END = ReportingCalendar.OFFENSIVE_END;

    /** A task judged by its indicators, with the offensive's end as its own deadline and no completion. */
    private static TaskFacts facts(List<IndicatorFacts> indicators, int filed, int missing) {
        return new TaskFacts(indicators, filed, missing, Q3_END, null);
    }

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
        var v = TaskStatusRule.derive(facts(List.of(coal(null, null)), 0, 0), LocalDate.of(2017, 8, 20));
        assertEquals(TaskStatus.NOT_STARTED, v.status());
    }

    @Test
    void task21IsOnTrackAheadOfTheStraightLine() {
        // 2017-09-10: 32 of 52 days elapsed → pace 81.2 万吨; 90 reported
        var v = TaskStatusRule.derive(facts(List.of(coal("90", "2017-09-08")), 1, 0), LocalDate.of(2017, 9, 10));
        assertEquals(TaskStatus.ON_TRACK, v.status());
    }

    @Test
    void task21IsAtRiskBehindTheStraightLine() {
        var v = TaskStatusRule.derive(facts(List.of(coal("40", "2017-09-08")), 1, 0), LocalDate.of(2017, 9, 10));
        assertEquals(TaskStatus.AT_RISK, v.status());
        assertTrue(v.reasons().get(0).contains("behind the pace to 132"), v.reasons().toString());
    }

    @Test
    void task21IsOverdueWhenSeptemberEndsShort() {
        var v = TaskStatusRule.derive(facts(List.of(coal("120", "2017-09-30")), 2, 0), LocalDate.of(2017, 10, 1));
        assertEquals(TaskStatus.OVERDUE, v.status());
        assertTrue(v.reasons().get(0).startsWith("21-coal: deadline 2017-09-30 passed, actual 120"), v.reasons().toString());
    }

    @Test
    void task21IsMetAt132() {
        var v = TaskStatusRule.derive(facts(List.of(coal("132", "2017-09-25")), 2, 0), LocalDate.of(2017, 10, 1));
        assertEquals(TaskStatus.MET, v.status());
    }

    @Test
    void rateBelowTargetIsAtRiskWhateverTheDate() {
        // 135号 任务45: 确保今年规上工业增长7%以上 — a growth rate of 5.1 % in October is behind, not "on pace"
        var growth = new IndicatorFacts("45-industry", "%", Comparator.GE, new BigDecimal("7"), LocalDate.of(2017, 12, 31),
                new BigDecimal("5.1"), LocalDate.of(2017, 9, 30));
        assertEquals(TaskStatus.AT_RISK,
                TaskStatusRule.derive(facts(List.of(growth), 2, 0), LocalDate.of(2017, 10, 10)).status());
    }

    @Test
    void missingMonthlyReportPutsATaskAtRisk() {
        var v = TaskStatusRule.derive(facts(List.of(spending("70")), 1, 1), LocalDate.of(2017, 11, 10));
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
        var v = TaskStatusRule.derive(facts(List.of(short1, met), 4, 0), LocalDate.of(2017, 12, 1));
        assertEquals(TaskStatus.ON_TRACK, v.status());
    }

    @Test
    void equalityTargetIsMetOnlyWhenReached() {
        // 135号 任务29: 9月底要实现跨省异地就医住院医疗费用直接结算 (1 = 实现)
        var notYet = new IndicatorFacts("29-cross-province", "实现=1", Comparator.EQ, BigDecimal.ONE, LocalDate.of(2017, 9, 30),
                BigDecimal.ZERO, LocalDate.of(2017, 9, 30));
        assertEquals(TaskStatus.OVERDUE,
                TaskStatusRule.derive(facts(List.of(notYet), 2, 0), LocalDate.of(2017, 10, 2)).status());
        var done = new IndicatorFacts("29-cross-province", "实现=1", Comparator.EQ, BigDecimal.ONE, LocalDate.of(2017, 9, 30),
                new BigDecimal("1.0"), LocalDate.of(2017, 9, 28));
        assertEquals(TaskStatus.MET,
                TaskStatusRule.derive(facts(List.of(done), 2, 0), LocalDate.of(2017, 10, 2)).status());
    }

    @Test
    void taskWithoutIndicatorsIsOverdueAfterItsDeadlineUnlessTheSupervisionOfficeConfirmedIt() {
        // 135号 任务13 (民生十件实事) states no figure and no date: its deadline is the offensive's end (三季度)
        var filedEveryMonth = new TaskFacts(List.of(), 2, 0, Q3_END, null);
        assertEquals(TaskStatus.ON_TRACK, TaskStatusRule.derive(filedEveryMonth, LocalDate.of(2017, 9, 30)).status());
        var late = TaskStatusRule.derive(filedEveryMonth, LocalDate.of(2017, 10, 1));
        assertEquals(TaskStatus.OVERDUE, late.status());
        assertEquals(List.of("deadline 2017-09-30 passed without a completion confirmed by the 督查室"), late.reasons());
        assertEquals(List.of(), late.overdueIndicators(), "no indicator of its own is overdue");
        // reports alone never make it met: a unit does not declare its own task done
        assertEquals(TaskStatus.OVERDUE,
                TaskStatusRule.derive(new TaskFacts(List.of(), 3, 0, Q3_END, null), LocalDate.of(2017, 12, 1)).status());
    }

    @Test
    void taskWithoutIndicatorsIsMetFromTheDayTheSupervisionOfficeConfirmsIt() {
        var doneInTime = new TaskFacts(List.of(), 2, 0, Q3_END, LocalDate.of(2017, 9, 28));
        assertEquals(TaskStatus.ON_TRACK, TaskStatusRule.derive(doneInTime, LocalDate.of(2017, 9, 27)).status());
        var met = TaskStatusRule.derive(doneInTime, LocalDate.of(2017, 10, 10));
        assertEquals(TaskStatus.MET, met.status());
        assertEquals("completion confirmed by the 督查室 on 2017-09-28", met.reasons().get(0));
        var doneLate = new TaskFacts(List.of(), 2, 0, Q3_END, LocalDate.of(2017, 10, 20));
        assertEquals(TaskStatus.OVERDUE, TaskStatusRule.derive(doneLate, LocalDate.of(2017, 10, 10)).status());
        assertEquals(TaskStatus.MET, TaskStatusRule.derive(doneLate, LocalDate.of(2017, 10, 20)).status());
    }

    @Test
    void taskWithoutIndicatorsBeforeItsDeadlineFollowsItsReports() {
        // 135号 任务3: 实现三季度目标任务 — its text states 三季度
        assertEquals(TaskStatus.NOT_STARTED,
                TaskStatusRule.derive(new TaskFacts(List.of(), 0, 0, Q3_END, null), LocalDate.of(2017, 8, 20)).status());
        var v = TaskStatusRule.derive(new TaskFacts(List.of(), 0, 1, Q3_END, null), LocalDate.of(2017, 9, 10));
        assertEquals(TaskStatus.AT_RISK, v.status());
        assertEquals("1 monthly report(s) missing", v.reasons().get(0));
    }

    // 135号 任务29: 家庭医生签约服务覆盖率达到30%以上 (年底前), measured per 市州 by medical-alliance-service
    private static IndicatorFacts familyDoctor(String reported, LinkedFigures linked) {
        return new IndicatorFacts("29-family-doctor", "%", Comparator.GE, new BigDecimal("30"), LocalDate.of(2017, 12, 31),
                reported == null ? null : new BigDecimal(reported), reported == null ? null : LocalDate.of(2017, 11, 30),
                linked);
    }

    private static LinkedFigures coverage(LocalDate fetchedOn, boolean stale, String... scopeValue) {
        Map<String, BigDecimal> byScope = new LinkedHashMap<>();
        for (int i = 0; i < scopeValue.length; i += 2) {
            byScope.put(scopeValue[i], new BigDecimal(scopeValue[i + 1]));
        }
        return new LinkedFigures(LinkedSource.MEDICAL_ALLIANCE, byScope, fetchedOn, stale);
    }

    @Test
    void familyDoctorCoverageIsJudgedByTheProvinceFigureWithPrefecturesBesideIt() {
        // 140号: 家庭医生签约服务覆盖率 30% for 全省 in 2017; fetched 2018-01-03 for 2017, it refers to 2017-12-31
        var i = familyDoctor("25", coverage(LocalDate.of(2018, 1, 3), false, "全省", "31.5", "西宁市", "35.2", "果洛州", "22.1"));
        var v = TaskStatusRule.derive(facts(List.of(i), 4, 0), LocalDate.of(2018, 1, 5));
        assertEquals(TaskStatus.MET, v.status(), "31.5 % for the province meets 30 % although 果洛州 has 22.1 %");
        Actual a = v.actuals().get("29-family-doctor");
        assertEquals(new BigDecimal("31.5"), a.value());
        assertEquals("全省", a.scope());
        assertEquals(FigureRule.PROVINCE, a.rule());
        assertEquals("MEDICAL_ALLIANCE", a.source());
        assertEquals(LocalDate.of(2017, 12, 31), a.asOf());
        assertEquals(List.of(new TaskStatusRule.Figure("全省", new BigDecimal("31.5"), LocalDate.of(2017, 12, 31), true),
                new TaskStatusRule.Figure("西宁市", new BigDecimal("35.2"), LocalDate.of(2017, 12, 31), false),
                new TaskStatusRule.Figure("果洛州", new BigDecimal("22.1"), LocalDate.of(2017, 12, 31), false)), a.figures());
        assertTrue(a.basis().contains("市州 figures shown beside it"), a.basis());
        assertEquals("29-family-doctor: actual 31.5 (2017-12-31, 全省, from MEDICAL_ALLIANCE) ≥ 30", v.reasons().get(0),
                "the unit's reported 25 does not hide the peer's figure");
    }

    @Test
    void linkedFigureMeetingEveryPrefectureMakesTheTaskMet() {
        // 135号 任务29: 各市（州）年底前至少建成一个有明显成效的医联体
        var alliances = new IndicatorFacts("29-alliances", "个/市州", Comparator.GE, BigDecimal.ONE, LocalDate.of(2017, 12, 31),
                FigureRule.WEAKEST, List.of(), new LinkedFigures(LinkedSource.MEDICAL_ALLIANCE,
                Map.of("西宁市", new BigDecimal("2"), "果洛州", BigDecimal.ONE), LocalDate.of(2017, 12, 20), false));
        var v = TaskStatusRule.derive(facts(List.of(alliances), 4, 0), LocalDate.of(2017, 12, 22));
        assertEquals(TaskStatus.MET, v.status());
        assertEquals(BigDecimal.ONE, v.actuals().get("29-alliances").value());
    }

    @Test
    void staleFigureIsUsedButShownAsStale() {
        var live = familyDoctor(null, coverage(LocalDate.of(2017, 11, 20), false, "全省", "28.9", "西宁市", "35.2"));
        var stale = familyDoctor(null, coverage(LocalDate.of(2017, 11, 20), true, "全省", "28.9", "西宁市", "35.2"));
        LocalDate asOf = LocalDate.of(2017, 11, 25);
        var vLive = TaskStatusRule.derive(facts(List.of(live), 3, 0), asOf);
        var vStale = TaskStatusRule.derive(facts(List.of(stale), 3, 0), asOf);
        assertEquals(TaskStatus.AT_RISK, vLive.status(), "a rate below its target");
        assertEquals(vLive.status(), vStale.status(), "the last known figure still counts");
        assertTrue(vStale.actuals().get("29-family-doctor").stale());
        assertTrue(vStale.reasons().get(0).contains("stale"), vStale.reasons().toString());
        assertTrue(!vLive.reasons().get(0).contains("stale"), vLive.reasons().toString());
    }

    @Test
    void linkedFigureCountsOnlyFromTheDayItRefersTo() {
        // fetched 2017-10-20: a status of 2017-10-10 still rests on the units' report
        var i = familyDoctor("31", coverage(LocalDate.of(2017, 10, 20), false, "全省", "22.1"));
        var before = TaskStatusRule.derive(facts(List.of(i), 2, 0), LocalDate.of(2017, 10, 10));
        assertEquals(TaskStatusRule.REPORTED, before.actuals().get("29-family-doctor").source());
        assertEquals(new BigDecimal("31"), before.actuals().get("29-family-doctor").value());
        var after = TaskStatusRule.derive(facts(List.of(i), 2, 0), LocalDate.of(2017, 10, 25));
        assertEquals(new BigDecimal("22.1"), after.actuals().get("29-family-doctor").value());
        assertEquals(TaskStatus.AT_RISK, after.status());
    }

    @Test
    void weakestScopeFollowsTheComparator() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("西宁市", new BigDecimal("5"));
        m.put("海东市", new BigDecimal("9"));
        m.put("玉树州", new BigDecimal("7"));
        assertEquals("西宁市", TaskStatusRule.weakest(m, Comparator.GE, BigDecimal.TEN).getKey());
        assertEquals("海东市", TaskStatusRule.weakest(m, Comparator.LE, BigDecimal.ONE).getKey());
        assertEquals("海东市", TaskStatusRule.weakest(m, Comparator.EQ, new BigDecimal("5")).getKey());
    }

    @Test
    void calendarDueOnTheFifthOfTheNextMonth() {
        assertEquals(null, ReportingCalendar.lastOverduePeriod(LocalDate.of(2017, 9, 5)));
        assertEquals("2017-08", ReportingCalendar.lastOverduePeriod(LocalDate.of(2017, 9, 6)).toString());
        assertEquals("2017-09", ReportingCalendar.reminderPeriod(LocalDate.of(2017, 10, 1)).toString());
    }
}
