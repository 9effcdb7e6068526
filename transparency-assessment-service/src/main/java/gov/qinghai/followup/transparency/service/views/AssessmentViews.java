package gov.qinghai.followup.transparency.service.views;

import jakarta.validation.constraints.Pattern;
import gov.qinghai.followup.transparency.domain.AssessingOffice;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.AssessmentRound;
import gov.qinghai.followup.transparency.domain.AssessmentStage;
import gov.qinghai.followup.transparency.domain.Statuses;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DTOs of the annual assessment (137号 第十条). */
public final class AssessmentViews {
    private AssessmentViews() {
    }

    @Schema(name = "RoundInput", description = "Publish the annual plan (考核实施方案) of a year")
    public record RoundInput(
            @NotNull @Window(kind = Window.Kind.YEAR) @Schema(example = "2017") Integer year,
            @NotNull @Schema(example = "1") Long schemeId,
            @NotBlank @Size(max = 200) @Schema(example = "2017年度政务公开工作考核实施方案") String title,
            @NotNull @Schema(example = "2017-11-01") LocalDate publishedOn,
            @Schema(description = "the subjects the plan assesses (required, active subjects only)", example = "[1, 2]")
            List<Long> subjectIds,
            @Schema(example = "2017-12-31", description = "the assessment date: item 4's 20-working-day rule is scored"
                    + " as of this day (records published later count as unpublished), so an open round's score does"
                    + " not change from day to day; default 31 December of the year; from 1 January of the year to 31"
                    + " December of the next") LocalDate assessedOn,
            @Pattern(regexp = "西宁市|海东市|海西州|海南州|海北州|黄南州|果洛州|玉树州",
                    message = "must be one of the eight 市州: 西宁市, 海东市, 海西州, 海南州, 海北州, 黄南州, 果洛州, 玉树州")
            @Schema(example = "海东市", description = "the 市州 whose office runs the round and assesses its own"
                    + " departments and counties (137号 第五条 第二款); omitted for the provincial round") String office) {
        public RoundInput(Integer year, Long schemeId, String title, LocalDate publishedOn, List<Long> subjectIds) {
            this(year, schemeId, title, publishedOn, subjectIds, null, null);
        }
    }

    @Schema(name = "Round")
    public record RoundView(
            @Schema(example = "100") Long id,
            @Schema(example = "2017") int year,
            @Schema(example = "海东市", description = "the 市州 whose office runs the round; null for the provincial"
                    + " round") String office,
            @Schema(example = "海东市政务公开领导小组办公室") String officeName,
            @Schema(example = "1") Long schemeId,
            @Schema(example = "2017年度政务公开工作考核实施方案") String title,
            @Schema(example = "2017-11-01") LocalDate publishedOn,
            @Schema(example = "2017-12-31", description = "item 4's 20-working-day rule is scored as of this date")
            LocalDate assessedOn,
            @Schema(example = "OPEN") String status,
            @Schema(example = "考核中") String statusLabel,
            @Schema(example = "省考核办", description = "137号 第十一条: where the result was sent; null until sent")
            String submittedTo,
            @Schema(example = "2018-01-20") LocalDate submittedOn,
            @Schema(example = "青政公开办〔2018〕3号") String submissionRef,
            @Schema(example = "admin") String submittedBy,
            @Schema(example = "0") long version) {
        public static RoundView of(AssessmentRound r) {
            return new RoundView(r.id, r.year, r.office, AssessingOffice.name(r.office), r.schemeId, r.title, r.publishedOn, r.assessedOn, r.status,
                    Labels.get().of(Statuses.RoundStatus.valueOf(r.status)),
                    r.submittedTo, r.submittedOn, r.submissionRef, r.submittedBy, r.version);
        }
    }

    @Schema(name = "Assessment", description = "One subject in one annual round")
    public record View(
            @Schema(example = "100") Long id,
            @Schema(example = "100") Long roundId,
            @Schema(example = "1") Long subjectId,
            @Schema(example = "西宁市政府") String subject,
            @Schema(example = "SELF_INSPECTION_SUBMITTED") AssessmentStage stage,
            @Schema(example = "自查报告已报送") String stageLabel,
            @Schema(example = "本年度建立健全政务公开领导小组……") String selfInspection,
            Instant selfInspectedAt,
            @Schema(example = "92.5") BigDecimal thirdPartyScore,
            @Schema(example = "88.0") BigDecimal onlineScore,
            @Schema(example = "第三方评估报告编号 2017-12") String evaluationNote,
            @Schema(example = "93.7", description = "out of 100 (scaled when items do not apply); one decimal, cut,"
                    + " never rounded up; the grade is read from the exact total (breakdown.exactTotal)") BigDecimal total,
            @Schema(example = "良好") String grade,
            @Schema(example = "75.0", description = "Σ counted item scores before scaling, out of rawMax") BigDecimal rawScore,
            @Schema(example = "80.0", description = "the applicable maximum: 100 for a 市州政府, 80 for a provincial"
                    + " department (item 8 not applicable)") BigDecimal rawMax,
            @Schema(example = "2", description = "rank among rankingGroup only") Integer ranking,
            @Schema(example = "PROVINCIAL_DEPARTMENT", description = "市州政府 and 省直部门 are scored on different item"
                    + " sets and ranked separately") String rankingGroup,
            @Schema(example = "省政府部门") String rankingGroupLabel,
            @Schema(description = "the full scoring breakdown (JSON) once the result is published") Object breakdown,
            @Schema(example = "87.5", description = "share of the subject's disclosures produced in the round's year"
                    + " that were published within 20 working days; null if none published. The rate that scores"
                    + " item 4 also counts unpublished records past their deadline: see breakdown.timeliness and"
                    + " GET /assessments/{id}/score")
            BigDecimal disclosureOnTimeRate,
            @Schema(description = "the last supervised reopening, if any") Instant reopenedAt,
            @Schema(example = "admin") String reopenedBy,
            @Schema(example = "第三方评估分数录入错误") String reopenReason,
            @Schema(example = "0") long version) {
        public static View of(Assessment a, String subject, Object breakdown, BigDecimal onTimeRate) {
            return new View(a.id, a.roundId, a.subjectId, subject, a.stage, Labels.get().of(a.stage), a.selfInspection, a.selfInspectedAt,
                    a.thirdPartyScore, a.onlineScore, a.evaluationNote, a.total, a.grade, a.rawScore, a.rawMax,
                    a.ranking, a.rankingGroup,
                    a.rankingGroup == null ? null : Labels.get().of(SubjectKind.valueOf(a.rankingGroup)), breakdown,
                    onTimeRate, a.reopenedAt, a.reopenedBy, a.reopenReason, a.version);
        }
    }

