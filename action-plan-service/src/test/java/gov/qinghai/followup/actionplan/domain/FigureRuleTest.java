package gov.qinghai.followup.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Actual;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Figure;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.TaskFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.UnitFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose figure counts when several units report one indicator (domain.FigureRule). */
class FigureRuleTest {
    private static final LocalDate Q3_END = LocalDate.of(2017, 9, 30);

    // 135号 任务17: 新认定科技型企业40家, 牵头单位 省科技厅, 责任单位 incl. 省教育厅
    private static IndicatorFacts techFirms(FigureRule rule, UnitFigure... figures) {
        return new IndicatorFacts("17-tech-firms", "家", Comparator.GE, new BigDecimal("40"), Q3_END, rule,
                List.of(figures), null);
    }

    private static UnitFigure lead(String value, String asOf) {
        return new UnitFigure("省科技厅", new BigDecimal(value), LocalDate.parse(asOf), true);
    }

    private static UnitFigure education(String value, String asOf) {
        return new UnitFigure("省教育厅", new BigDecimal(value), LocalDate.parse(asOf), false);
    }

    private static TaskStatusRule.Verdict derive(IndicatorFacts i, String asOf) {
        return TaskStatusRule.derive(new TaskFacts(List.of(i), 2, 0, Q3_END, null), LocalDate.parse(asOf));
    }

    @Test
    void leadUnitsFigureStandsForTheProvinceOverAResponsibleUnitsLaterPart() {
        // 省教育厅's 3 university firms, reported after the lead's 42 for the province, do not replace it
        var i = techFirms(FigureRule.PROVINCE, lead("42", "2017-09-20"), education("3", "2017-09-28"));
        var v = derive(i, "2017-10-10");
        Actual a = v.actuals().get("17-tech-firms");
        assertEquals(TaskStatus.MET, v.status());
        assertEquals(new BigDecimal("42"), a.value());
        assertEquals("省科技厅", a.scope());
        assertEquals(List.of(new Figure("省科技厅", new BigDecimal("42"), LocalDate.of(2017, 9, 20), true),
                new Figure("省教育厅", new BigDecimal("3"), LocalDate.of(2017, 9, 28), false)), a.figures());
        assertTrue(a.basis().contains("省科技厅") && a.basis().contains("not used"), a.basis());
    }

    @Test
    void responsibleUnitsFigureAloneGivesNoProvinceFigure() {
        var i = techFirms(FigureRule.PROVINCE, education("3", "2017-09-28"));
        var v = derive(i, "2017-09-29");
        assertNull(v.actuals().get("17-tech-firms"));
        assertTrue(TaskStatusRule.noActualBasis(i).contains("not used"));
    }

    @Test
    void unitFiguresAddUpUnderSum() {
        var v = derive(techFirms(FigureRule.SUM, lead("30", "2017-09-20"), education("12", "2017-09-28")), "2017-10-10");
        Actual a = v.actuals().get("17-tech-firms");
        assertEquals(new BigDecimal("42"), a.value());
        assertEquals(LocalDate.of(2017, 9, 28), a.asOf());
        assertTrue(a.figures().stream().allMatch(Figure::used));
        assertEquals(TaskStatus.MET, v.status());
    }

    @Test
    void weakestUnitCountsUnderWeakest() {
        var v = derive(techFirms(FigureRule.WEAKEST, lead("42", "2017-09-20"), education("3", "2017-09-28")),
                "2017-10-10");
        Actual a = v.actuals().get("17-tech-firms");
        assertEquals(new BigDecimal("3"), a.value());
        assertEquals("省教育厅", a.scope());
        assertEquals(TaskStatus.OVERDUE, v.status());
    }

    @Test
    void aTargetDueOnTheDateIsMissedOnlyFromTheNextDay() {
        // 135号 任务21: 9月前 … 132万吨; 9月底 and 年底前 include their last day
        assertFalse(TaskStatusRule.deadlinePassed(Q3_END, Q3_END));
        assertTrue(TaskStatusRule.deadlinePassed(Q3_END, Q3_END.plusDays(1)));
        var i = techFirms(FigureRule.PROVINCE, lead("20", "2017-09-29"));
        assertEquals(TaskStatus.AT_RISK, derive(i, "2017-09-30").status());
        assertEquals(TaskStatus.OVERDUE, derive(i, "2017-10-01").status());
    }
}
