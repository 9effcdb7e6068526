package gov.qinghai.followup.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.labels.LabelCoverage;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.projects.service.ProjectFilter;
import gov.qinghai.followup.projects.domain.HeadlineFigure;
import gov.qinghai.followup.projects.domain.MilestoneAssessment;
import gov.qinghai.followup.projects.domain.NoticeFigure;
import gov.qinghai.followup.projects.domain.QualityFlag;
import gov.qinghai.followup.projects.domain.Reminder;
import gov.qinghai.followup.projects.domain.UnitKind;
import gov.qinghai.followup.projects.report.ProgressReportTable;
import gov.qinghai.followup.projects.report.RateLine;
import gov.qinghai.followup.projects.report.QuarterlyReports;
import gov.qinghai.followup.projects.report.RateTables;
import gov.qinghai.followup.projects.report.ReconciliationTable;
import gov.qinghai.followup.projects.report.Rates;
import gov.qinghai.followup.projects.report.ReminderTable;
import gov.qinghai.followup.projects.service.ProjectTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every value and heading a person reads in project tracking's exports and label fields has its Chinese label. */
class LabelsTest {
    @Test
    void everyEnumThatReachesAPersonHasAChineseLabel() {
        LabelCoverage.assertEveryConstantLabelled(MilestoneAssessment.Status.class, UnitKind.class, QualityFlag.class,
                Reminder.Kind.class, ProjectFilter.ReportStatus.class, Rates.GroupBy.class,
                NoticeFigure.Measure.class, HeadlineFigure.Comparison.class);
    }

    @Test
    void theNoticesVerdictsReadAsTheOfficesWriteThem() {
        // 134号 二: 履约率/开工率/资金到位率 "达到…以上" — from the due date a rate has either met its target or not
        assertEquals("已达标", Labels.get().of(MilestoneAssessment.Status.MET));
        assertEquals("未达标", Labels.get().of(MilestoneAssessment.Status.MISSED));
        assertEquals("仅有项目名称", Labels.get().of(QualityFlag.NAME_ONLY));
        assertEquals("市州政府", Labels.get().of(UnitKind.PREFECTURE_GOVERNMENT));
    }

    @Test
    void everyExportColumnHasAChineseHeadingAndNoTwoColumnsOfATableShareOne() {
        List<List<String>> tables = List.of(ProjectTable.COLUMNS, RateTables.RATE_COLUMNS, RateTables.NOTICE_COLUMNS,
                QuarterlyReports.COLUMNS, ReminderTable.COLUMNS, ProgressReportTable.COLUMNS,
                ReconciliationTable.COLUMNS);
        List<String> missing = new ArrayList<>();
        for (List<String> columns : tables) {
            List<String> headings = columns.stream().map(c -> Labels.get().find("column." + c).orElse(null)).toList();
            columns.stream().filter(c -> Labels.get().find("column." + c).isEmpty()).forEach(missing::add);
            assertEquals(headings.size(), new HashSet<>(headings).size(), "two columns share a heading: " + headings);
        }
        assertTrue(missing.isEmpty(), "no Chinese heading for " + missing);
        assertTrue(Stream.of(ProjectTable.COLUMNS, ReminderTable.COLUMNS).flatMap(List::stream)
                .map(c -> Labels.get().heading(c)).noneMatch(h -> h.matches(".*[A-Za-z_].*")));
    }

    @Test
    void aRateLineReadsItsVerdictsAsLabelsAndSaysWhenThereIsNoMilestone() {
        java.math.BigDecimal ten = new java.math.BigDecimal("10.00");
        RateLine.Gap missed = new RateLine.Gap(new java.math.BigDecimal("50"), new java.math.BigDecimal("-40.00"),
                MilestoneAssessment.Status.MISSED);
        RateLine with = new RateLine("全部", 4, 1, 1, ten, ten, new java.math.BigDecimal("25.00"),
                new java.math.BigDecimal("25.00"), new java.math.BigDecimal("100.00"),
                new RateLine.Versus(missed, missed, missed));
        List<Object> row = RateTables.row(with);
        assertEquals("未达标", missed.statusLabel());
        assertEquals(List.of("未达标", "未达标", "未达标"), List.of(row.get(11), row.get(14), row.get(17)));
        // a fair without milestone targets: no verdict is made up
        RateLine without = new RateLine("全部", 4, 1, 1, ten, ten, ten, ten, ten, null);
        List<Object> bare = RateTables.row(without);
        assertEquals(List.of("无考核目标", "无考核目标", "无考核目标"), List.of(bare.get(11), bare.get(14), bare.get(17)));
        assertNull(bare.get(9), "no target");
        assertNull(bare.get(10), "no gap");
    }
}
