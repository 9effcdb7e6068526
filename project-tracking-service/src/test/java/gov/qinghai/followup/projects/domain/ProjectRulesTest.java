package gov.qinghai.followup.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules of 青政办〔2017〕134号 and of its attachment table. */
class ProjectRulesTest {

    // 134号 五: 于每月5日前报送 — the September report is due 2017-10-05 23:59:59 Beijing time
    @Test
    void septemberReportIsDueOnOctoberFifthEndOfDayBeijingTime() {
        YearMonth sep = YearMonth.of(2017, 9);
        assertEquals("2017-10-05T23:59:59+08:00[Asia/Shanghai]", ReportingDeadline.dueFor(sep).toString());
        assertFalse(ReportingDeadline.isLate(sep, Instant.parse("2017-10-05T15:59:59Z")));
        // within the last second of the 5th is still on time: late from 00:00 of the 6th
        assertFalse(ReportingDeadline.isLate(sep, Instant.parse("2017-10-05T15:59:59.999Z")));
        assertTrue(ReportingDeadline.isLate(sep, Instant.parse("2017-10-05T16:00:00Z")));
    }

    @Test
    void decemberReportIsDueInJanuaryOfTheNextYear() {
        assertEquals(LocalDate.of(2018, 1, 5), ReportingDeadline.dueFor(YearMonth.of(2017, 12)).toLocalDate());
    }

    @Test
    void aMonthCanBeReportedOnceItHasBegunInBeijing() {
        assertTrue(ReportingDeadline.isReportable(YearMonth.of(2017, 10), Instant.parse("2017-09-30T16:00:00Z")));
        assertFalse(ReportingDeadline.isReportable(YearMonth.of(2017, 10), Instant.parse("2017-09-30T15:59:59Z")));
    }

    // 134号 二: 到2017年底 … 达到70%、50%和15%以上
    @Test
    void milestoneIsFinalFromItsDueDateOn() {
        LocalDate due = LocalDate.of(2017, 12, 31);
        BigDecimal target = new BigDecimal("70");
        assertEquals(MilestoneAssessment.Status.BEHIND,
                MilestoneAssessment.assess(new BigDecimal("69.99"), target, due, LocalDate.of(2017, 12, 30)));
        assertEquals(MilestoneAssessment.Status.ON_TRACK,
                MilestoneAssessment.assess(new BigDecimal("70.00"), target, due, LocalDate.of(2017, 9, 30)));
        assertEquals(MilestoneAssessment.Status.MET, MilestoneAssessment.assess(target, target, due, due));
        assertEquals(MilestoneAssessment.Status.MISSED,
                MilestoneAssessment.assess(new BigDecimal("69.99"), target, due, due));
        assertEquals(new BigDecimal("-0.01"), MilestoneAssessment.gap(new BigDecimal("69.99"), target));
    }

    // 134号 opening paragraph: 300余项, 超过1800亿元, 597亿元, 40%
    @Test
    void headlineFiguresAgreeByTheirOwnWording() {
        HeadlineFigure yu = new HeadlineFigure("p", "300余项", HeadlineFigure.Comparison.MORE_THAN_ROUND, new BigDecimal("300"));
        assertTrue(yu.agrees(new BigDecimal("346")));
        assertFalse(yu.agrees(new BigDecimal("300")));
        assertFalse(yu.agrees(new BigDecimal("400")));
        HeadlineFigure over = new HeadlineFigure("t", "超过1800亿元", HeadlineFigure.Comparison.MORE_THAN, new BigDecimal("1800"));
        assertFalse(over.agrees(new BigDecimal("1668.86")));
        HeadlineFigure rounded = new HeadlineFigure("r", "683亿元", HeadlineFigure.Comparison.ROUNDED, new BigDecimal("683"));
        assertTrue(rounded.agrees(new BigDecimal("682.52")));
        assertFalse(rounded.agrees(new BigDecimal("682.49")));
    }

    @Test
    void splitsPersonsButKeepsANameBrokenBySpaceWhole() {
        assertEquals(List.of("海吉忠", "周心龙"), Names.split("海吉忠 周心龙"));
        assertEquals(List.of("孙静"), Names.split("孙 静"));
        assertTrue(Names.hasBrokenName("孙 静"));
        assertFalse(Names.hasBrokenName("海吉忠 周心龙"));
        assertEquals(List.of("ELSAID AHMED DEYAB HARHASH"), Names.split("ELSAID AHMED DEYAB HARHASH"));
        assertEquals(List.of("上海锐亮晶体技术有限公司", "上海铭绿光电科技有限公司"),
                Names.split("上海锐亮晶体技术有限公司、上海铭绿光电科技有限公司"));
        assertEquals(List.of("北京嘉士通文化公司", "西安龙瑞影视文化传媒有限公司"),
                Names.split("北京嘉士通文化公司 西安龙瑞影视文化传媒有限公司"));
    }

    @Test
    void normalisesFundSourcesToProvincesAndMarksForeignOnes() {
        assertEquals(List.of("上海", "广东"), FundSources.normalise("上海 深圳").places());
        assertEquals(List.of("山东"), FundSources.normalise("青岛").places());
        assertEquals(List.of("英国", "美国", "日本").stream().map(c -> "境外:" + c).toList(),
                FundSources.normalise("英国 美国 日本").places());
        assertTrue(FundSources.normalise("亚行").foreign());
        assertEquals(List.of("火星"), FundSources.normalise("火星").unknown());
    }

