package gov.qinghai.followup.projects.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FairCreate")
public record FairCreate(
        @NotNull @Min(1) @Max(1000) @Schema(example = "19") Integer edition,
        @NotBlank @Size(max = 200) @Schema(example = "第十九届中国·青海绿色发展投资贸易洽谈会") String name,
        @Schema(example = "2018-06-15") LocalDate heldFrom,
        @Schema(example = "2018-06-18") LocalDate heldTo,
        @Size(max = 100) @Schema(example = "青政办〔2018〕XX号") String notice,
        @jakarta.validation.constraints.Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month like 2018-06")
        @Schema(example = "2018-06", description = "the first month its projects owe a report (134号 五); "
                + "default: the month of heldFrom. One of the two is required.") String reportingFrom) {
}
