package gov.qinghai.followup.projects.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HeadlineFigureSet", description = "The headline figures of a fair's notice, with the version to send "
        + "back when replacing them (the fair's version)")
public record HeadlineFigureSet(
        @Schema(example = "1") Long fairId,
        @NotNull @Schema(example = "0") Long version,
        @NotNull @Size(max = 20) List<@Valid @NotNull HeadlineFigureInput> figures) {
}
