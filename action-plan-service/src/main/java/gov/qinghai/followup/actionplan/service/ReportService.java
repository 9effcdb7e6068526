package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.common.problem.Detail;
import java.time.Clock;
import gov.qinghai.followup.actionplan.domain.Indicator;
import gov.qinghai.followup.actionplan.domain.IndicatorActual;
import gov.qinghai.followup.actionplan.domain.PastStatus;
import gov.qinghai.followup.actionplan.domain.ProgressReport;
import gov.qinghai.followup.actionplan.domain.ReportSenseChecks;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.actionplan.domain.StatusChange;
import gov.qinghai.followup.actionplan.domain.StatusChangeCause;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Files and corrects monthly reports; a reporter only for tasks its unit leads or shares (135号 二). */
@ApplicationScoped
public class ReportService {
    @Inject
    Clock clock;
    @Inject
    CurrentUser user;
    @Inject
    UnitScope scope;

    @Inject
    LegacyIdempotencyKeys legacyKeys;
    @Inject
    StatusService status;
    @Inject
    StatusChanges changes;

    /** Reports newest month first, of a task, a unit and a month when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<ProgressReport> list(Integer task, String unit, String period) {
        Where w = new Where().equal("task.number", "task", task).equal("unit.name", "unit", unit)
                .equal("period", "period", period);
        return ProgressReport.find(w.query(), Sort.descending("period").and("id"), w.params());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressReport get(long id) {
        return ProgressReport.<ProgressReport>findByIdOptional(id).orElseThrow(() -> Problems.notFound("report", id));
    }

    /** replayed: the report an Idempotency-Key created before the shared mechanism (see LegacyIdempotencyKeys). */
    public record Submitted(ProgressReport report, boolean replayed) {
    }

    /**
     * Files a report. A retry with the same Idempotency-Key never gets here: the shared mechanism
     * (service-common @Idempotent on the resource) answers it with the first answer.
     */
    @Transactional
    public Submitted submit(int taskNumber, ReportInput in) {
        Task task = Task.byNumber(taskNumber).orElseThrow(() -> Problems.notFound("task", taskNumber));
        Unit unit = reportingUnit(in.unit());
        requireScope(task, unit);
        Optional<Long> legacy = legacyKeys.report();
        if (legacy.isPresent()) {
            ProgressReport e = ProgressReport.findById(legacy.get());
            if (!e.task.id.equals(task.id) || !e.unit.id.equals(unit.id) || !e.period.equals(in.period())) {
                throw Problems.unprocessable("Idempotency-Key", Detail.of("ap.report.key-reused",
                        "this Idempotency-Key was used for another report"));
            }
            return new Submitted(loaded(e), true);
        }
        YearMonth period = YearMonth.parse(in.period());
        ReportSenseChecks.period(period, lastDeadline(task)).ifPresent(v -> {
            throw Problems.unprocessable(v.field(), v.detail());
        });
        if (ProgressReport.count("task = ?1 and unit = ?2 and period = ?3", task, unit, in.period()) > 0) {
            throw Problems.conflict(Detail.of("ap.report.exists",
                    "{0} already reported on task {1} for {2}; correct that report with PUT", unit.name, task.number,
                    in.period()));
        }
        Optional<StatusChangeCause> late = PastStatus.cause(period, LocalDate.now(clock), false);
        TaskStatus before = late.isPresent() ? judged(task, period) : null;
        ProgressReport r = new ProgressReport();
        r.task = task;
        r.unit = unit;
        r.period = in.period();
        apply(r, in);
        r.persist();
        ProgressReport.flush();
        late.ifPresent(c -> recordChange(r, c, before));
        return new Submitted(loaded(r), false);
    }

