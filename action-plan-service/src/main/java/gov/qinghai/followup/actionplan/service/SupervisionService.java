package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.Accountability;
import gov.qinghai.followup.actionplan.domain.Admonition;
import gov.qinghai.followup.actionplan.domain.Finding;
import gov.qinghai.followup.actionplan.domain.Rectification;
import gov.qinghai.followup.actionplan.domain.RectificationState;
import gov.qinghai.followup.actionplan.domain.ReportSenseChecks;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.domain.SupervisionRules;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.Withdrawal;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.AccountabilityCorrection;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.AdmonitionCorrection;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.FindingCorrection;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.RectificationOrder;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.RectificationReport;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.RectificationVerification;
import gov.qinghai.followup.actionplan.service.SupervisionCommands.SupervisionCorrection;
import gov.qinghai.followup.actionplan.service.SupervisionRecords.Kind;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records 督查, findings, 约谈 and 问责 (135号 三、(三)), one transaction each, after the checks: dates within the
 * offensive's supervision and not before the 督查 (domain.SupervisionRules), a finding's task among the 督查's tasks
 * and its unit one that leads or shares that task (or, without a task, one the 督查 covered). Each record is
 * corrected on the version the caller read (409 when stale) or withdrawn with a reason (kept, no longer counted),
 * and its audit trail is readable. A finding's 整改 is ordered and verified by the supervisor, reported by its unit.
 */
@ApplicationScoped
public class SupervisionService {
    @Inject
    gov.qinghai.followup.common.events.Events events;
    @Inject
    UnitScope scope;
    @Inject
    LegacyIdempotencyKeys legacyKeys;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    SupervisionRecords records;

    /** A recorded 督查; replayed: created earlier under the request's legacy Idempotency-Key. */
    public record Created(Supervision supervision, boolean replayed) {
    }

    /** The 约谈 and 问责 a finding led to, withdrawn ones too (their views say so). */
    public record FollowUps(List<Admonition> admonitions, List<Accountability> accountabilities) {
    }

    /** A 整改 past its deadline and not reported done on a date, with the finding it answers. */
    public record OverdueRectification(long findingId, long unitId, String unit, Integer taskNumber,
                                       LocalDate supervisionHeldOn, String supervisionTitle, LocalDate deadline,
                                       RectificationState state, LocalDate reportedOn) {
    }

    /** Records a 督查 with its findings. */
    @Transactional
    public Created create(SupervisionInput in) {
        Optional<Long> legacy = legacyKeys.supervision();
        if (legacy.isPresent()) {
            return new Created(SupervisionRecords.loaded(Supervision.findById(legacy.get())), true);
        }
        return new Created(SupervisionRecords.loaded(record(in)), false);
    }

    private Supervision record(SupervisionInput in) {
        check(SupervisionRules.withinWindow("heldOn", in.heldOn()));
        Supervision s = new Supervision();
        s.kind = in.kind();
        s.heldOn = in.heldOn();
        s.title = in.title();
        coverage(s, in.taskNumbers(), in.units());
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
        s.findings.forEach(f -> findingRecorded(s, f));
        return s;
    }

