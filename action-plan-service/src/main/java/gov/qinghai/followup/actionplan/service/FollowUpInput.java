package gov.qinghai.followup.actionplan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 约谈 (admonition) or 问责 (accountability) answering a finding; summary/measure and who. */
public final class FollowUpInput {
    private FollowUpInput() {
    }

    @Schema(name = "AdmonitionInput")
    public record Admonition(
            @NotNull @Schema(example = "2017-10-12") LocalDate heldOn,
            @NotBlank @Size(max = 200) @Schema(example = "省政府督查室") String conductedBy,
            @NotBlank @Size(max = 2000) @Schema(example = "约谈分管负责同志，要求10月底前完成剩余12万吨。") String summary) {
    }

    @Schema(name = "AccountabilityInput")
    public record Accountability(
            @NotNull @Schema(example = "2017-11-15") LocalDate decidedOn,
            @NotBlank @Size(max = 500) @Schema(example = "通报批评") String measure,
            @Size(max = 500) @Schema(example = "某处长") String persons) {
    }
}
