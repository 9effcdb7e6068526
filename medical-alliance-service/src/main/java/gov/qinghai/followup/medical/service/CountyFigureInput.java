package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.medical.domain.PopulationGroup;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountyContractFigureInput", description = "One month's 家庭医生签约 figure of a county for one group")
public record CountyFigureInput(
        @NotNull @Schema(example = "302") Long countyId,
        @NotNull @Window(kind = Window.Kind.MONTH, since = DateWindows.FIGURES_SINCE, why = DateWindows.FIGURES_WHY)
        @Schema(example = "2017-09") String period,
        @NotNull @Schema(example = "ELDERLY", description = "RESIDENTS (all) or a 重点人群 group") PopulationGroup group,
        @NotNull @Min(1) @Schema(example = "21000") Long population,
        @NotNull @Min(0) @Schema(example = "13500") Long contracted,
        @Schema(example = "0", description = "the version you read, when correcting a reported figure") Long version) {
}
