package gov.qinghai.followup.actionplan.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "One of the 50 tasks of 135号 二、目标任务")
public record TaskView(
        @Schema(example = "29") int number,
        @Schema(example = "三") String groupNumeral,
        @Schema(example = "找准主攻点") String groupName,
        @Schema(example = "抓好医药卫生体制改革，各市（州）年底前至少建成一个有明显成效的医联体，……") String text,
        @Schema(example = "省卫生计生委", description = "the 牵头单位 line as written; null where the notice has none")
        String leadWording,
        @Schema(example = "省政府相关委、办、厅、局等，各市州人民政府") String responsibleWording,
        List<TaskUnitView> leadUnits,
        List<TaskUnitView> responsibleUnits,
        @Schema(example = "true", description = "the 责任单位 list contains 等: it is open beyond the units named")
        boolean responsibleListOpen,
        List<IndicatorView> indicators,
        @Schema(description = "what the notice's text leaves open or gets wrong for this task") List<NoteView> notes,
        @Schema(example = "0") long version) {
}
