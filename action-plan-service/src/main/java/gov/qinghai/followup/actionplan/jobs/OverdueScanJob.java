package gov.qinghai.followup.actionplan.jobs;

import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.service.LinkedIndicatorService;
import gov.qinghai.followup.actionplan.service.StatusService;
import gov.qinghai.followup.actionplan.service.StatusService.TaskState;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.service.StatusChanges;
import gov.qinghai.followup.common.jobs.JobResult;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.jobs.PeriodJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Daily: records what TaskStatusRule finds newly overdue on the date, once each: an indicator past its deadline and
 * unmet, a task without indicators past its own deadline (135号: the date its text states, else the offensive's end
 * 2017-09-30) without a completion confirmed by the 督查室. Once per day across replicas; replayable for a date. A
 * task whose status that makes OVERDUE (it was not the day before) is recorded and announced once, through
 * StatusChanges, like every other status change. Fired by {@link Schedules}.
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
    StatusChanges changes;

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
        return ledger.onceInNewTransaction(NAME, date.toString(), triggeredBy, () -> scan(date, figures, triggeredBy));
    }

    private JobRunLedger.Done scan(LocalDate date, Map<String, LinkedFigures> figures, String triggeredBy) {
        int indicators = 0;
        int tasks = 0;
        Map<Integer, TaskState> today = status.all(date, figures);
        Map<Integer, TaskState> dayBefore = null; // read once, only when some task is newly overdue
        for (TaskState s : today.values()) {
            List<String> fresh = new ArrayList<>();
            for (String code : s.verdict().overdueIndicators()) {
                int inserted = em.createNativeQuery("""
                        insert into overdue_event (id, indicator_id, task_id, detected_on, detail)
                        select nextval('overdue_event_seq'), i.id, i.task_id, ?2, ?3 from indicator i where i.code = ?1
                        on conflict (indicator_id) do nothing""")
                        .setParameter(1, code).setParameter(2, Date.valueOf(date))
                        .setParameter(3, "task " + s.number() + ": " + code + " unmet at its deadline")
                        .executeUpdate();
                indicators += inserted;
                if (inserted > 0) {
                    fresh.add(code);
                }
            }
            boolean taskFresh = false;
            if (s.indicators().isEmpty() && s.verdict().status() == TaskStatus.OVERDUE) {
                int inserted = em.createNativeQuery("""
                        insert into overdue_event (id, task_id, detected_on, detail)
                        values (nextval('overdue_event_seq'), ?1, ?2, ?3)
                        on conflict (task_id) where indicator_id is null do nothing""")
                        .setParameter(1, s.taskId()).setParameter(2, Date.valueOf(date))
                        .setParameter(3, "task " + s.number() + ": " + String.join("; ", s.verdict().reasons()))
                        .executeUpdate();
                tasks += inserted;
                taskFresh = inserted > 0;
            }
            if (!fresh.isEmpty() || taskFresh) {
                if (dayBefore == null) {
                    dayBefore = status.all(date.minusDays(1), figures);
                }
                // one change per task, however many of its indicators fell due unmet that day; none when the task was
                // already OVERDUE (another indicator before): its status did not change (StatusChanges.record)
                TaskState before = dayBefore.get(s.number());
                changes.record(StatusChanges.overdue(Task.findById(s.taskId()), date,
                        before == null ? TaskStatus.NOT_STARTED : before.verdict().status(), s.verdict().status(), fresh,
                        triggeredBy));
            }
        }
        return new JobRunLedger.Done(indicators + tasks,
                indicators + " indicators and " + tasks + " tasks without indicators newly overdue");
    }
}
