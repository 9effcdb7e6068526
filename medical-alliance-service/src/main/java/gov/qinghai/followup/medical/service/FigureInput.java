package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.input.Window;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilyDoctorFigureInput", description = "One month's 家庭医生签约 figures of a 市州")
public record FigureInput(
        @NotNull @Schema(example = "1") Long prefectureId,
        @NotNull @Window(kind = Window.Kind.MONTH, since = DateWindows.FIGURES_SINCE, why = DateWindows.FIGURES_WHY)
        @Schema(example = "2017-09") String period,
        @NotNull @Min(1) @Schema(example = "2350000") Long population,
        @NotNull @Min(0) @Schema(example = "752000") Long contracted,
        @NotNull @Min(0) @Schema(example = "640000") Long keyPopulation,
        @NotNull @Min(0) @Schema(example = "390000") Long contractedKey,
        @Schema(example = "0", description = "updates only") Long version) {
}
