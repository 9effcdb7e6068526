package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.api.FollowUpInput;
import gov.qinghai.followup.actionplan.api.SupervisionInput;
import gov.qinghai.followup.actionplan.api.SupervisionView;
import gov.qinghai.followup.actionplan.domain.Accountability;
import gov.qinghai.followup.actionplan.domain.Admonition;
import gov.qinghai.followup.actionplan.domain.Finding;
import gov.qinghai.followup.actionplan.domain.ReportSenseChecks;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionRules;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Records 督查, findings, 约谈 and 问责 (135号 三、(三)), one transaction each, after the checks: dates within the
 * offensive's supervision and not before the 督查 (domain.SupervisionRules), a finding's task among the 督查's tasks
 * and its unit one that leads or shares that task (or, without a task, one the 督查 covered).
 */
@ApplicationScoped
public class SupervisionService {
    @Inject
    UnitScope scope;
    @Inject
    LegacyIdempotencyKeys legacyKeys;

    /** A recorded 督查 as answered; replayed: created earlier under the request's legacy Idempotency-Key. */
    public record Created(SupervisionView view, boolean replayed) {
    }

    /** Records a 督查 and answers its view, read in the same transaction (its units, tasks and findings). */
    @Transactional
    public Created create(SupervisionInput in) {
        Optional<Long> legacy = legacyKeys.supervision();
        if (legacy.isPresent()) {
            return new Created(SupervisionView.of(Supervision.findById(legacy.get())), true);
        }
        return new Created(SupervisionView.of(record(in)), false);
    }

    private Supervision record(SupervisionInput in) {
        check(SupervisionRules.withinWindow("heldOn", in.heldOn()));
        Supervision s = new Supervision();
        s.kind = in.kind();
        s.heldOn = in.heldOn();
        s.title = in.title();
        if (in.taskNumbers() != null) {
            for (int i = 0; i < in.taskNumbers().size(); i++) {
                task(in.taskNumbers().get(i), "taskNumbers[" + i + "]");
            }
            s.taskNumbers.addAll(in.taskNumbers());
        }
        List<String> units = in.units() == null ? List.of() : in.units();
        for (int i = 0; i < units.size(); i++) {
            s.units.add(unit(units.get(i), "units[" + i + "]"));
        }
        List<SupervisionInput.FindingInput> findings = in.findings() == null ? List.of() : in.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = new Finding();
            f.supervision = s;
            f.unit = unit(findings.get(i).unit(), "findings[" + i + "].unit");
            f.taskNumber = findings.get(i).taskNumber();
            f.text = findings.get(i).text();
            checkFinding(s, f, "findings[" + i + "]");
            s.findings.add(f);
        }
        s.persist();
        s.findings.forEach(f -> f.persist());
        Supervision.flush();
        return s;
    }

    @Transactional
    public SupervisionView.AdmonitionView admonish(long findingId, FollowUpInput.Admonition in) {
        Finding f = finding(findingId);
        check(SupervisionRules.followUp("heldOn", in.heldOn(), f.supervision.heldOn));
        Admonition a = new Admonition();
        a.finding = f;
        a.heldOn = in.heldOn();
        a.conductedBy = in.conductedBy();
        a.summary = in.summary();
        a.persist();
        return SupervisionView.AdmonitionView.of(a);
    }

    @Transactional
    public SupervisionView.AccountabilityView hold(long findingId, FollowUpInput.Accountability in) {
        Finding f = finding(findingId);
        check(SupervisionRules.followUp("decidedOn", in.decidedOn(), f.supervision.heldOn));
        Accountability a = new Accountability();
        a.finding = f;
        a.decidedOn = in.decidedOn();
        a.measure = in.measure();
        a.persons = in.persons();
        a.persist();
        return SupervisionView.AccountabilityView.of(a);
    }

    /** A finding names a task of the 督查 and a unit of that task; without a task, a unit the 督查 covered. */
    private void checkFinding(Supervision s, Finding f, String at) {
        if (f.taskNumber != null) {
            if (!s.taskNumbers.isEmpty() && !s.taskNumbers.contains(f.taskNumber)) {
                throw Problems.unprocessable(at + ".taskNumber", "task " + f.taskNumber + " is not among the tasks "
                        + "of this 督查 " + s.taskNumbers);
            }
            Task t = task(f.taskNumber, at + ".taskNumber");
            if (!scope.inScope(t.id, f.unit.id)) {
                throw Problems.unprocessable(at + ".unit", f.unit.name + " neither leads nor shares task "
                        + f.taskNumber);
            }
            return;
        }
        boolean covered = s.units.contains(f.unit) || s.taskNumbers.stream()
                .anyMatch(n -> scope.inScope(task(n, at + ".taskNumber").id, f.unit.id));
        if (!covered && (!s.units.isEmpty() || !s.taskNumbers.isEmpty())) {
            throw Problems.unprocessable(at + ".unit", f.unit.name + " is neither among the units of this 督查 nor a "
                    + "unit of its tasks");
        }
    }

    static Finding finding(long id) {
        return Finding.<Finding>findByIdOptional(id).orElseThrow(() -> Problems.notFound("finding", id));
    }

    private static Task task(int number, String field) {
        return Task.<Task>find("number", number).firstResultOptional()
                .orElseThrow(() -> Problems.unprocessable(field, "135号 has no task " + number));
    }

    private static Unit unit(String name, String field) {
        return Unit.byName(name).orElseThrow(() -> Problems.unprocessable(field, "unknown unit " + name));
    }

    private static void check(Optional<ReportSenseChecks.Violation> v) {
        v.ifPresent(x -> {
            throw Problems.unprocessable(x.field(), x.detail());
        });
    }
}
