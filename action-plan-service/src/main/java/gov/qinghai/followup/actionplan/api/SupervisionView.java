package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Accountability;
import gov.qinghai.followup.actionplan.domain.Admonition;
import gov.qinghai.followup.actionplan.domain.Finding;
import gov.qinghai.followup.actionplan.domain.Rectification;
import gov.qinghai.followup.actionplan.domain.RectificationState;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.Withdrawal;
import gov.qinghai.followup.common.labels.Labels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import gov.qinghai.followup.actionplan.service.SupervisionService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Supervision", description = "A 督查 with its findings and the 约谈/问责 they led to")
public record SupervisionView(
        @Schema(example = "1000") Long id,
        @Schema(example = "SPECIAL") SupervisionKind kind,
        @Schema(example = "专项督查") String kindLabel,
        @Schema(example = "2017-09-20") LocalDate heldOn,
        @Schema(example = "去产能专项督查") String title,
        @Schema(example = "[21]") List<Integer> taskNumbers,
        @Schema(example = "[\"省经济和信息化委\"]") List<String> units,
        List<FindingView> findings,
        @Schema(description = "set when withdrawn: kept, no longer counted") WithdrawalView withdrawal,
        @Schema(example = "0") long version) {

    @Schema(name = "Withdrawal", description = "Who withdrew the record, when and why")
    public record WithdrawalView(Instant at, @Schema(example = "supervisor") String by,
                                 @Schema(example = "重复录入。") String reason) {
        static WithdrawalView of(Withdrawal w) {
            return Withdrawal.isWithdrawn(w) ? new WithdrawalView(w.at, w.by, w.reason) : null;
        }
    }

    @Schema(name = "Rectification", description = "整改 of a finding: deadline, state, the unit's report, the "
            + "supervisor's verification")
    public record RectificationView(@Schema(example = "2017-10-31") LocalDate deadline,
                                    @Schema(example = "OPEN") RectificationState state,
                                    @Schema(example = "整改中") String stateLabel,
                                    @Schema(example = "2017-10-28") LocalDate reportedOn,
                                    @Schema(example = "已完成剩余12万吨去产能任务。") String report,
                                    @Schema(example = "2017-11-03") LocalDate verifiedOn,
                                    @Schema(example = "supervisor") String verifiedBy,
                                    @Schema(example = "经现场核查，整改到位。") String note) {
        static RectificationView of(Rectification r) {
            return r == null || r.state == null ? null : new RectificationView(r.deadline, r.state,
                    Labels.get().of(r.state), r.reportedOn, r.report, r.verifiedOn, r.verifiedBy, r.note);
        }
    }

    @Schema(name = "Finding")
    public record FindingView(@Schema(example = "1000") Long id, @Schema(example = "1000") Long supervisionId,
                              @Schema(example = "省经济和信息化委") String unit,
                              @Schema(example = "21") Integer taskNumber,
                              @Schema(example = "煤炭去产能进度滞后。") String text,
                              List<AdmonitionView> admonitions, List<AccountabilityView> accountabilities,
                              RectificationView rectification, WithdrawalView withdrawal,
                              @Schema(example = "0") long version) {
        /** With what the finding led to (SupervisionService.followUps). */
        public static FindingView of(Finding f, SupervisionService supervisions) {
            SupervisionService.FollowUps followUps = supervisions.followUps(f);
            return new FindingView(f.id, f.supervision.id, f.unit.name, f.taskNumber, f.text,
                    followUps.admonitions().stream().map(AdmonitionView::of).toList(),
                    followUps.accountabilities().stream().map(AccountabilityView::of).toList(),
                    RectificationView.of(f.rectification), WithdrawalView.of(f.withdrawal), f.version);
        }
    }

    @Schema(name = "Admonition")
    public record AdmonitionView(@Schema(example = "1000") Long id, @Schema(example = "1000") Long findingId,
                                 @Schema(example = "2017-10-12") LocalDate heldOn,
                                 @Schema(example = "省政府督查室") String conductedBy,
                                 @Schema(example = "约谈分管负责同志。") String summary,
                                 WithdrawalView withdrawal, @Schema(example = "0") long version) {
        public static AdmonitionView of(Admonition a) {
            return new AdmonitionView(a.id, a.finding.id, a.heldOn, a.conductedBy, a.summary,
                    WithdrawalView.of(a.withdrawal), a.version);
        }
    }

    @Schema(name = "Accountability")
    public record AccountabilityView(@Schema(example = "1000") Long id, @Schema(example = "1000") Long findingId,
                                     @Schema(example = "2017-11-15") LocalDate decidedOn,
                                     @Schema(example = "通报批评") String measure, @Schema(example = "某处长") String persons,
                                     WithdrawalView withdrawal, @Schema(example = "0") long version) {
        public static AccountabilityView of(Accountability a) {
            return new AccountabilityView(a.id, a.finding.id, a.decidedOn, a.measure, a.persons,
                    WithdrawalView.of(a.withdrawal), a.version);
        }
    }

    public static SupervisionView of(Supervision s, SupervisionService supervisions) {
        return new SupervisionView(s.id, s.kind, Labels.get().of(s.kind), s.heldOn, s.title, List.copyOf(s.taskNumbers),
                s.units.stream().map((Unit u) -> u.name).toList(),
                s.findings.stream().map(f -> FindingView.of(f, supervisions)).toList(),
                WithdrawalView.of(s.withdrawal), s.version);
    }
}
