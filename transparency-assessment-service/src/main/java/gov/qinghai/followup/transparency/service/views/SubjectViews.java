package gov.qinghai.followup.transparency.service.views;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the subject life cycle. */
public final class SubjectViews {
    private SubjectViews() {
    }

    @Schema(name = "SubjectDeactivation")
    public record Deactivation(
            @NotBlank @Size(max = 2000) @Schema(example = "机构改革：职责划入省政务服务监督管理局") String reason,
            @NotNull @Schema(example = "0") Long version) {
    }
}
