package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.PastStatus;
import gov.qinghai.followup.actionplan.domain.StatusChange;
import gov.qinghai.followup.actionplan.domain.StatusChangeCause;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.common.events.Events;
import gov.qinghai.followup.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a change of a task's status is recorded (status_change) and announced (task.status-changed), in the
 * caller's transaction: a rolled-back change leaves neither. Callers: ReportService (a late report or a correction
 * that changes a judged month, domain.PastStatus), CorrectionService (the 督查室 confirms a task without indicators
 * done) and the daily overdue scan (a task newly OVERDUE, 135号 三).
 */
@ApplicationScoped
public class StatusChanges {
    public static final String EVENT = "task.status-changed";

    @Inject
    Events events;
    @Inject
    Clock clock;
    @Inject
    CurrentUser user;

    /**
     * Records the change (report, period and unit already set by a report's caller; indicators by the scan's) and
     * publishes its event; nothing when the status did not change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(StatusChange c) {
        if (c.statusBefore == c.statusAfter) {
            return;
        }
        c.recordedAt = Instant.now(clock);
        c.recordedOn = LocalDate.now(clock);
        if (c.recordedBy == null) {
            c.recordedBy = user.name(); // a request's caller; the scan names who triggered it (scheduler or an admin)
        }
        c.persist();
        events.publish(EVENT, "tasks/" + c.task.number, data(c), c.unit == null ? Events.Scope.NONE
                : Events.Scope.of(c.unit.name, c.unit.prefecture));
    }

    /** A change found by the overdue scan: the task, its status before and after the scan date, what it found. */
    public static StatusChange overdue(Task task, LocalDate date, TaskStatus before, TaskStatus after,
                                       List<String> indicators, String triggeredBy) {
        StatusChange c = new StatusChange();
        c.recordedBy = triggeredBy;
        c.task = task;
        c.judgedOn = date;
        c.statusBefore = before;
        c.statusAfter = after;
        c.cause = StatusChangeCause.OVERDUE_SCAN;
        c.indicators = indicators.isEmpty() ? null : String.join(",", indicators);
        return c;
    }

    /** A change made by the 督查室's confirmation of a task without indicators: its status today before and after. */
    public static StatusChange completion(Task task, LocalDate today, TaskStatus before, TaskStatus after) {
        StatusChange c = new StatusChange();
        c.task = task;
        c.judgedOn = today;
        c.statusBefore = before;
        c.statusAfter = after;
        c.cause = StatusChangeCause.COMPLETION;
        return c;
    }

    /** The event's data (docs/events.md, META-INF/qinghai-events.json): no person's name, only the unit's. */
    static Map<String, Object> data(StatusChange c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskNumber", c.task.number);
        data.put("group", c.task.group.numeral);
        data.put("previousStatus", c.statusBefore.name());
        data.put("status", c.statusAfter.name());
        data.put("cause", c.cause.name());
        data.put("judgedOn", c.judgedOn.toString());
        data.put("reportPeriod", c.reportPeriod);
        data.put("unit", c.unit == null ? null : c.unit.name);
        data.put("indicators", c.indicators == null ? List.of() : Arrays.asList(c.indicators.split(",")));
        data.put("recordedOn", c.recordedOn.toString());
        data.put("text", PastStatus.describe(c));
        return data;
    }
}
