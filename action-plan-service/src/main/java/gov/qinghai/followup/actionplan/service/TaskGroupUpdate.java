package gov.qinghai.followup.actionplan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's correction of a group's wording; the task ranges are fixed by the notice. */
@Schema(name = "TaskGroupUpdate")
public record TaskGroupUpdate(
        @NotBlank @Size(max = 50) @Schema(example = "找准发力点") String name,
        @NotBlank @Size(max = 1000) @Schema(example = "要把实现绿色崛起作为发力点，……") String heading,
        @NotNull @Schema(example = "0", description = "the version you read") Long version) {
}