    @Schema(name = "ResultSubmission", description = "137号 第十一条: the result sent to 省考核办")
    public record Submission(
            @NotNull @Schema(example = "2018-01-20") LocalDate sentOn,
            @NotBlank @Size(max = 200) @Schema(example = "青政公开办〔2018〕3号", description = "the covering letter's"
                    + " document number or another reference") String reference,
            @NotNull @Schema(example = "1") Long version) {
    }

    @Schema(name = "SelfInspection")
    public record SelfInspection(
            @NotBlank @Size(max = 10000) @Schema(example = "本年度建立健全政务公开领导小组，主要负责人听取专题汇报2次……")
            String report,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "LineScoreInput")
    public record LineScoreInput(
            @NotNull @Schema(example = "101") Long lineId,
            @NotNull @DecimalMin("0") @DecimalMax("100")
            @Schema(example = "1.5") BigDecimal score,
            @Size(max = 2000) @Schema(example = "查阅资料：领导小组文件齐全") String note) {
    }

    @Schema(name = "LineScores", description = "现场考核 scores per content line")
    public record LineScores(@NotEmpty List<@Valid LineScoreInput> scores) {
    }

    @Schema(name = "VersionOnly")
    public record VersionOnly(@NotNull @Schema(example = "1") Long version) {
    }

    @Schema(name = "Evaluation", description = "第三方评估 and 网络评议 inputs (第十条(四))")
    public record Evaluation(
            @DecimalMin("0") @DecimalMax("100") 
            @Schema(example = "92.5") BigDecimal thirdPartyScore,
            @DecimalMin("0") @DecimalMax("100") 
            @Schema(example = "88.0") BigDecimal onlineScore,
            @Size(max = 2000) @Schema(example = "第三方评估报告编号 2017-12") String note,
            @NotNull @Schema(example = "2") Long version) {
    }

    @Schema(name = "FindingInput", description = "加分项 / 减分项 / 直接归零项 finding; points come from the scheme line")
    public record FindingInput(
            @NotNull @Schema(example = "140") Long lineId,
            @NotBlank @Size(max = 2000) @Schema(example = "《青海日报》2017-10-12 正面报道") String description,
            @Size(max = 2000) @Schema(example = "报道链接") String evidence) {
    }

    @Schema(name = "Finding")
    public record FindingView(
            @Schema(example = "100") Long id,
            @Schema(example = "9") int itemNo,
            @Schema(example = "BONUS") String category,
            @Schema(example = "2.0") BigDecimal points,
            @Schema(example = "《青海日报》2017-10-12 正面报道") String description,
            @Schema(example = "supervisor@test") String recordedBy,
            @Schema(description = "set when withdrawn: the finding no longer counts") Instant withdrawnAt,
            @Schema(example = "supervisor@test") String withdrawnBy,
            @Schema(example = "复核：材料系扫描错误，不属弄虚作假") String withdrawalReason,
            @Schema(example = "复核后改为未按要求上报材料") String correctionReason,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "Withdrawal", description = "Withdraw a finding; it stays as history and no longer counts")
    public record Withdrawal(
            @NotBlank @Size(max = 2000) @Schema(example = "复核：材料系扫描错误，不属弄虚作假") String reason,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "FindingCorrection", description = "Correct a finding: line (points follow it), text, with a reason")
    public record FindingCorrection(
            @NotNull @Schema(example = "141") Long lineId,
            @NotBlank @Size(max = 2000) @Schema(example = "未按要求上报材料") String description,
            @Size(max = 2000) @Schema(example = "复核记录") String evidence,
            @NotBlank @Size(max = 2000) @Schema(example = "复核后改为减分项") String reason,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "Reopening", description = "Reopen an EVALUATED assessment before the round's result")
    public record Reopening(
            @NotBlank @Size(max = 2000) @Schema(example = "第三方评估分数录入错误，需复核现场考核第4项") String reason,
            @NotNull @Schema(example = "3") Long version) {
    }
}
