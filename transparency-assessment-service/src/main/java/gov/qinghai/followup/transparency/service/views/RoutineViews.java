package gov.qinghai.followup.transparency.service.views;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.transparency.domain.Rectification;
import gov.qinghai.followup.transparency.domain.RoutineRecord;
import gov.qinghai.followup.transparency.domain.Statuses;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DTOs of 日常考核 (第九条) and 整改 (第十二条). */
public final class RoutineViews {
    private RoutineViews() {
    }

    @Schema(name = "RoutineRecordInput")
    public record RecordInput(
            @NotNull @Schema(example = "1") Long subjectId,
            @NotNull @Schema(example = "2017-09-15") LocalDate recordedOn,
            @NotNull @Pattern(regexp = "PROBLEM|ACHIEVEMENT", message = "must be PROBLEM or ACHIEVEMENT")
            @Schema(example = "PROBLEM") String kind,
            @NotNull @Min(1) @Max(8) @Schema(example = "4", description = "item 1–8 of the scheme") Integer itemNo,
            @NotNull @DecimalMin("-20") @DecimalMax("20")
            @Schema(example = "-1.0", description = "negative for a problem, positive for an achievement")
            BigDecimal points,
            @NotBlank @Size(max = 2000) @Schema(example = "随机抽查：3条政策文件超过20个工作日未公开") String description,
            @Size(max = 2000) @Schema(example = "抽查记录 2017-09-15") String evidence,
            @NotNull @Pattern(regexp = "DAILY_RECORD|RANDOM_CHECK|SPECIAL_INSPECTION",
                    message = "must be DAILY_RECORD, RANDOM_CHECK or SPECIAL_INSPECTION")
            @Schema(example = "RANDOM_CHECK", description = "第九条: 日常工作记录、随机抽查、专项检查") String method) {
    }

    @Schema(name = "RoutineRecordUpdate", description = "Correct a record; the subject is fixed (remove the record and"
            + " record it against the right subject instead)")
    public record RecordUpdate(
            @NotNull @Schema(example = "2017-09-15") LocalDate recordedOn,
            @NotNull @Pattern(regexp = "PROBLEM|ACHIEVEMENT", message = "must be PROBLEM or ACHIEVEMENT")
            @Schema(example = "PROBLEM") String kind,
            @NotNull @Min(1) @Max(8) @Schema(example = "4", description = "item 1–8 of the scheme") Integer itemNo,
            @NotNull @DecimalMin("-20") @DecimalMax("20")
            @Schema(example = "-0.5") BigDecimal points,
            @NotBlank @Size(max = 2000) @Schema(example = "随机抽查：2条政策文件超过20个工作日未公开（复核后更正）")
            String description,
            @Size(max = 2000) @Schema(example = "抽查记录 2017-09-15，复核记录 2017-09-20") String evidence,
            @NotNull @Pattern(regexp = "DAILY_RECORD|RANDOM_CHECK|SPECIAL_INSPECTION",
                    message = "must be DAILY_RECORD, RANDOM_CHECK or SPECIAL_INSPECTION")
            @Schema(example = "RANDOM_CHECK") String method,
            @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    }

    @Schema(name = "RoutineRecordRemoval")
    public record Removal(
            @NotBlank @Size(max = 2000) @Schema(example = "重复记录：与 2017-09-15 抽查记录为同一问题") String reason,
            @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    }

    @Schema(name = "RoutineRecord")
    public record RecordView(
            @Schema(example = "100") Long id,
            @Schema(example = "1") Long subjectId,
            @Schema(example = "2017") int year,
            @Schema(example = "2017-09-15") LocalDate recordedOn,
            @Schema(example = "PROBLEM") String kind,
            @Schema(example = "问题") String kindLabel,
            @Schema(example = "4") int itemNo,
            @Schema(example = "-1.0") BigDecimal points,
            @Schema(example = "随机抽查：3条政策文件超过20个工作日未公开") String description,
            @Schema(example = "抽查记录 2017-09-15") String evidence,
            @Schema(example = "RANDOM_CHECK") String method,
            @Schema(example = "随机抽查") String methodLabel,
            @Schema(example = "supervisor@test") String recorder,
            @Schema(description = "set once removed; a removed record no longer counts") Instant removedAt,
            @Schema(example = "supervisor@test") String removedBy,
            @Schema(example = "重复记录") String removalReason,
            @Schema(example = "0") long version) {
        public static RecordView of(RoutineRecord r) {
            return new RecordView(r.id, r.subjectId, r.year, r.recordedOn, r.kind,
                    Labels.get().of(Statuses.RoutineKind.valueOf(r.kind)), r.itemNo, r.points, r.description,
                    r.evidence, r.method, Labels.get().of(Statuses.RoutineMethod.valueOf(r.method)), r.recorder, r.removedAt, r.removedBy, r.removalReason, r.version);
        }
    }

