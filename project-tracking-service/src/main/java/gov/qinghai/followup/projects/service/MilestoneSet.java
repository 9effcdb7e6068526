package gov.qinghai.followup.projects.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The milestone targets of a fair as one versioned set: they decide MET/MISSED (134号 二), so a replacement carries
 * the version that was read (the fair's version), and a replacement based on a stale read gets 409.
 */
@Schema(name = "MilestoneSet", description = "The dated targets of a fair, with the version to send back when "
        + "replacing them")
public record MilestoneSet(
        @Schema(example = "1") Long fairId,
        @NotNull @Schema(example = "0", description = "the fair's version: send back what you read") Long version,
        @NotNull @Size(max = 20) List<@Valid @NotNull MilestoneInput> targets) {
}