    /** finding.recorded: a 督查 found a problem of a unit (135号 三（三）), in the transaction that records it. */
    private void findingRecorded(Supervision s, Finding f) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("findingId", f.id);
        data.put("supervisionId", s.id);
        data.put("supervisionKind", s.kind.name());
        data.put("heldOn", s.heldOn.toString());
        data.put("title", s.title);
        data.put("unit", f.unit.name);
        data.put("prefecture", f.unit.prefecture);
        data.put("taskNumber", f.taskNumber);
        data.put("text", f.text);
        events.publish("finding.recorded", "findings/" + f.id, data,
                gov.qinghai.followup.common.events.Events.Scope.of(f.unit.name, f.unit.prefecture));
    }

    private void coverage(Supervision s, List<Integer> taskNumbers, List<String> unitNames) {
        s.taskNumbers.clear();
        s.units.clear();
        if (taskNumbers != null) {
            for (int i = 0; i < taskNumbers.size(); i++) {
                task(taskNumbers.get(i), "taskNumbers[" + i + "]");
            }
            s.taskNumbers.addAll(taskNumbers);
        }
        List<String> units = unitNames == null ? List.of() : unitNames;
        for (int i = 0; i < units.size(); i++) {
            s.units.add(unit(units.get(i), "units[" + i + "]"));
        }
    }

    @Transactional
    public Admonition admonish(long findingId, FollowUpInput.Admonition in) {
        Finding f = finding(findingId);
        requireStanding(f);
        check(SupervisionRules.followUp("heldOn", in.heldOn(), f.supervision.heldOn));
        Admonition a = new Admonition();
        a.finding = f;
        a.heldOn = in.heldOn();
        a.conductedBy = in.conductedBy();
        a.summary = in.summary();
        a.persist();
        return a;
    }

    @Transactional
    public Accountability hold(long findingId, FollowUpInput.Accountability in) {
        Finding f = finding(findingId);
        requireStanding(f);
        check(SupervisionRules.followUp("decidedOn", in.decidedOn(), f.supervision.heldOn));
        Accountability a = new Accountability();
        a.finding = f;
        a.decidedOn = in.decidedOn();
        a.measure = in.measure();
        a.persons = in.persons();
        a.persist();
        return a;
    }

    // ---- corrections: on the version read, of a record still standing, under the same checks as when recorded

    /**
     * Corrects a 督查's kind, date, title and coverage. Its standing findings must still fit (task among the 督查's
     * tasks, unit of the task or covered) and their 约谈, 问责 and 整改 deadlines may not precede the new date.
     */
    @Transactional
    public Supervision correct(long id, SupervisionCorrection in) {
        Supervision s = records.editable(Kind.SUPERVISION, id, in.version());
        check(SupervisionRules.withinWindow("heldOn", in.heldOn()));
        s.kind = in.kind();
        s.heldOn = in.heldOn();
        s.title = in.title();
        coverage(s, in.taskNumbers(), in.units());
        for (Finding f : s.findings) {
            if (Withdrawal.isWithdrawn(f.withdrawal)) {
                continue;
            }
            checkFinding(s, f, "finding " + f.id);
            FollowUps followUps = followUps(f);
            for (Admonition a : followUps.admonitions()) {
                if (!Withdrawal.isWithdrawn(a.withdrawal) && a.heldOn.isBefore(in.heldOn())) {
                    throw Problems.unprocessable("heldOn", Detail.of("ap.supervision.admonition-before",
                            "the 约谈 {0} of {1} would precede this 督查", a.id, a.heldOn));
                }
            }
            for (Accountability a : followUps.accountabilities()) {
                if (!Withdrawal.isWithdrawn(a.withdrawal) && a.decidedOn.isBefore(in.heldOn())) {
                    throw Problems.unprocessable("heldOn", Detail.of("ap.supervision.accountability-before",
                            "the 问责 {0} of {1} would precede this 督查", a.id, a.decidedOn));
                }
            }
            if (f.rectification != null && f.rectification.deadline.isBefore(in.heldOn())) {
                throw Problems.unprocessable("heldOn", Detail.of("ap.supervision.rectification-before",
                        "the 整改 deadline {0} of finding {1} would precede this 督查", f.rectification.deadline, f.id));
            }
        }
        Supervision.flush();
        return SupervisionRecords.loaded(s);
    }

    @Transactional
    public Finding correct(long id, FindingCorrection in) {
        Finding f = records.editable(Kind.FINDING, id, in.version());
        requireStanding(f.supervision);
        f.unit = unit(in.unit(), "unit");
        f.taskNumber = in.taskNumber();
        f.text = in.text();
        checkFinding(f.supervision, f, "finding");
        Finding.flush();
        return f;
    }

    @Transactional
    public Admonition correct(long id, AdmonitionCorrection in) {
        Admonition a = records.editable(Kind.ADMONITION, id, in.version());
        requireStanding(a.finding);
        check(SupervisionRules.followUp("heldOn", in.heldOn(), a.finding.supervision.heldOn));
        a.heldOn = in.heldOn();
        a.conductedBy = in.conductedBy();
        a.summary = in.summary();
        Admonition.flush();
        return a;
    }

    @Transactional
    public Accountability correct(long id, AccountabilityCorrection in) {
        Accountability a = records.editable(Kind.ACCOUNTABILITY, id, in.version());
        requireStanding(a.finding);
        check(SupervisionRules.followUp("decidedOn", in.decidedOn(), a.finding.supervision.heldOn));
        a.decidedOn = in.decidedOn();
        a.measure = in.measure();
        a.persons = in.persons();
        Accountability.flush();
        return a;
    }

    // ---- 整改 of a finding

    /** The supervisor orders (or moves the deadline of) the 整改 of a finding, until it is verified. */
    @Transactional
    public Finding orderRectification(long findingId, RectificationOrder in) {
        Finding f = records.editable(Kind.FINDING, findingId, in.version());
        requireStanding(f.supervision);
        check(SupervisionRules.followUp("deadline", in.deadline(), f.supervision.heldOn));
        if (f.rectification == null) {
            f.rectification = new Rectification();
            f.rectification.state = RectificationState.OPEN;
        } else if (f.rectification.state == RectificationState.VERIFIED) {
            throw Problems.conflict(Detail.of("ap.rectification.closed",
                    "the 整改 of finding {0} was verified and closed on {1}", findingId, f.rectification.verifiedOn));
        }
        f.rectification.deadline = in.deadline();
        Finding.flush();
        return f;
    }

    /** The finding's unit (or an admin) reports its 整改 done. */
    @Transactional
    public Finding reportRectification(long findingId, RectificationReport in) {
        Finding f = finding(findingId);
        user.requireUnit(f.unit.name);
        Rectification r = rectification(f);
        SupervisionRecords.fresh(Kind.FINDING, findingId, in.version(), f.version, f.withdrawal);
        requireStanding(f.supervision);
        refuse(Rectification.refusal(r.state, Rectification.Action.REPORT));
        check(SupervisionRules.followUp("reportedOn", in.reportedOn(), f.supervision.heldOn));
        notAfterToday("reportedOn", in.reportedOn());
        r.state = RectificationState.REPORTED;
        r.reportedOn = in.reportedOn();
        r.report = in.report();
        Finding.flush();
        return f;
    }

    /** The supervisor verifies a reported 整改 (closed) or rejects it (the unit rectifies again). */
    @Transactional
    public Finding verifyRectification(long findingId, RectificationVerification in) {
        Finding f = finding(findingId);
        Rectification r = rectification(f);
        SupervisionRecords.fresh(Kind.FINDING, findingId, in.version(), f.version, f.withdrawal);
        requireStanding(f.supervision);
        refuse(Rectification.refusal(r.state, in.accepted() ? Rectification.Action.VERIFY : Rectification.Action.REJECT));
        if (in.verifiedOn().isBefore(r.reportedOn)) {
            throw Problems.unprocessable("verifiedOn", Detail.of("ap.rectification.verified-before-report",
                    "{0} is before the unit's report of {1}", in.verifiedOn(), r.reportedOn));
        }
        notAfterToday("verifiedOn", in.verifiedOn());
        r.state = in.accepted() ? RectificationState.VERIFIED : RectificationState.REJECTED;
        r.verifiedOn = in.verifiedOn();
        r.verifiedBy = user.name();
        r.note = in.note();
        Finding.flush();
        return f;
    }

    /**
     * 整改 overdue on a date (domain.Rectification.overdue) of standing findings of standing 督查: the lagging
     * units and the monthly reminders name them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverdueRectification> overdueRectifications(LocalDate asOf) {
        return Finding.getEntityManager().createQuery("""
                        select new gov.qinghai.followup.actionplan.service.SupervisionService$OverdueRectification(
                               f.id, u.id, u.name, f.taskNumber, s.heldOn, s.title, f.rectification.deadline,
                               f.rectification.state, f.rectification.reportedOn)
                        from Finding f join f.supervision s join f.unit u
                        where f.rectification.deadline < :asOf
                          and f.withdrawal.at is null and s.withdrawal.at is null
                        order by u.name, f.id""", OverdueRectification.class)
                .setParameter("asOf", asOf).getResultList().stream()
                .filter(o -> Rectification.overdue(o.deadline(), o.state(), o.reportedOn(), asOf)).toList();
    }

    // ---- reads

    /** 督查 newest first, by kind; withdrawn ones only when asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Supervision> supervisions(SupervisionKind kind, boolean withWithdrawn) {
        Where w = new Where().equal("kind", "kind", kind).and(!withWithdrawn, "withdrawal.at is null");
        return Supervision.find(w.query(), Sort.descending("heldOn").and("id", Sort.Direction.Descending), w.params());
    }

    /** Findings of a unit, oldest first; withdrawn ones (or those of a withdrawn 督查) only when asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Finding> findings(String unit, boolean withWithdrawn) {
        Where w = new Where().equal("unit.name", "unit", unit)
                .and(!withWithdrawn, "withdrawal.at is null and supervision.withdrawal.at is null");
        return Finding.find(w.query(), Sort.by("id"), w.params());
    }

    /** What a finding led to, for its view. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUps followUps(Finding f) {
        return new FollowUps(Admonition.list("finding", f), Accountability.list("finding", f));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Supervision get(long id) {
        return SupervisionRecords.loaded(supervision(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Finding getFinding(long id) {
        return finding(id);
    }

    // ---- checks

    /** A finding names a task of the 督查 and a unit of that task; without a task, a unit the 督查 covered. */
    private void checkFinding(Supervision s, Finding f, String at) {
        if (f.taskNumber != null) {
            if (!s.taskNumbers.isEmpty() && !s.taskNumbers.contains(f.taskNumber)) {
                throw Problems.unprocessable(at + ".taskNumber", Detail.of("ap.finding.task-not-covered",
                        "task {0} is not among the tasks of this 督查 {1}", f.taskNumber, s.taskNumbers));
            }
            Task t = task(f.taskNumber, at + ".taskNumber");
            if (!scope.inScope(t.id, f.unit.id)) {
                throw Problems.unprocessable(at + ".unit", Detail.of("ap.finding.unit-not-of-task",
                        "{0} neither leads nor shares task {1}", f.unit.name, f.taskNumber));
            }
            return;
        }
        boolean covered = s.units.contains(f.unit) || s.taskNumbers.stream()
                .anyMatch(n -> scope.inScope(task(n, at + ".taskNumber").id, f.unit.id));
        if (!covered && (!s.units.isEmpty() || !s.taskNumbers.isEmpty())) {
            throw Problems.unprocessable(at + ".unit", Detail.of("ap.finding.unit-not-covered",
                    "{0} is neither among the units of this 督查 nor a unit of its tasks", f.unit.name));
        }
    }

    private static void requireStanding(Supervision s) {
        if (Withdrawal.isWithdrawn(s.withdrawal)) {
            throw Problems.conflict(Detail.of("ap.record.withdrawn",
                    "{0} {1} was withdrawn ({2})", Kind.SUPERVISION.label,
                    s.id, s.withdrawal.reason));
        }
    }

    private static void requireStanding(Finding f) {
        if (Withdrawal.isWithdrawn(f.withdrawal)) {
            throw Problems.conflict(Detail.of("ap.record.withdrawn", "{0} {1} was withdrawn ({2})", Kind.FINDING.label,
                    f.id, f.withdrawal.reason));
        }
        requireStanding(f.supervision);
    }

    private static Rectification rectification(Finding f) {
        if (f.rectification == null) {
            throw Problems.conflict(Detail.of("ap.rectification.none", "finding {0} has no 整改 ordered yet", f.id));
        }
        return f.rectification;
    }

    private void notAfterToday(String field, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw Problems.unprocessable(field, Detail.of("ap.date.after-today",
                    "{0} is after today ({1})", date, today));
        }
    }

    private static void refuse(Optional<Detail> refusal) {
        refusal.ifPresent(r -> {
            throw Problems.conflict(r);
        });
    }

    static Supervision supervision(long id) {
        return Supervision.<Supervision>findByIdOptional(id).orElseThrow(() -> Problems.notFound("supervision", id));
    }

    static Finding finding(long id) {
        return Finding.<Finding>findByIdOptional(id).orElseThrow(() -> Problems.notFound("finding", id));
    }

    private static Task task(int number, String field) {
        return Task.<Task>find("number", number).firstResultOptional()
                .orElseThrow(() -> Problems.unprocessable(field, Detail.of("ap.task.unknown",
                        "135号 has no task {0}", number)));
    }

    private static Unit unit(String name, String field) {
        return Unit.byName(name).orElseThrow(() -> Problems.unprocessable(field, Detail.of("ap.unit.unknown",
                "unknown unit {0}", name)));
    }

    private static void check(Optional<ReportSenseChecks.Violation> v) {
        v.ifPresent(x -> {
            throw Problems.unprocessable(x.field(), x.detail());
        });
    }
}
