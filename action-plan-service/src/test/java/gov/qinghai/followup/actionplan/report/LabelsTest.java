package gov.qinghai.followup.actionplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.actionplan.domain.Comparator;
import gov.qinghai.followup.actionplan.domain.FigureRule;
import gov.qinghai.followup.actionplan.domain.LinkedSource;
import gov.qinghai.followup.actionplan.domain.RectificationState;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.domain.TaskRole;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.actionplan.service.ResponsibilityListService;
import gov.qinghai.followup.common.labels.LabelCoverage;
import gov.qinghai.followup.common.labels.Labels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every value and heading a person reads has its Chinese label in labels.properties. */
class LabelsTest {
    @Test
    void everyEnumThatReachesAPersonHasAChineseLabel() {
        LabelCoverage.assertEveryConstantLabelled(TaskStatus.class, UnitKind.class, TaskRole.class, Comparator.class,
                FigureRule.class, LinkedSource.class, SupervisionKind.class, RectificationState.class);
    }

    @Test
    void everyExportHeadingHasAChineseLabel() {
        List<String> missing = new ArrayList<>();
        List<String> columns = new ArrayList<>(ResponsibilityListService.COLUMNS);
        QuarterlyReportBuilder.SHEETS.forEach((sheet, cols) -> {
            columns.add("sheet_" + sheet);
            columns.addAll(cols);
        });
        for (String c : columns) {
            if (Labels.get().find("column." + c).isEmpty()) {
                missing.add(c);
            }
        }
        assertTrue(missing.isEmpty(), "no Chinese heading for " + missing);
    }

    @Test
    void theNoticesOwnWordsLabelTheStatusesAndSupervisionKinds() {
        // 135号 三、(三): 定期督查、专项督查、现场督查、明察暗访
        assertEquals("明察暗访", Labels.get().of(SupervisionKind.UNANNOUNCED));
        assertEquals("已达标", Labels.get().of(TaskStatus.MET));
        assertEquals("滞后风险", Labels.get().of(TaskStatus.AT_RISK));
        assertEquals("完成时限", Labels.get().heading("deadline"));
    }

    @Test
    void eachSupervisionKindsLabelIsTheOneItsEnumCarries() {
        for (SupervisionKind k : SupervisionKind.values()) {
            assertEquals(k.label, Labels.get().of(k), k.name());
        }
    }
}
