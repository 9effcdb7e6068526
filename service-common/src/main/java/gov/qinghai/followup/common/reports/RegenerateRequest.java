package gov.qinghai.followup.common.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an administrator rebuilds a stored period report: kept with the new version. */
@Schema(name = "RegenerateRequest")
public record RegenerateRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "海西州 filed its September report late (2017-10-20)",
                description = "why the period is rebuilt; kept with the new version", maxLength = 2000) String reason) {
}
