package gov.qinghai.followup.transparency.jobs;

import jakarta.persistence.Tuple;
import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.transparency.report.AnnualReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The five jobs of the service. Each claims (job, period) through the shared ledger, so a period is
 * processed once across replicas and a replay for the same date answers "already done".
 * Daily jobs: period = the date (2017-12-01). Annual jobs: period = the previous year (run in January).
 * The reminders a daily job writes are enqueued in the outbox in the same transaction (ReminderDelivery).
 */
@ApplicationScoped
public class JobService {
    public static final String RECTIFICATION = "rectification-reminders";
    public static final String DISCLOSURE = "disclosure-deadlines";
    public static final String MILESTONES = "pilot-milestone-reminders";
    public static final String BULLETIN = "annual-bulletin";
    public static final String REPORT = "annual-report";
    public static final List<String> JOBS = List.of(RECTIFICATION, DISCLOSURE, MILESTONES, BULLETIN, REPORT);

    /**
     * 137号 第五条/第十二条: overdue rectifications are escalated to the office that verifies them, not only reminded to
     * the unit (webhook; the office has no contact address of its own here).
     */
    public static final String OFFICE = "省政务公开领导小组办公室";

    /** Reminders go out this many days before a deadline. */
    static final int RECTIFICATION_LEAD_DAYS = 7;
    static final int DISCLOSURE_LEAD_DAYS = 3;
    static final int MILESTONE_LEAD_DAYS = 14;

    /**
     * A reminder job: the subject line and legal basis of its messages, its lead days, and the SQL selecting the
     * open items overdue or due by the run date (?3) plus the lead days (?4), as
     * (unit, ref_type, ref_id, due_on, message, contact_email).
     */
    record ReminderRule(String title, String basis, int leadDays, String dueSql) {
    }

    static final Map<String, ReminderRule> REMINDERS = Map.of(
            RECTIFICATION, new ReminderRule("政务公开整改期限提醒", "青政办〔2017〕137号 第十二条：限时整改到位",
                    RECTIFICATION_LEAD_DAYS, """
                    select s.name, 'RECTIFICATION', r.id, r.deadline,
                           case when r.deadline < ?3 then '整改逾期（期限 ' || r.deadline || '）：' || r.problem
                                else '整改将于 ' || r.deadline || ' 到期：' || r.problem end, s.contact_email
                    from rectification r join assessment_subject s on s.id = r.subject_id
                    where r.status in ('OPEN', 'IN_PROGRESS') and r.deadline <= cast(?3 as date) + ?4
                    union all
                    select '%s', 'RECTIFICATION_ESCALATED', r.id, r.deadline,
                           '整改逾期未验收（期限 ' || r.deadline || '，' || s.name || '，状态 ' || r.status || '）：'
                               || r.problem, cast(null as varchar)
                    from rectification r join assessment_subject s on s.id = r.subject_id
                    where r.status <> 'DONE' and r.deadline < ?3""".formatted(OFFICE)),
            DISCLOSURE, new ReminderRule("主动公开期限提醒",
                    "青政办〔2017〕137号 附件 第4项：落实 20 个工作日内主动公开属于主动公开范围的政府信息",
                    DISCLOSURE_LEAD_DAYS, """
                    select s.name, 'DISCLOSURE', d.id, d.deadline,
                           case when d.deadline < ?3 then '超过20个工作日未公开（期限 ' || d.deadline || '）：' || d.title
                                else '应于 ' || d.deadline || ' 前主动公开：' || d.title end, s.contact_email
                    from disclosure_record d join assessment_subject s on s.id = d.subject_id
                    where d.published_on is null and d.deadline <= cast(?3 as date) + ?4"""),
            MILESTONES, new ReminderRule("政务公开试点节点提醒", "青政办〔2017〕138号 五、工作进度安排",
                    MILESTONE_LEAD_DAYS, """
                    select u.name, 'PILOT_MILESTONE', m.id, m.due_on,
                           case when m.due_on < ?3 then '试点节点逾期（' || m.due_on || '）：' || m.title
                                else '试点节点将于 ' || m.due_on || ' 到期：' || m.title end, u.contact_email
                    from pilot_milestone m join pilot_unit u on u.id = m.unit_id
                    where m.status <> 'DONE' and m.due_on <= cast(?3 as date) + ?4"""));

    @Inject
    JobRunLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    AnnualReports reports;
    @Inject
    ReminderDelivery delivery;

    public static String period(String job, LocalDate date) {
        return job.startsWith("annual-") ? String.valueOf(date.getYear() - 1) : date.toString();
    }

    @Transactional
    public JobResult run(String job, LocalDate date, String triggeredBy) {
        if (!JOBS.contains(job)) {
            throw Problems.notFound("job", Detail.of("tr.job.unknown", "{0} (known: {1})", job, String.join(", ", JOBS)));
        }
        String period = period(job, date);
        if (REPORT.equals(job) && !reports.roundConcluded(Integer.parseInt(period))) {
            return new JobResult(job, period, false, 0, "no concluded round for " + period + " yet: nothing claimed");
        }
        return ledger.once(job, period, triggeredBy, () -> new JobRunLedger.Done(switch (job) {
            case BULLETIN -> reports.storeBulletin(Integer.parseInt(period), triggeredBy, null);
            case REPORT -> reports.storeAnnualReport(Integer.parseInt(period), triggeredBy, null);
            default -> remind(job, date, period);
        }, "done for " + period));
    }

    /**
     * Writes one reminder per item the job's rule selects for the date (one per item and period: a reminder already
     * there is left alone), the most overdue first, and enqueues the messages of those it wrote in that order. The
     * message is stored and sent whole: a rectification's problem may have 2000 characters (V36: text column).
     */
    private int remind(String job, LocalDate date, String period) {
        ReminderRule rule = REMINDERS.get(job);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                with due (unit, ref_type, ref_id, due_on, message, contact_email) as (%s),
                     written as (
                         insert into reminder (id, job, period, unit, ref_type, ref_id, due_on, overdue, message, created_at)
                         select nextval('reminder_seq'), ?1, ?2, unit, ref_type, ref_id, due_on, due_on < ?3,
                                message, now()
                         from (select * from due order by due_on, ref_id) d
                         on conflict do nothing
                         returning id, unit, ref_type, ref_id, due_on, overdue, message)
                select w.id, w.unit, w.ref_type, w.ref_id, w.due_on, w.overdue, w.message, d.contact_email
                from written w join due d on d.ref_id = w.ref_id and d.ref_type = w.ref_type
                order by w.id""".formatted(rule.dueSql()), Tuple.class)
                .setParameter(1, job).setParameter(2, period).setParameter(3, date).setParameter(4, rule.leadDays())
                .getResultList();
        List<ReminderDelivery.Written> written = rows.stream().map(ReminderDelivery.Written::of).toList();
        delivery.enqueue(job, period, rule, written);
        return written.size();
    }
}
