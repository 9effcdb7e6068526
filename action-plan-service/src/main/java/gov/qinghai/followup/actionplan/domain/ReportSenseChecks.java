package gov.qinghai.followup.actionplan.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a monthly report may say (135号 三、(三): reports the 督查室 can rely on). A report's period lies within the
 * offensive: from 2017-08 (the notice of 2017-08-09) to its last month, 2017-12 (年底前/全年/年内, the latest deadline
 * the notice sets) or the month of a later deadline an admin set on the task. A figure refers to the reported month
 * or the month just before (a figure as of the previous month's end is the usual latest). A count (个, 家, 项 …) is
 * a whole number ≥ 0, a done/not-done target (实现=1) is 0 or 1, an amount (万吨, 亿元) is ≥ 0, and a rate is ≥ 0
 * unless it is a growth rate (增长), which may fall.
 */
public final class ReportSenseChecks {
    /** The last month of the offensive: 2017's year-end targets (年底前, 全年, 年内). */
    public static final YearMonth LAST_PERIOD = YearMonth.of(2017, 12);

    /** The field that fails a check and why (a keyed text, answered in the request's language). */
    public record Violation(String field, Detail detail) {
    }

    private ReportSenseChecks() {
    }

    /** taskLastDeadline: the latest deadline of the task or its indicators. */
    public static Optional<Violation> period(YearMonth period, LocalDate taskLastDeadline) {
        YearMonth last = YearMonth.from(taskLastDeadline).isAfter(LAST_PERIOD) ? YearMonth.from(taskLastDeadline)
                : LAST_PERIOD;
        if (period.isBefore(ReportingCalendar.FIRST_PERIOD)) {
            return Optional.of(new Violation("period", Detail.of("ap.report.period-before-offensive",
                    "the offensive starts with 2017-08 (135号 issued 2017-08-09)")));
        }
        if (period.isAfter(last)) {
            return Optional.of(new Violation("period", Detail.of("ap.report.period-after-offensive",
                    "{0} is after the offensive: reports run to {1} (the task's last deadline, at the latest 2017's "
                    + "year end)", period, last)));
        }
        return Optional.empty();
    }

    /** An actual's date against the reported month: within it or the month before. */
    public static Optional<Violation> asOf(String field, LocalDate asOf, YearMonth period) {
        LocalDate from = period.minusMonths(1).atDay(1);
        LocalDate to = period.atEndOfMonth();
        if (asOf.isBefore(from) || asOf.isAfter(to)) {
            return Optional.of(new Violation(field, Detail.of("ap.report.as-of",
                    "a figure for {0} refers to a day from {1} to {2} (the month or the one before), not {3}", period,
                    from, to, asOf)));
        }
        return Optional.empty();
    }

    /** A value against the indicator's unit. */
    public static Optional<Violation> value(String field, BigDecimal value, String unit, String indicatorName) {
        if ("实现=1".equals(unit)) {
            return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0 ? Optional.empty()
                    : Optional.of(new Violation(field, Detail.of("ap.report.done-or-not",
                    "a done/not-done target takes 1 (done) or 0, not {0}", value.toPlainString())));
        }
        boolean growth = "%".equals(unit) && indicatorName != null && indicatorName.contains("增长");
        if (!growth && value.signum() < 0) {
            return Optional.of(new Violation(field, Detail.of("ap.report.negative",
                    "a figure in {0} cannot be negative: {1}", unit, value.toPlainString())));
        }
        if (isCount(unit) && value.stripTrailingZeros().scale() > 0) {
            return Optional.of(new Violation(field, Detail.of("ap.report.whole-count",
                    "a count in {0} is a whole number, not {1}", unit, value.toPlainString())));
        }
        return Optional.empty();
    }

    /** Units of things counted one by one (个, 个行业, 个/市州, 家, 项). */
    static boolean isCount(String unit) {
        return unit.startsWith("个") || unit.equals("家") || unit.equals("项");
    }
}
