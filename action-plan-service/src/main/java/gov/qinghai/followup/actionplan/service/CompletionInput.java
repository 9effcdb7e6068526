package gov.qinghai.followup.actionplan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 督查室's confirmation that a task without indicators is done (135号 三、(三)); who confirms comes from the token. */
@Schema(name = "TaskCompletionInput")
public record CompletionInput(
        @NotNull @Schema(example = "2017-09-28", description = "the day the task was found done") LocalDate completedOn,
        @NotBlank @Size(max = 1000) @Schema(example = "2017-09-28 专项督查: 民生十件实事各项任务已兑现，见督查通报。")
        String basis,
        @NotNull @Schema(example = "0", description = "the task's version you read") Long version) {
}
