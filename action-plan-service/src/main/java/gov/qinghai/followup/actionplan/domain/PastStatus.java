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
        return (cause == StatusChangeCause.LATE_REPORT ? "changed by a late report of " + period
                : "changed by a correction of the " + period + " report") + " of " + unit + " on " + recordedOn;
    }
}