    @Schema(name = "RectificationInput")
    public record RectificationInput(
            @NotNull @Schema(example = "1") Long subjectId,
            @Schema(example = "100", description = "the assessment that found the problem, if any") Long assessmentId,
            @NotBlank @Size(max = 2000) @Schema(example = "政策解读不全：2件政策性文件未解读") String problem,
            @Size(max = 4000) @Schema(example = "11月底前补充解读并在政府网站发布") String plan,
            @NotBlank @Size(max = 200) @Schema(example = "西宁市政府办公厅政务公开科") String owner,
            @NotNull @Schema(example = "2017-11-30") LocalDate deadline) {
    }

    @Schema(name = "RectificationUpdate")
    public record RectificationUpdate(
            @Size(max = 4000) @Schema(example = "已补充解读2件") String plan,
            @NotBlank @Size(max = 200) @Schema(example = "西宁市政府办公厅政务公开科") String owner,
            @NotNull @Schema(example = "2017-11-30") LocalDate deadline,
            @NotNull @Pattern(regexp = "OPEN|IN_PROGRESS|REPORTED|DONE",
                    message = "must be OPEN, IN_PROGRESS, REPORTED or DONE")
            @Schema(example = "REPORTED", description = "a unit reports (REPORTED); only the office closes (DONE)")
            String status,
            @Schema(example = "2017-11-28") LocalDate completedOn,
            @Size(max = 4000) @Schema(example = "已补充解读2件并在政府网站发布", description = "the unit's report; required"
                    + " with REPORTED") String report,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "RectificationVerification", description = "The office's verification of a reported rectification")
    public record Verification(
            @NotNull @Schema(example = "true", description = "true: DONE; false: back to IN_PROGRESS") Boolean accepted,
            @Size(max = 2000) @Schema(example = "抽查网站，已发布") String note,
            @NotNull @Schema(example = "2") Long version) {
    }

    @Schema(name = "Rectification")
    public record RectificationView(
            @Schema(example = "100") Long id,
            @Schema(example = "1") Long subjectId,
            @Schema(example = "西宁市政府") String subject,
            @Schema(example = "100") Long assessmentId,
            @Schema(example = "政策解读不全：2件政策性文件未解读") String problem,
            @Schema(example = "11月底前补充解读并在政府网站发布") String plan,
            @Schema(example = "西宁市政府办公厅政务公开科") String owner,
            @Schema(example = "2017-11-30") LocalDate deadline,
            @Schema(example = "OPEN") String status,
            @Schema(example = "待整改") String statusLabel,
            @Schema(example = "2017-11-28") LocalDate completedOn,
            @Schema(example = "已补充解读2件并在政府网站发布") String report,
            @Schema(example = "reporter") String reportedBy,
            @Schema(example = "supervisor") String verifiedBy,
            java.time.Instant verifiedAt,
            @Schema(example = "抽查网站，已发布") String verificationNote,
            @Schema(example = "true", description = "not DONE and the deadline has passed (as of asOf, default today)")
            boolean overdue,
            @Schema(example = "0") long version) {
        public static RectificationView of(Rectification r, String subject, LocalDate asOf) {
            return new RectificationView(r.id, r.subjectId, subject, r.assessmentId, r.problem, r.plan, r.owner,
                    r.deadline, r.status, Labels.get().of(Statuses.RectificationStatus.valueOf(r.status)), r.completedOn, r.report, r.reportedBy, r.verifiedBy, r.verifiedAt,
                    r.verificationNote, r.overdueOn(asOf), r.version);
        }
    }

    @Schema(name = "RoutineSummaryRow", description = "Σ routine points per subject and item (SQL group by)")
    public record SummaryRow(
            @Schema(example = "1") Long subjectId,
            @Schema(example = "西宁市政府") String subject,
            @Schema(example = "4") int itemNo,
            @Schema(example = "3") long records,
            @Schema(example = "-2.0") BigDecimal points) {
    }
}
