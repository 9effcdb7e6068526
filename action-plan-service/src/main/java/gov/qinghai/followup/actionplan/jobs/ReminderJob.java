package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.PeriodJob;
import java.time.Clock;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * On the 1st of each month, reminds every unit that owes a report for the month before (a task it leads, or
 * shares where the task has no 牵头单位) and has not filed it, and puts each reminder into the outbox in the same
 * transaction (ReminderDelivery). Once per month across replicas.
 */
@ApplicationScoped
public class ReminderJob implements PeriodJob {
    @Inject
    Clock clock;
    public static final String NAME = "monthly-reminders";
    @Inject
    JobRunLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    ReminderDelivery delivery;

    @Scheduled(cron = "0 0 8 1 * ?", timeZone = "Asia/Shanghai", identity = NAME)
    void scheduled() {
        run(LocalDate.now(clock), "scheduler");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Monthly, on the 1st: reminds each unit that owes a report for the month before the date (2017-10-01 → 2017-09)";
    }

    @Transactional
    @Override
    public JobResult run(LocalDate date, String triggeredBy) {
        YearMonth period = ReportingCalendar.reminderPeriod(date);
        if (!ReportingCalendar.reportable(period)) {
            return new JobResult(NAME, period.toString(), false, 0, "no report is owed for " + period
                    + ": the offensive starts with 2017-08");
        }
        if (!ledger.claim(NAME, period.toString(), triggeredBy)) {
            return new JobResult(NAME, period.toString(), false, 0, "already done for " + period);
        }
        int n = em.createNativeQuery("""
                insert into reminder (id, period, unit_id, task_numbers, created_at, job_date)
                select nextval('reminder_seq'), ?1, d.unit_id, string_agg(cast(t.number as varchar), ',' order by t.number),
                       now(), ?2
                from reporting_duty d join task t on t.id = d.task_id
                where not exists (select 1 from progress_report r
                                  where r.task_id = d.task_id and r.unit_id = d.unit_id and r.period = ?1)
                group by d.unit_id""")
                .setParameter(1, period.toString()).setParameter(2, java.sql.Date.valueOf(date)).executeUpdate();
        delivery.enqueue(period);
        ledger.finish(NAME, period.toString(), n);
        return new JobResult(NAME, period.toString(), true, n, n + " units reminded");
    }
}
