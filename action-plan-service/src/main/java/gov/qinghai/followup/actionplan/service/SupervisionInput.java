package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 督查 of 135号 三、(三) with the tasks and units it covered and what it found. */
@Schema(name = "SupervisionInput")
public record SupervisionInput(
        @NotNull @Schema(example = "SPECIAL", description = "REGULAR 定期督查, SPECIAL 专项督查, ON_SITE 现场督查, "
                + "UNANNOUNCED 明察暗访") SupervisionKind kind,
        @NotNull @Schema(example = "2017-09-20") LocalDate heldOn,
        @NotBlank @Size(max = 300) @Schema(example = "去产能专项督查") String title,
        @Size(max = 50) @Schema(example = "[21]") List<@NotNull @Min(1) @Max(50) Integer> taskNumbers,
        @Size(max = 100) @Schema(example = "[\"省经济和信息化委\"]") List<@NotBlank String> units,
        @Size(max = 100) List<@Valid @NotNull FindingInput> findings) {

    @Schema(name = "FindingInput")
    public record FindingInput(
            @NotBlank @Schema(example = "省经济和信息化委") String unit,
            @Min(1) @Max(50) @Schema(example = "21") Integer taskNumber,
            @NotBlank @Size(max = 2000) @Schema(example = "煤炭去产能进度滞后，9月底仅完成120万吨。") String text) {
    }
}
