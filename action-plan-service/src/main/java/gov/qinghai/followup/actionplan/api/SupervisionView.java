package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Accountability;
import gov.qinghai.followup.actionplan.domain.Admonition;
import gov.qinghai.followup.actionplan.domain.Finding;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.domain.Unit;
import java.time.LocalDate;
import java.util.List;
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
        @Schema(example = "0") long version) {

    @Schema(name = "Finding")
    public record FindingView(@Schema(example = "1000") Long id, @Schema(example = "省经济和信息化委") String unit,
                              @Schema(example = "21") Integer taskNumber,
                              @Schema(example = "煤炭去产能进度滞后。") String text,
                              List<AdmonitionView> admonitions, List<AccountabilityView> accountabilities) {
        public static FindingView of(Finding f) {
            return new FindingView(f.id, f.unit.name, f.taskNumber, f.text,
                    Admonition.<Admonition>list("finding", f).stream().map(AdmonitionView::of).toList(),
                    Accountability.<Accountability>list("finding", f).stream().map(AccountabilityView::of).toList());
        }
    }

    @Schema(name = "Admonition")
    public record AdmonitionView(@Schema(example = "1000") Long id, @Schema(example = "1000") Long findingId,
                                 @Schema(example = "2017-10-12") LocalDate heldOn,
                                 @Schema(example = "省政府督查室") String conductedBy,
                                 @Schema(example = "约谈分管负责同志。") String summary) {
        public static AdmonitionView of(Admonition a) {
            return new AdmonitionView(a.id, a.finding.id, a.heldOn, a.conductedBy, a.summary);
        }
    }

    @Schema(name = "Accountability")
    public record AccountabilityView(@Schema(example = "1000") Long id, @Schema(example = "1000") Long findingId,
                                     @Schema(example = "2017-11-15") LocalDate decidedOn,
                                     @Schema(example = "通报批评") String measure, @Schema(example = "某处长") String persons) {
        public static AccountabilityView of(Accountability a) {
            return new AccountabilityView(a.id, a.finding.id, a.decidedOn, a.measure, a.persons);
        }
    }

    public static SupervisionView of(Supervision s) {
        return new SupervisionView(s.id, s.kind, s.kind.label, s.heldOn, s.title, List.copyOf(s.taskNumbers),
                s.units.stream().map((Unit u) -> u.name).toList(), s.findings.stream().map(FindingView::of).toList(),
                s.version);
    }
}
