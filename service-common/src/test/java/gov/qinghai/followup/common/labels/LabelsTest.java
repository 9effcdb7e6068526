package gov.qinghai.followup.common.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
    enum Verdict { MET, MISSED }

    private final Labels labels = new Labels(Map.of("Verdict.MET", "已达标", "column.unit_name", "责任单位"));

    @Test
    void labelsAnEnumByItsSimpleClassName() {
        assertEquals("已达标", labels.of(Verdict.MET));
        assertEquals("责任单位", labels.heading("unit_name"));
    }

    @Test
    void refusesAMissingLabelInsteadOfShowingTheMachineValue() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> labels.of(Verdict.MISSED));
        assertTrue(e.getMessage().contains("Verdict.MISSED"));
    }

    @Test
    void readsTheClasspathTableAsUtf8() {
        assertEquals("期间", Labels.get().heading("period"));
    }
}
