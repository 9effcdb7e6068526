package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskUnit", description = "A unit as the task's line writes it; a collective lists the units it reaches")
public record TaskUnitView(
        @Schema(example = "1450", description = "id of this unit line of the task (to correct a 相关… reading)") Long id,
        @Schema(example = "9") int position,
        @Schema(example = "相关州人民政府", description = "the notice's wording") String wording,
        @Schema(example = "相关州人民政府", description = "the unit it resolves to (西宁市人民政府 → 西宁市政府)") String unit,
        @Schema(example = "COLLECTIVE") UnitKind kind,
        @Schema(example = "false", description = "the notice wrote 等 right after this unit") boolean followedByEtc,
        @Schema(example = "[\"海西州政府\",\"海南州政府\",\"海北州政府\",\"黄南州政府\",\"果洛州政府\",\"玉树州政府\"]",
                description = "units a collective reaches on this task; empty otherwise") List<String> members,
        @Schema(example = "not named in the notice: the six 自治州", description = "for a collective: the notice "
                + "names its members, or why this reading of 相关… was taken") String membershipBasis,
        @Schema(example = "true", description = "a 相关… collective, whose members an admin sets for this task")
        boolean readPerTask,
        @Schema(example = "0", description = "send back when correcting the members on this task") long version) {

    static TaskUnitView of(TaskUnit tu, UnitScope scope) {
        return new TaskUnitView(tu.id, tu.position, tu.wording, tu.unit.name, tu.unit.kind, tu.followedByEtc,
                scope.members(tu), scope.basis(tu), scope.readPerTask(tu), tu.version);
    }
}