    @Test
    void flagsContentProblemsOfARow() {
        ProjectRow natural = new ProjectRow(162, "u", "n", "a", "自然人", new BigDecimal("1.6"), "四川", "l", "p", 1, Set.of());
        assertTrue(natural.flags().contains(QualityFlag.NATURAL_PERSON_PARTY));
        ProjectRow egypt = new ProjectRow(313, "u", "n", "a", "ELSAID AHMED DEYAB HARHASH", BigDecimal.ONE, "埃及", "l",
                "p", 1, Set.of());
        assertTrue(egypt.flags().contains(QualityFlag.FOREIGN_PARTY));
        ProjectRow nameOnly = new ProjectRow(279, "u", "n", null, null, null, null, null, null, 1,
                Set.of(QualityFlag.NAME_ONLY));
        assertEquals(Set.of(QualityFlag.NAME_ONLY), nameOnly.flags());
        ProjectRow bank = new ProjectRow(345, "u", "n", "a", "哈尔滨银行(按实际引入资金计)", BigDecimal.ONE, "黑龙江", "l",
                "p", 1, Set.of());
        assertTrue(bank.flags().contains(QualityFlag.PARTY_NOTE));
    }

    @Test
    void refusesInconsistentProgress() {
        assertEquals("completed", ProgressRules.check(true, false, true, BigDecimal.ONE, BigDecimal.TEN, null)
                .orElseThrow().field());
        assertEquals("constructionStarted", ProgressRules.check(false, true, false, BigDecimal.ONE, BigDecimal.TEN, null)
                .orElseThrow().field());
        assertEquals("fundsInPlace", ProgressRules.check(true, true, false, new BigDecimal("10.01"), BigDecimal.TEN, null)
                .orElseThrow().field());
        assertTrue(ProgressRules.check(true, true, false, new BigDecimal("10.01"), BigDecimal.TEN, "追加投资").isEmpty());
        assertTrue(ProgressRules.check(true, true, true, BigDecimal.TEN, BigDecimal.TEN, null).isEmpty());
    }

    @Test
    void quartersKnowTheirMonthsAndPredecessor() {
        Periods.Quarter q4 = Periods.Quarter.parse("2017-Q4").orElseThrow();
        assertEquals(YearMonth.of(2017, 10), q4.firstMonth());
        assertEquals(LocalDate.of(2017, 12, 31), q4.lastDay());
        assertEquals("2017-Q3", q4.previous().toString());
        assertEquals("2017-Q4", Periods.Quarter.lastEndedBefore(LocalDate.of(2018, 1, 6)).toString());
        assertEquals("2017-Q4", Periods.Quarter.parse("2018-Q1").orElseThrow().previous().toString());
        assertTrue(Periods.Quarter.parse("2017-Q5").isEmpty());
        assertTrue(Periods.month("2017-13").isEmpty());
    }

    // 134号 二 (资金到位率): funds in place are cumulative; going down needs a stated reason
    @Test
    void cumulativeFundsGoingDownNeedAReason() {
        var earlier = new ProgressRules.MonthFunds("2017-10", new java.math.BigDecimal("5"));
        var later = new ProgressRules.MonthFunds("2017-12", new java.math.BigDecimal("8"));
        assertEquals("fundsInPlace", ProgressRules.checkCumulative(new java.math.BigDecimal("3"), earlier, later, null)
                .orElseThrow().field());
        assertTrue(ProgressRules.checkCumulative(new java.math.BigDecimal("9"), earlier, later, " ").isPresent());
        assertTrue(ProgressRules.checkCumulative(new java.math.BigDecimal("3"), earlier, later, "退回2亿元").isEmpty());
        assertTrue(ProgressRules.checkCumulative(new java.math.BigDecimal("5"), earlier, later, null).isEmpty());
        assertTrue(ProgressRules.checkCumulative(new java.math.BigDecimal("0"), null, null, null).isEmpty());
    }

    // 134号 五 (每月5日前报送): a project owes months from its fair's month to the fair's closing
    @Test
    void monthsBeforeTheFairOrAfterItsClosingAreRefused() {
        Fair fair = new Fair();
        fair.edition = 18;
        fair.reportingFrom = "2017-01";
        assertTrue(OwedMonths.refusal(fair, YearMonth.of(2016, 12)).orElseThrow().english().contains("2017-01"));
        assertTrue(OwedMonths.refusal(fair, YearMonth.of(2017, 1)).isEmpty());
        fair.closedAfter = "2018-12";
        assertTrue(OwedMonths.refusal(fair, YearMonth.of(2018, 12)).isEmpty());
        assertTrue(OwedMonths.refusal(fair, YearMonth.of(2019, 1)).isPresent());
    }

    // 134号 开头: 597亿元 … 占总签约金额的40% implies a total of about 1492.50亿元; 683亿元 at 46% about 1484.78亿元
    @Test
    void aStatedShareImpliesATotal() {
        assertEquals(new BigDecimal("1492.50"), HeadlineFigure.impliedTotal(new BigDecimal("597"), new BigDecimal("40")));
        assertEquals(new BigDecimal("1484.78"), HeadlineFigure.impliedTotal(new BigDecimal("683"), new BigDecimal("46")));
        BigDecimal[] range = HeadlineFigure.impliedTotalRange(new BigDecimal("597"), new BigDecimal("40"));
        assertEquals(new BigDecimal("1472.83"), range[0]);
        assertEquals(new BigDecimal("1512.66"), range[1]);
    }

    @Test
    void anOutlierFenceIsPrintedWithEnoughDigitsOrAtTheFence() {
        assertEquals("0.0996", OutlierRule.fenceText(0.09961, new BigDecimal("0.10")));
        assertEquals("42.96", OutlierRule.fenceText(42.9612, new BigDecimal("180.33")));
        assertTrue(OutlierRule.fenceText(0.1, new BigDecimal("0.10")).startsWith("at the fence"));
    }
}
