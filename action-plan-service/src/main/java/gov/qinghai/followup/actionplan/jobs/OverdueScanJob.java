package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.service.LinkedIndicatorService;
import gov.qinghai.followup.actionplan.service.StatusService;
import gov.qinghai.followup.actionplan.service.StatusService.TaskState;
import gov.qinghai.followup.common.events.Events;
import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.jobs.PeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

/**
 * Daily: records what TaskStatusRule finds newly overdue on the date, once each: an indicator past its deadline and
 * unmet, a task without indicators past its own deadline (135号: the date its text states, else the offensive's end
 * 2017-09-30) without a completion confirmed by the 督查室. Once per day across replicas; replayable for a date.
 * Fired by {@link Schedules}.
 */
@ApplicationScoped
public class OverdueScanJob implements PeriodJob {
    public static final String NAME = "overdue-scan";
    @Inject
    JobRunLedger ledger;
    @Inject
    StatusService status;
    @Inject
    LinkedIndicatorService linked;
    @Inject
    EntityManager em;
    @Inject
    Events events;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Daily at 07:30: records indicators and tasks newly overdue on the date (period = the date)";
    }

    @Override
    public JobResult run(LocalDate date, String triggeredBy) {
        Map<String, LinkedFigures> figures = linked.forStatus(); // before the transaction: it may wait on the peers
        return ledger.onceInNewTransaction(NAME, date.toString(), triggeredBy, () -> scan(date, figures));
    }

    private JobRunLedger.Done scan(LocalDate date, Map<String, LinkedFigures> figures) {
        int indicators = 0;
        int tasks = 0;
        for (TaskState s : status.all(date, figures).values()) {
            for (String code : s.verdict().overdueIndicators()) {
                int fresh = em.createNativeQuery("""
                        insert into overdue_event (id, indicator_id, task_id, detected_on, detail)
                        select nextval('overdue_event_seq'), i.id, i.task_id, ?2, ?3 from indicator i where i.code = ?1
                        on conflict (indicator_id) do nothing""")
                        .setParameter(1, code).setParameter(2, Date.valueOf(date))
                        .setParameter(3, "task " + s.number() + ": " + code + " unmet at its deadline")
                        .executeUpdate();
                indicators += fresh;
                if (fresh > 0) {
                    statusChanged(s, code, date);
                }
            }
            if (s.indicators().isEmpty() && s.verdict().status() == TaskStatus.OVERDUE) {
                int fresh = em.createNativeQuery("""
                        insert into overdue_event (id, task_id, detected_on, detail)
                        values (nextval('overdue_event_seq'), ?1, ?2, ?3)
                        on conflict (task_id) where indicator_id is null do nothing""")
                        .setParameter(1, s.taskId()).setParameter(2, Date.valueOf(date))
                        .setParameter(3, "task " + s.number() + ": " + String.join("; ", s.verdict().reasons()))
                        .executeUpdate();
                tasks += fresh;
                if (fresh > 0) {
                    statusChanged(s, null, date);
                }
            }
        }
        return new JobRunLedger.Done(indicators + tasks,
                indicators + " indicators and " + tasks + " tasks without indicators newly overdue");
    }

    /** task.status-changed: a task (or one of its indicators) newly overdue on the date (135号 三). */
    private void statusChanged(TaskState s, String indicator, LocalDate date) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("taskNumber", s.number());
        data.put("group", s.groupNumeral());
        data.put("status", TaskStatus.OVERDUE.name());
        data.put("indicator", indicator);
        data.put("detectedOn", date.toString());
        data.put("reasons", s.verdict().reasons());
        events.publish("task.status-changed", "tasks/" + s.number(), data);
    }
}
