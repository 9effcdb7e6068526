package gov.qinghai.followup.actionplan.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When a report changes a status already judged. A month's status is judged on its report day, the 5th of the next
 * month (135号 二 asks monthly reports; domain.ReportingCalendar sets the day). A report filed after that day, or a
 * correction made after it, changes what that judgement would have been; the change is recorded and shown, so a
 * status read earlier is explained rather than silently different.
 */
public final class PastStatus {
    private PastStatus() {
    }

    /** The day the month's status was judged: its report day. */
    public static LocalDate judgedOn(YearMonth period) {
        return ReportingCalendar.due(period);
    }

    /** The cause, if a write on {@code today} reaches back into a judged month; empty while the month is still open. */
    public static Optional<StatusChangeCause> cause(YearMonth period, LocalDate today, boolean correction) {
        if (!today.isAfter(judgedOn(period))) {
            return Optional.empty();
        }
        return Optional.of(correction ? StatusChangeCause.CORRECTION : StatusChangeCause.LATE_REPORT);
    }

    /** How a person reads the change, e.g. "changed by a late report of 2017-11 on 2017-12-20". */
    public static String describe(StatusChangeCause cause, String period, String unit, LocalDate recordedOn) {
        return switch (cause) {
            case LATE_REPORT -> "changed by a late report of " + period + " of " + unit + " on " + recordedOn;
            case CORRECTION -> "changed by a correction of the " + period + " report of " + unit + " on " + recordedOn;
            case OVERDUE_SCAN, COMPLETION -> cause + " (describe(StatusChange) says when and what)";
        };
    }

    /** How a person reads a recorded change of any cause (a plain function: the api layer calls no entity method). */
    public static String describe(StatusChange c) {
        if (c.cause == StatusChangeCause.COMPLETION) {
            return "completion confirmed by the 督查室 on " + c.recordedOn + " (completed on " + c.task.completedOn + ")";
        }
        if (c.cause == StatusChangeCause.OVERDUE_SCAN) {
            return "found overdue by the overdue scan of " + c.judgedOn
                    + (c.indicators == null ? ": past its deadline without a completion confirmed by the 督查室"
                    : ": " + c.indicators.replace(",", ", ") + " unmet at the deadline");
        }
        return describe(c.cause, c.reportPeriod, c.unit.name, c.recordedOn);
    }
}