    @Transactional
    public ProgressReport correct(long id, ReportInput in) {
        ProgressReport r = ProgressReport.<ProgressReport>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("report", id));
        user.requireUnit(r.unit.name);
        if (in.version() == null) {
            throw Problems.badRequest("version", Detail.of("ap.version.required", "version is required on update"));
        }
        if (r.version != in.version()) {
            throw Problems.staleVersion("report " + r.id, in.version(), r.version);
        }
        if (in.unit() != null && !in.unit().equals(r.unit.name)) {
            throw Problems.unprocessable("unit", Detail.of("ap.report.unit-stays",
                    "a report stays with the unit that filed it ({0}); the other unit files its own report",
                    r.unit.name));
        }
        if (!r.period.equals(in.period())) {
            throw Problems.unprocessable("period", Detail.of("ap.report.period-stays",
                    "a report's task, unit and period stay; file a new report instead"));
        }
        YearMonth period = YearMonth.parse(r.period);
        Optional<StatusChangeCause> reachesBack = PastStatus.cause(period, LocalDate.now(clock), true);
        TaskStatus before = reachesBack.isPresent() ? judged(r.task, period) : null;
        r.actuals.clear();
        ProgressReport.flush();
        apply(r, in);
        ProgressReport.flush();
        reachesBack.ifPresent(c -> recordChange(r, c, before));
        return loaded(r);
    }

    /**
     * The task's status as judged on the month's report day (domain.PastStatus), from the reports and actuals as they
     * stand in this transaction. Linked figures of the peer services are left out on both sides of the comparison:
     * a report changes only the task's own figures and reports.
     */
    private TaskStatus judged(Task task, YearMonth period) {
        return status.all(PastStatus.judgedOn(period), Map.of()).get(task.number).verdict().status();
    }

    /**
     * Records (and announces, StatusChanges) the change a late report or a correction made to a judged status; nothing
     * when it made none.
     */
    private void recordChange(ProgressReport r, StatusChangeCause cause, TaskStatus before) {
        YearMonth period = YearMonth.parse(r.period);
        StatusChange c = new StatusChange();
        c.task = r.task;
        c.judgedOn = PastStatus.judgedOn(period);
        c.statusBefore = before;
        c.statusAfter = judged(r.task, period);
        c.cause = cause;
        c.reportId = r.id;
        c.reportPeriod = r.period;
        c.unit = r.unit;
        changes.record(c);
    }

    /** The status changes of a task (late reports, corrections, the overdue scan), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusChange> statusChanges(int taskNumber) {
        Task task = Task.byNumber(taskNumber).orElseThrow(() -> Problems.notFound("task", taskNumber));
        List<StatusChange> changes = StatusChange.ofTask(task);
        changes.forEach(c -> org.hibernate.Hibernate.initialize(c.unit));
        return changes;
    }

    /** The view is built after the transaction: what it reads of the report is loaded within it. */
    private static ProgressReport loaded(ProgressReport r) {
        org.hibernate.Hibernate.initialize(r.task);
        org.hibernate.Hibernate.initialize(r.actuals);
        return r;
    }

    /** The task's latest deadline: its own or an indicator's. */
    private static java.time.LocalDate lastDeadline(Task task) {
        java.time.LocalDate last = task.deadline == null ? ReportingCalendar.OFFENSIVE_END : task.deadline;
        for (Indicator i : Indicator.<Indicator>list("task", task)) {
            last = i.deadline.isAfter(last) ? i.deadline : last;
        }
        return last;
    }

    private Unit reportingUnit(String requested) {
        boolean reporterOnly = !user.has(Roles.ADMIN) && !user.has(Roles.SUPERVISOR);
        if (reporterOnly) {
            String own = user.unit().orElseThrow(() -> Problems.forbidden(Detail.of("detail.forbidden.no-unit-claim",
                    "token has no '{0}' claim", "unit")));
            if (requested != null && !requested.equals(own)) {
                user.requireUnit(requested);
            }
            Unit u = Unit.byName(own).orElseThrow(() -> Problems.forbidden(Detail.of("ap.unit.not-in-notice",
                    "unit '{0}' is not named in 135号", own)));
            if (u.kind == UnitKind.COLLECTIVE) {
                throw Problems.forbidden(Detail.of("ap.unit.collective-reporter",
                        "'{0}' is the notice's wording for several units; report as one of them", own));
            }
            return u;
        }
        if (requested == null) {
            throw Problems.badRequest("unit", Detail.of("ap.report.unit-required",
                    "unit is required when an admin or supervisor files a report"));
        }
        Unit u = Unit.byName(requested).orElseThrow(() -> Problems.unprocessable("unit", Detail.of("ap.unit.unknown",
                "unknown unit {0}", requested)));
        if (u.kind == UnitKind.COLLECTIVE) {
            throw Problems.unprocessable("unit", Detail.of("ap.unit.collective-name-one",
                    "{0} is the notice's wording for several units; name one", requested));
        }
        return u;
    }

    private void requireScope(Task task, Unit unit) {
        if (!scope.inScope(task.id, unit.id)) {
            throw Problems.forbidden(Detail.of("ap.report.out-of-scope",
                    "unit '{0}' neither leads nor shares task {1} (directly or through a collective)", unit.name,
                    task.number));
        }
    }

    private void apply(ProgressReport r, ReportInput in) {
        r.narrative = in.narrative();
        r.problems = in.problems();
        List<String> links = in.evidenceLinks() == null ? List.of() : in.evidenceLinks();
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).matches(ReportInput.LINK)) {
                throw Problems.badRequest("evidenceLinks[" + i + "]", Detail.of("ap.report.evidence-link",
                        "each evidence link must be an http(s) link"));
            }
        }
        r.evidenceLinks = in.evidenceLinks() == null ? null : String.join("\n", in.evidenceLinks());
        r.submittedAt = Instant.now(clock);
        r.submittedBy = user.name();
        List<ReportInput.Actual> actuals = in.actuals() == null ? List.of() : in.actuals();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < actuals.size(); i++) {
            ReportInput.Actual a = actuals.get(i);
            String field = "actuals[" + i + "].indicatorCode";
            Indicator ind = Indicator.<Indicator>find("code", a.indicatorCode()).firstResultOptional()
                    .filter(x -> x.task.id.equals(r.task.id))
                    .orElseThrow(() -> Problems.badRequest(field, Detail.of("ap.report.indicator-not-of-task",
                            "{0} is not an indicator of task {1}", a.indicatorCode(), r.task.number)));
            if (!seen.add(a.indicatorCode())) {
                throw Problems.badRequest(field, Detail.of("ap.given-twice", "{0} given twice", a.indicatorCode()));
            }
            String at = "actuals[" + i + "]";
            ReportSenseChecks.value(at + ".value", a.value(), ind.unit, ind.name)
                    .or(() -> ReportSenseChecks.asOf(at + ".asOf", a.asOf(), YearMonth.parse(r.period)))
                    .ifPresent(v -> {
                        throw Problems.unprocessable(v.field(), v.detail());
                    });
            IndicatorActual ia = new IndicatorActual();
            ia.report = r;
            ia.indicator = ind;
            ia.value = a.value();
            ia.asOf = a.asOf();
            r.actuals.add(ia);
        }
    }
}
