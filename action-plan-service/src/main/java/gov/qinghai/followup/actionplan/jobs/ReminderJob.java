package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.service.LinkedIndicatorService;
import gov.qinghai.followup.actionplan.service.StatusService;
import gov.qinghai.followup.actionplan.service.StatusService.TaskState;
import gov.qinghai.followup.actionplan.service.SupervisionService;
import gov.qinghai.followup.common.events.Events;
import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.jobs.PeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * On the 1st of each month, reminds every unit that owes a report for the month before (a task it leads, or
 * shares where the task has no 牵头单位, whose reporting has not ended: domain.ReportingObligation) and has not
 * filed it, names the findings whose 整改 is overdue on the date (135号 三、(三): 整改不到位的，及时约谈), and puts
 * each reminder into the outbox in the same
 * transaction (ReminderDelivery). Once per month across replicas. Fired by {@link Schedules}.
 */
@ApplicationScoped
public class ReminderJob implements PeriodJob {
    public static final String NAME = "monthly-reminders";
    @Inject
    JobRunLedger ledger;
    @Inject
    EntityManager em;
    @Inject
    Events events;
    @Inject
    ReminderDelivery delivery;
    @Inject
    StatusService status;
    @Inject
    LinkedIndicatorService linked;
    @Inject
    SupervisionService supervisions;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Monthly, on the 1st: reminds each unit that owes a report for the month before the date (2017-10-01 → 2017-09)";
    }

    @Override
    public JobResult run(LocalDate date, String triggeredBy) {
        YearMonth period = ReportingCalendar.reminderPeriod(date);
        if (!ReportingCalendar.reportable(period)) {
            return new JobResult(NAME, period.toString(), false, 0, "no report is owed for " + period
                    + ": the offensive starts with 2017-08");
        }
        Map<String, LinkedFigures> figures = linked.forStatus(); // before the transaction: it may wait on the peers
        return ledger.onceInNewTransaction(NAME, period.toString(), triggeredBy, () -> remind(date, period, figures));
    }

    private JobRunLedger.Done remind(LocalDate date, YearMonth period, Map<String, LinkedFigures> figures) {
        // only tasks whose reporting has not ended by the month (domain.ReportingObligation)
        List<Long> owing = status.all(date, figures).values().stream()
                .filter(s -> s.owedUntil() != null && !period.isAfter(s.owedUntil())).map(TaskState::taskId).toList();
        int n = owing.isEmpty() ? 0 : em.createNativeQuery("""
                insert into reminder (id, period, unit_id, task_numbers, created_at, job_date)
                select nextval('reminder_seq'), ?1, d.unit_id, string_agg(cast(t.number as varchar), ',' order by t.number),
                       now(), ?2
                from reporting_duty d join task t on t.id = d.task_id
                where d.task_id in (?3)
                  and not exists (select 1 from progress_report r
                                  where r.task_id = d.task_id and r.unit_id = d.unit_id and r.period = ?1)
                group by d.unit_id""")
                .setParameter(1, period.toString()).setParameter(2, java.sql.Date.valueOf(date))
                .setParameter(3, owing).executeUpdate();
        // 整改 overdue on the job's date: named in the same monthly reminder (a unit owing only those gets one too)
        Map<Long, List<Long>> overdue = new java.util.TreeMap<>();
        for (SupervisionService.OverdueRectification r : supervisions.overdueRectifications(date)) {
            overdue.computeIfAbsent(r.unitId(), k -> new java.util.ArrayList<>()).add(r.findingId());
            rectificationOverdue(r, date);
        }
        for (Map.Entry<Long, List<Long>> e : overdue.entrySet()) {
            n += (int) em.createNativeQuery("""
                    insert into reminder (id, period, unit_id, task_numbers, created_at, job_date, rectification_findings)
                    values (nextval('reminder_seq'), ?1, ?2, '', now(), ?3, ?4)
                    on conflict (period, unit_id) do update set rectification_findings = excluded.rectification_findings
                    returning (xmax = 0)""")
                    .setParameter(1, period.toString()).setParameter(2, e.getKey())
                    .setParameter(3, java.sql.Date.valueOf(date))
                    .setParameter(4, e.getValue().stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",")))
                    .getResultList().stream().filter(Boolean.TRUE::equals).count();
        }
        delivery.enqueue(period);
        return new JobRunLedger.Done(n, n + " units reminded"
                + (overdue.isEmpty() ? "" : ", " + overdue.size() + " of them of overdue 整改"));
    }

    /** rectification.overdue: a 整改 past its deadline and not reported done, once per monthly run that finds it. */
    private void rectificationOverdue(SupervisionService.OverdueRectification r, LocalDate date) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("findingId", r.findingId());
        data.put("unit", r.unit());
        data.put("taskNumber", r.taskNumber());
        data.put("supervisionHeldOn", r.supervisionHeldOn().toString());
        data.put("supervisionTitle", r.supervisionTitle());
        data.put("deadline", r.deadline().toString());
        data.put("state", r.state() == null ? null : r.state().name());
        data.put("asOf", date.toString());
        events.publish("rectification.overdue", "findings/" + r.findingId() + "/rectification", data,
                Events.Scope.of(r.unit(), null));
    }
}
