package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Corrections, withdrawals and 整改 of the supervision records (135号 三、(三)). Every change names the version the
 * caller read: a change made on a stale copy is refused (409) rather than silently overwriting another's.
 */
public final class SupervisionCommands {
    private SupervisionCommands() {
    }

    @Schema(name = "SupervisionCorrection", description = "The 督查 as it should read; its findings are corrected "
            + "one by one (PUT /api/v1/findings/{id})")
    public record SupervisionCorrection(
            @NotNull @Schema(example = "SPECIAL") SupervisionKind kind,
            @NotNull @Schema(example = "2017-09-21") LocalDate heldOn,
            @NotBlank @Size(max = 300) @Schema(example = "去产能专项督查（更正）") String title,
            @Size(max = 50) @Schema(example = "[21]") List<@NotNull @Min(1) @Max(50) Integer> taskNumbers,
            @Size(max = 100) @Schema(example = "[\"省经济和信息化委\"]") List<@NotBlank String> units,
            @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    }

    @Schema(name = "FindingCorrection")
    public record FindingCorrection(
            @NotBlank @Schema(example = "省经济和信息化委") String unit,
            @Min(1) @Max(50) @Schema(example = "21") Integer taskNumber,
            @NotBlank @Size(max = 2000) @Schema(example = "煤炭去产能进度滞后，9月底仅完成110万吨。") String text,
            @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    }

    @Schema(name = "AdmonitionCorrection")
    public record AdmonitionCorrection(
            @NotNull @Schema(example = "2017-10-13") LocalDate heldOn,
            @NotBlank @Size(max = 200) @Schema(example = "省政府督查室") String conductedBy,
            @NotBlank @Size(max = 2000) @Schema(example = "约谈分管负责同志。") String summary,
            @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    }

    @Schema(name = "AccountabilityCorrection")
    public record AccountabilityCorrection(
            @NotNull @Schema(example = "2017-11-16") LocalDate decidedOn,
            @NotBlank @Size(max = 500) @Schema(example = "通报批评") String measure,
            @Size(max = 500) @Schema(example = "某处长") String persons,
            @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    }

    @Schema(name = "WithdrawalInput", description = "Why the record is taken back; it stays readable, marked withdrawn")
    public record WithdrawalInput(
            @NotBlank @Size(max = 500) @Schema(example = "重复录入：与9月21日专项督查为同一次督查。") String reason,
            @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    }

    @Schema(name = "RectificationOrder", description = "The 整改 a finding asks for, by a deadline")
    public record RectificationOrder(
            @NotNull @Schema(example = "2017-10-31", description = "not before the 督查, by 2018-12-31") LocalDate deadline,
            @NotNull @Schema(example = "0", description = "the finding's version you read") Long version) {
    }

    @Schema(name = "RectificationReport", description = "The unit reports its 整改 done")
    public record RectificationReport(
            @NotNull @Schema(example = "2017-10-28", description = "not before the 督查 nor after today") LocalDate reportedOn,
            @NotBlank @Size(max = 2000) @Schema(example = "已关闭退出煤矿2处，完成剩余12万吨去产能任务。") String report,
            @NotNull @Schema(example = "1", description = "the finding's version you read") Long version) {
    }

    @Schema(name = "RectificationVerification", description = "The supervisor's check of a reported 整改")
    public record RectificationVerification(
            @NotNull @Schema(example = "true", description = "true: verified and closed; false: rejected, the unit "
                    + "rectifies again") Boolean accepted,
            @NotNull @Schema(example = "2017-11-03", description = "not before the unit's report nor after today")
            LocalDate verifiedOn,
            @Size(max = 2000) @Schema(example = "经现场核查，整改到位。") String note,
            @NotNull @Schema(example = "2", description = "the finding's version you read") Long version) {
    }
}
