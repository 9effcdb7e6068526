package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskUnit", description = "A unit as the task's line writes it; a collective lists the units it reaches")
public record TaskUnitView(
        @Schema(example = "8") int position,
        @Schema(example = "各市州人民政府", description = "the notice's wording") String wording,
        @Schema(example = "各市州人民政府", description = "the unit it resolves to (西宁市人民政府 → 西宁市政府)") String unit,
        @Schema(example = "COLLECTIVE") UnitKind kind,
        @Schema(example = "false", description = "the notice wrote 等 right after this unit") boolean followedByEtc,
        @Schema(example = "[\"西宁市政府\",\"海东市政府\"]", description = "members of a collective; empty otherwise")
        List<String> members) {

    static TaskUnitView of(TaskUnit tu, List<String> members) {
        return new TaskUnitView(tu.position, tu.wording, tu.unit.name, tu.unit.kind, tu.followedByEtc, members);
    }
}
