package gov.qinghai.followup.transparency.jobs;

import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.transparency.report.AnnualReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The five jobs of the service. Each claims (job, period) through the shared ledger, so a period is
 * processed once across replicas and a replay for the same date answers "already done".
 * Daily jobs: period = the date (2017-12-01). Annual jobs: period = the previous year (run in January).
 */
@ApplicationScoped
public class JobService {
    public static final String RECTIFICATION = "rectification-reminders";
    public static final String DISCLOSURE = "disclosure-deadlines";
    public static final String MILESTONES = "pilot-milestone-reminders";
    public static final String BULLETIN = "annual-bulletin";
    public static final String REPORT = "annual-report";
    public static final List<String> JOBS = List.of(RECTIFICATION, DISCLOSURE, MILESTONES, BULLETIN, REPORT);

    /** Reminders go out this many days before a deadline. */
    static final int RECTIFICATION_LEAD_DAYS = 7;
    static final int DISCLOSURE_LEAD_DAYS = 3;
    static final int MILESTONE_LEAD_DAYS = 14;

    @Inject
    JobRunLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    AnnualReports reports;

    public record Outcome(String job, String period, boolean ran, int items, String message) {
    }

    public static String period(String job, LocalDate date) {
        return job.startsWith("annual-") ? String.valueOf(date.getYear() - 1) : date.toString();
    }

    @Transactional
    public Outcome run(String job, LocalDate date, String triggeredBy) {
        if (!JOBS.contains(job)) {
            throw Problems.notFound("job", job + " (known: " + String.join(", ", JOBS) + ")");
        }
        String period = period(job, date);
        if (REPORT.equals(job) && !reports.roundConcluded(Integer.parseInt(period))) {
            return new Outcome(job, period, false, 0, "no concluded round for " + period + " yet: nothing claimed");
        }
        if (!ledger.claim(job, period, triggeredBy)) {
            return new Outcome(job, period, false, 0, "already done for " + period);
        }
        int items = switch (job) {
            case RECTIFICATION -> rectifications(date, period);
            case DISCLOSURE -> disclosures(date, period);
            case MILESTONES -> milestones(date, period);
            case BULLETIN -> reports.storeBulletin(Integer.parseInt(period), triggeredBy);
            default -> reports.storeAnnualReport(Integer.parseInt(period), triggeredBy);
        };
        ledger.finish(job, period, items);
        return new Outcome(job, period, true, items, "done for " + period);
    }

    /** 137号 第十二条 限时整改: open rectifications overdue or due within 7 days. */
    private int rectifications(LocalDate date, String period) {
        return em.createNativeQuery("""
                insert into reminder (id, job, period, unit, ref_type, ref_id, due_on, overdue, message, created_at)
                select nextval('reminder_seq'), ?1, ?2, s.name, 'RECTIFICATION', r.id, r.deadline, r.deadline < ?3,
                       case when r.deadline < ?3 then '整改逾期（期限 ' || r.deadline || '）：' || r.problem
                            else '整改将于 ' || r.deadline || ' 到期：' || r.problem end, now()
                from rectification r join assessment_subject s on s.id = r.subject_id
                where r.status <> 'DONE' and r.deadline <= cast(?3 as date) + ?4
                on conflict do nothing""")
                .setParameter(1, RECTIFICATION).setParameter(2, period).setParameter(3, date)
                .setParameter(4, RECTIFICATION_LEAD_DAYS).executeUpdate();
    }

    /** 137号 附件 第4项: unpublished information whose 20-working-day deadline is near or past. */
    private int disclosures(LocalDate date, String period) {
        return em.createNativeQuery("""
                insert into reminder (id, job, period, unit, ref_type, ref_id, due_on, overdue, message, created_at)
                select nextval('reminder_seq'), ?1, ?2, s.name, 'DISCLOSURE', d.id, d.deadline, d.deadline < ?3,
                       case when d.deadline < ?3 then '超过20个工作日未公开（期限 ' || d.deadline || '）：' || d.title
                            else '应于 ' || d.deadline || ' 前主动公开：' || d.title end, now()
                from disclosure_record d join assessment_subject s on s.id = d.subject_id
                where d.published_on is null and d.deadline <= cast(?3 as date) + ?4
                on conflict do nothing""")
                .setParameter(1, DISCLOSURE).setParameter(2, period).setParameter(3, date)
                .setParameter(4, DISCLOSURE_LEAD_DAYS).executeUpdate();
    }

    /** 138号 五: pending milestones due within 14 days or overdue. */
    private int milestones(LocalDate date, String period) {
        return em.createNativeQuery("""
                insert into reminder (id, job, period, unit, ref_type, ref_id, due_on, overdue, message, created_at)
                select nextval('reminder_seq'), ?1, ?2, u.name, 'PILOT_MILESTONE', m.id, m.due_on, m.due_on < ?3,
                       case when m.due_on < ?3 then '试点节点逾期（' || m.due_on || '）：' || m.title
                            else '试点节点将于 ' || m.due_on || ' 到期：' || m.title end, now()
                from pilot_milestone m join pilot_unit u on u.id = m.unit_id
                where m.status <> 'DONE' and m.due_on <= cast(?3 as date) + ?4
                on conflict do nothing""")
                .setParameter(1, MILESTONES).setParameter(2, period).setParameter(3, date)
                .setParameter(4, MILESTONE_LEAD_DAYS).executeUpdate();
    }
}
