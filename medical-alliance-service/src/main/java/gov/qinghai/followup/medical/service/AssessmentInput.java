package gov.qinghai.followup.medical.service;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AllianceAssessment", description = "The 卫生计生委's finding that an alliance is 有明显成效 (140号 二); "
        + "null effectiveSince withdraws it")
public record AssessmentInput(
        @Schema(example = "2017-11-30") LocalDate effectiveSince,
        @NotNull @Schema(example = "0") Long version) {
}
