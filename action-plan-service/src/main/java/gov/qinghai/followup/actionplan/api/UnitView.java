package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.UnitKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unit", description = "A unit named in 135号, or a collective wording with the units it reaches")
public record UnitView(
        @Schema(example = "1007") Long id,
        @Schema(example = "各市州人民政府") String name,
        @Schema(example = "COLLECTIVE") UnitKind kind,
        @Schema(example = "统称（多个单位）") String kindLabel,
        @Schema(example = "西宁市", description = "市州 of a 市州 government") String prefecture,
        @Schema(example = "[\"西宁市政府\",\"海东市政府\",\"海西州政府\"]") List<String> members,
        @Schema(example = "notice", description = "for a collective: whether the notice names all members or "
                + "the membership is assumed (相关…)") String membershipBasis,
        @Schema(example = "0", description = "send back when correcting a collective's members") long version) {

    static UnitView of(gov.qinghai.followup.actionplan.domain.Unit u, gov.qinghai.followup.actionplan.service.UnitScope scope) {
        return new UnitView(u.id, u.name, u.kind, gov.qinghai.followup.common.labels.Labels.get().of(u.kind), u.prefecture, scope.members(u), scope.basis(u), u.version);
    }
}
