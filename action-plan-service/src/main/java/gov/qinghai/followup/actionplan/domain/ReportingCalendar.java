package gov.qinghai.followup.actionplan.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly reporting calendar of the offensive. 135号 was issued 2017-08-09 for 三季度 ("省政府决定三季度在全省
 * 开展'夏秋季攻势'专项行动"), so monthly reports start with 2017-08. The notice sets no report day; the 5th of
 * the following month is used, as 青政办〔2017〕134号 sets for the sibling 青洽会 follow-up.
 */
public final class ReportingCalendar {
    public static final LocalDate ISSUED = LocalDate.of(2017, 8, 9);
    /** 三季度: the offensive's own end, the deadline of tasks whose text gives no date. */
    public static final LocalDate OFFENSIVE_END = LocalDate.of(2017, 9, 30);
    public static final YearMonth FIRST_PERIOD = YearMonth.of(2017, 8);
    public static final int DUE_DAY = 5;
    /** The province's clock: a figure fetched at 2017-12-31T17:00Z was fetched on 2018-01-01. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private ReportingCalendar() {
    }

    /** The last day a report for the month may arrive: the 5th of the next month. */
    public static LocalDate due(YearMonth period) {
        return period.plusMonths(1).atDay(DUE_DAY);
    }

    /** The latest month whose report is late on the given date, or null if none is yet. */
    public static YearMonth lastOverduePeriod(LocalDate asOf) {
        YearMonth p = YearMonth.from(asOf).minusMonths(1);
        if (!asOf.isAfter(due(p))) {
            p = p.minusMonths(1);
        }
        return p.isBefore(FIRST_PERIOD) ? null : p;
    }

    /** The month a reminder run on the given date chases: the month before. */
    public static YearMonth reminderPeriod(LocalDate runDate) {
        return YearMonth.from(runDate).minusMonths(1);
    }

    public static boolean reportable(YearMonth period) {
        return !period.isBefore(FIRST_PERIOD);
    }
}
