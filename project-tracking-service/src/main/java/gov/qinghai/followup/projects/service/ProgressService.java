package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.projects.domain.ProgressReport;
import gov.qinghai.followup.projects.domain.OwedMonths;
import gov.qinghai.followup.projects.domain.ProgressRules;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.ReportingDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Accepts monthly reports (134号 五). The caller must be the project's unit (object-level check here, not
 * only in the resource); a late report is accepted and marked; a resubmission supersedes the current one
 * and keeps it as history. Retries with an Idempotency-Key are handled around it (common.idempotency).
 */
@ApplicationScoped
public class ProgressService {
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    gov.qinghai.followup.common.events.Events events;

    @Transactional
    public ProgressReport submit(long projectId, ReportSubmission s) {
        Project project = Project.<Project>find("from Project p join fetch p.fair join fetch p.unit where p.id = ?1",
                projectId).firstResultOptional().orElseThrow(() -> Problems.notFound("project", projectId));
        user.requireUnit(project.unit.name);
        YearMonth period = YearMonth.parse(s.period());
        Instant now = clock.instant();
        if (!ReportingDeadline.isReportable(period, now)) {
            throw Problems.unprocessable("period", Detail.of("pt.progress.month-not-begun", "month {0} has not begun yet",
                    s.period()));
        }
        OwedMonths.refusal(project.fair, period).ifPresent(why -> {
            throw Problems.unprocessable("period", why);
        });
        ProgressRules.check(s.contractPerformed(), s.constructionStarted(), s.completed(), s.fundsInPlace(),
                project.totalInvestment, s.overTotalReason()).ifPresent(v -> {
                    throw Problems.unprocessable(v.field(), v.message());
                });
        // one writer per project at a time, so two resubmissions cannot both become current
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, projectId).getSingleResult();
        // funds in place are cumulative: compared with the nearest other months, under the lock
        ProgressRules.checkCumulative(s.fundsInPlace(), neighbour(projectId, s.period(), true),
                neighbour(projectId, s.period(), false), s.fundsDecreaseReason()).ifPresent(v -> {
                    throw Problems.unprocessable(v.field(), v.message());
                });
        Optional<ProgressReport> previous = ProgressReport
                .find("project.id = ?1 and period = ?2 and isCurrent = true", projectId, s.period()).firstResultOptional();
        previous.ifPresent(p -> {
            p.isCurrent = false;
            em.flush();
        });
        ProgressReport r = new ProgressReport();
        r.project = project;
        r.period = s.period();
        r.contractPerformed = s.contractPerformed();
        r.constructionStarted = s.constructionStarted();
        r.completed = s.completed();
        r.fundsInPlace = s.fundsInPlace();
        r.overTotalReason = s.overTotalReason();
        r.fundsDecreaseReason = s.fundsDecreaseReason();
        r.progress = s.progress();
        r.problems = s.problems();
        r.submittedAt = now;
        r.submittedBy = user.name();
        r.late = ReportingDeadline.isLate(period, now);
        r.isCurrent = true;
        r.persist();
        em.flush();
        previous.ifPresent(p -> p.supersededBy = r.id);
        publish(r, previous.map(p -> p.id).orElse(null));
        return r;
    }

    /** progress-report.submitted (first of the month) or .corrected (a resubmission), in this transaction. */
    private void publish(ProgressReport r, Long replaces) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("reportId", r.id);
        if (replaces != null) {
            data.put("replacesReportId", replaces);
        }
        data.put("projectId", r.project.id);
        data.put("fairEdition", r.project.fair.edition);
        data.put("projectSeq", r.project.seq);
        data.put("unit", r.project.unit.name);
        data.put("prefecture", r.project.unit.prefecture);
        data.put("period", r.period);
        data.put("contractPerformed", r.contractPerformed);
        data.put("constructionStarted", r.constructionStarted);
        data.put("completed", r.completed);
        data.put("fundsInPlace", r.fundsInPlace);
        data.put("late", r.late);
        events.publish(replaces == null ? "progress-report.submitted" : "progress-report.corrected",
                "projects/" + r.project.id + "/progress-reports/" + r.period, data,
                gov.qinghai.followup.common.events.Events.Scope.of(r.project.unit.name, r.project.unit.prefecture));
    }

    /** The current report of the nearest earlier (or later) month of the project, if any. */
    private ProgressRules.MonthFunds neighbour(long projectId, String period, boolean earlier) {
        return ProgressReport.<ProgressReport>find("project.id = ?1 and isCurrent = true and period " + (earlier ? "<" : ">")
                        + " ?2 order by period " + (earlier ? "desc" : "asc"), projectId, period)
                .firstResultOptional().map(r -> new ProgressRules.MonthFunds(r.period, r.fundsInPlace)).orElse(null);
    }
}
