package gov.qinghai.followup.actionplan.domain;

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

    /** The field that fails a check and why. */
    public record Violation(String field, String detail) {
    }

    private ReportSenseChecks() {
    }

    /** taskLastDeadline: the latest deadline of the task or its indicators. */
    public static Optional<Violation> period(YearMonth period, LocalDate taskLastDeadline) {
        YearMonth last = YearMonth.from(taskLastDeadline).isAfter(LAST_PERIOD) ? YearMonth.from(taskLastDeadline)
                : LAST_PERIOD;
        if (period.isBefore(ReportingCalendar.FIRST_PERIOD)) {
            return Optional.of(new Violation("period", "the offensive starts with 2017-08 (135号 issued 2017-08-09)"));
        }
        if (period.isAfter(last)) {
            return Optional.of(new Violation("period", period + " is after the offensive: reports run to " + last
                    + " (the task's last deadline, at the latest 2017's year end)"));
        }
        return Optional.empty();
    }

    /** An actual's date against the reported month: within it or the month before. */
    public static Optional<Violation> asOf(String field, LocalDate asOf, YearMonth period) {
        LocalDate from = period.minusMonths(1).atDay(1);
        LocalDate to = period.atEndOfMonth();
        if (asOf.isBefore(from) || asOf.isAfter(to)) {
            return Optional.of(new Violation(field, "a figure for " + period + " refers to a day from " + from + " to "
                    + to + " (the month or the one before), not " + asOf));
        }
        return Optional.empty();
    }

    /** A value against the indicator's unit. */
    public static Optional<Violation> value(String field, BigDecimal value, String unit, String indicatorName) {
        if ("实现=1".equals(unit)) {
            return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0 ? Optional.empty()
                    : Optional.of(new Violation(field, "a done/not-done target takes 1 (done) or 0, not "
                    + value.toPlainString()));
        }
        boolean growth = "%".equals(unit) && indicatorName != null && indicatorName.contains("增长");
        if (!growth && value.signum() < 0) {
            return Optional.of(new Violation(field, "a figure in " + unit + " cannot be negative: "
                    + value.toPlainString()));
        }
        if (isCount(unit) && value.stripTrailingZeros().scale() > 0) {
            return Optional.of(new Violation(field, "a count in " + unit + " is a whole number, not "
                    + value.toPlainString()));
        }
        return Optional.empty();
    }

    /** Units of things counted one by one (个, 个行业, 个/市州, 家, 项). */
    static boolean isCount(String unit) {
        return unit.startsWith("个") || unit.equals("家") || unit.equals("项");
    }
}
