package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.SeedNote;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskRole;
import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.service.UnitScope;
import java.time.LocalDate;
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
        @Schema(example = "2017-12-31", description = "the task's own deadline: the date its text states, else the "
                + "end of the offensive (三季度, 2017-09-30); judges a task without indicators") LocalDate deadline,
        @Schema(example = "stated: 年底前、年内") String deadlineBasis,
        @Schema(description = "the 督查室's confirmation that a task without indicators is done; null if none")
        Completion completion,
        List<IndicatorView> indicators,
        @Schema(description = "what the notice's text leaves open or gets wrong for this task") List<NoteView> notes,
        @Schema(example = "0") long version) {

    static TaskView of(Task t, UnitScope scope, List<SeedNote> seedNotes) {
        boolean open = t.units.stream().anyMatch(u -> u.role == TaskRole.RESPONSIBLE && u.followedByEtc);
        List<NoteView> notes = seedNotes.stream().map(NoteView::of).toList();
        Completion done = t.completedOn == null ? null
                : new Completion(t.completedOn, t.completionBasis, t.completionConfirmedBy);
        return new TaskView(t.number, t.group.numeral, t.group.name, t.text, t.leadWording, t.responsibleWording,
                units(t, TaskRole.LEAD, scope), units(t, TaskRole.RESPONSIBLE, scope), open, t.deadline,
                t.deadlineBasis, done, t.indicators.stream().map(IndicatorView::of).toList(), notes, t.version);
    }

    private static List<TaskUnitView> units(Task t, TaskRole role, UnitScope scope) {
        return t.units.stream().filter(u -> u.role == role)
                .map((TaskUnit u) -> TaskUnitView.of(u, scope)).toList();
    }

    @Schema(name = "TaskCompletion")
    public record Completion(@Schema(example = "2017-09-28") LocalDate completedOn,
                             @Schema(example = "2017-09-28 专项督查: 民生十件实事各项任务已兑现，见督查通报。") String basis,
                             @Schema(example = "supervisor@test") String confirmedBy) {
    }
}
