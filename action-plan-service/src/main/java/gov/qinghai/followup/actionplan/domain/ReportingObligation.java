package gov.qinghai.followup.actionplan.domain;

import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Actual;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Verdict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * When a task's monthly reports end. 135号 三、(三) follows 落实 until a task is done: a unit owes a report for every
 * month from 2017-08 (ReportingCalendar) up to
 * <ul>
 *   <li>the month the task was met (the month of the figures that meet it) or the 督查室 confirmed it complete,
 *       whichever came first: that month's report is the last;</li>
 *   <li>else the month of its last deadline (its own or an indicator's, whichever is later): the report for the
 *       deadline's month is the final one. A task open after it is OVERDUE, which the 督查 follows, not reports.</li>
 * </ul>
 * Lagging units, reminders and the status's missing reports all count only the months owed.
 */
public final class ReportingObligation {
    /** The last month a report is owed for (null: none at all) and why. */
    public record End(YearMonth lastPeriod, String basis) {
    }

    private ReportingObligation() {
    }

    /** figuresOnly: the task's status on the date from its figures and deadlines alone (missing reports left out). */
    public static End end(List<IndicatorFacts> indicators, LocalDate deadline, LocalDate completedOn, Verdict figuresOnly,
                          LocalDate asOf) {
        LocalDate doneOn = null;
        String why = null;
        if (completedOn != null && !completedOn.isAfter(asOf)) {
            doneOn = completedOn;
            why = "completion confirmed by the 督查室 on " + completedOn;
        }
        if (!indicators.isEmpty() && figuresOnly.status() == TaskStatus.MET) {
            LocalDate metOn = figuresOnly.actuals().values().stream().filter(Objects::nonNull).map(Actual::asOf)
                    .max(LocalDate::compareTo).orElse(asOf);
            if (doneOn == null || metOn.isBefore(doneOn)) {
                doneOn = metOn;
                why = "met by figures as of " + metOn;
            }
        }
        if (doneOn != null) {
            YearMonth p = YearMonth.from(doneOn);
            return p.isBefore(ReportingCalendar.FIRST_PERIOD) ? new End(null, why + ": no report is owed")
                    : new End(p, why + ": the report for " + p + " is the last owed");
        }
        LocalDate last = deadline;
        for (IndicatorFacts i : indicators) {
            last = i.deadline().isAfter(last) ? i.deadline() : last;
        }
        YearMonth p = YearMonth.from(last);
        return new End(p, "the report for " + p + ", the month of the task's last deadline " + last
                + ", is the final one owed");
    }
}
