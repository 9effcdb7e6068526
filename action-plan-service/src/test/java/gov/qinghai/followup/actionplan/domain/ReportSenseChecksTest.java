package gov.qinghai.followup.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** 135号: what a monthly report of the offensive may say (domain.ReportSenseChecks). */
class ReportSenseChecksTest {
    private static final LocalDate Q3_END = LocalDate.of(2017, 9, 30);

    @Test
    void periodsRunFromAugustToTheYearEndOrALaterTaskDeadline() {
        assertEquals("period", ReportSenseChecks.period(YearMonth.of(2017, 7), Q3_END).orElseThrow().field());
        assertTrue(ReportSenseChecks.period(YearMonth.of(2017, 8), Q3_END).isEmpty());
        assertTrue(ReportSenseChecks.period(YearMonth.of(2017, 12), Q3_END).isEmpty());
        assertEquals("period", ReportSenseChecks.period(YearMonth.of(2018, 1), Q3_END).orElseThrow().field());
        assertEquals("period", ReportSenseChecks.period(YearMonth.of(2030, 12), Q3_END).orElseThrow().field());
        assertTrue(ReportSenseChecks.period(YearMonth.of(2018, 3), LocalDate.of(2018, 3, 31)).isEmpty());
    }

    @Test
    void aFigureRefersToTheReportedMonthOrTheOneBefore() {
        YearMonth oct = YearMonth.of(2017, 10);
        assertTrue(ReportSenseChecks.asOf("a", LocalDate.of(2017, 9, 1), oct).isEmpty());
        assertTrue(ReportSenseChecks.asOf("a", LocalDate.of(2017, 10, 31), oct).isEmpty());
        assertEquals("a", ReportSenseChecks.asOf("a", LocalDate.of(2017, 8, 31), oct).orElseThrow().field());
        assertEquals("a", ReportSenseChecks.asOf("a", LocalDate.of(1999, 1, 1), oct).orElseThrow().field());
        assertEquals("a", ReportSenseChecks.asOf("a", LocalDate.of(2030, 1, 1), oct).orElseThrow().field());
        assertEquals("a", ReportSenseChecks.asOf("a", LocalDate.of(2017, 11, 1), oct).orElseThrow().field());
    }

    @Test
    void countsAreWholeAndNotNegativeGrowthRatesMayFall() {
        // 135号 任务17 新认定科技型企业40家; 任务45 规上工业增长7%; 任务29 跨省结算 实现
        assertTrue(ReportSenseChecks.value("v", new BigDecimal("-7"), "家", "新认定科技型企业").isPresent());
        assertTrue(ReportSenseChecks.value("v", new BigDecimal("2.5"), "家", "新认定科技型企业").isPresent());
        assertTrue(ReportSenseChecks.value("v", new BigDecimal("42.0"), "家", "新认定科技型企业").isEmpty());
        assertTrue(ReportSenseChecks.value("v", new BigDecimal("-1"), "万吨", "压减煤炭产能").isPresent());
        assertTrue(ReportSenseChecks.value("v", new BigDecimal("-1.2"), "%", "规上工业增加值增长").isEmpty());
        assertTrue(ReportSenseChecks.value("v", new BigDecimal("-1.2"), "%", "全年支出执行率").isPresent());
        assertTrue(ReportSenseChecks.value("v", new BigDecimal("2"), "实现=1", "跨省异地就医直接结算").isPresent());
        assertTrue(ReportSenseChecks.value("v", BigDecimal.ONE, "实现=1", "跨省异地就医直接结算").isEmpty());
    }
}
