package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.TaskGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskGroup", description = "A group of 135号 二、目标任务")
public record TaskGroupView(
        @Schema(example = "1") Long id,
        @Schema(example = "一") String numeral,
        @Schema(example = "找准发力点") String name,
        @Schema(example = "要把实现绿色崛起作为发力点，努力追求经济发展速度、社会发育进度和群众满意程度“三度统一”，……")
        String heading,
        @Schema(example = "1") int firstTask,
        @Schema(example = "13") int lastTask,
        @Schema(example = "0", description = "send back on update (optimistic locking)") long version) {

    static TaskGroupView of(TaskGroup g) {
        return new TaskGroupView(g.id, g.numeral, g.name, g.heading, g.firstTask, g.lastTask, g.version);
    }
}
