package gov.qinghai.followup.actionplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place a task's status is derived (135号 三、(三): 督查 follows 落实 by data, not by declarations).
 * In order of precedence:
 * <ol>
 *   <li>MET — the task has indicators and every one's latest actual satisfies its target;</li>
 *   <li>OVERDUE — an indicator's deadline has passed unmet, or a task without indicators is past the end of
 *       the offensive (2017-09-30) with reports missing;</li>
 *   <li>AT_RISK — a monthly report is missing, or a ≥ indicator is behind: a quantity (万吨, 家, 亿元 …) behind
 *       the straight line from 0 at the notice's issue (2017-08-09) to its target at its deadline; a rate (%)
 *       below its target (a growth or execution rate does not accumulate);</li>
 *   <li>NOT_STARTED — no report and no actual yet;</li>
 *   <li>ON_TRACK — otherwise.</li>
 * </ol>
 */
public final class TaskStatusRule {

    /** One indicator with its latest actual on or before the status date (actual null if none). */
    public record IndicatorFacts(String code, String unit, Comparator comparator, BigDecimal target, LocalDate deadline,
                                 BigDecimal actual, LocalDate actualAsOf) {
        boolean met() {
            return actual != null && comparator.satisfied(actual, target);
        }
    }

    /** What is known of a task on a date: its indicators, reports filed, and reports owed but missing. */
    public record TaskFacts(List<IndicatorFacts> indicators, int reportsFiled, int reportsMissing) {
    }

    public record Verdict(TaskStatus status, List<String> reasons) {
    }

    private TaskStatusRule() {
    }

    public static Verdict derive(TaskFacts f, LocalDate asOf) {
        List<String> reasons = new ArrayList<>();
        boolean hasIndicators = !f.indicators().isEmpty();
        if (hasIndicators && f.indicators().stream().allMatch(IndicatorFacts::met)) {
            f.indicators().forEach(i -> reasons.add(i.code() + ": " + plain(i.actual()) + " " + i.comparator().symbol
                    + " " + plain(i.target())));
            return new Verdict(TaskStatus.MET, reasons);
        }
        for (IndicatorFacts i : f.indicators()) {
            if (!i.met() && asOf.isAfter(i.deadline())) {
                reasons.add(i.code() + ": deadline " + i.deadline() + " passed, " + actualText(i) + " against "
                        + i.comparator().symbol + " " + plain(i.target()));
            }
        }
        if (!hasIndicators && asOf.isAfter(ReportingCalendar.OFFENSIVE_END) && f.reportsMissing() > 0) {
            reasons.add("offensive ended " + ReportingCalendar.OFFENSIVE_END + " with " + f.reportsMissing()
                    + " monthly report(s) missing");
        }
        if (!reasons.isEmpty()) {
            return new Verdict(TaskStatus.OVERDUE, reasons);
        }
        if (f.reportsMissing() > 0) {
            reasons.add(f.reportsMissing() + " monthly report(s) missing");
        }
        for (IndicatorFacts i : f.indicators()) {
            if (behindPace(i, asOf)) {
                reasons.add(i.code() + ": " + actualText(i) + " behind the pace to " + plain(i.target())
                        + " by " + i.deadline());
            }
        }
        if (!reasons.isEmpty()) {
            return new Verdict(TaskStatus.AT_RISK, reasons);
        }
        boolean anyActual = f.indicators().stream().anyMatch(i -> i.actual() != null);
        if (f.reportsFiled() == 0 && !anyActual) {
            return new Verdict(TaskStatus.NOT_STARTED, List.of("no report yet"));
        }
        return new Verdict(TaskStatus.ON_TRACK, List.of());
    }

    /** A ≥ quantity is behind when actual < target × elapsed share of (issue date → deadline); a rate when below. */
    static boolean behindPace(IndicatorFacts i, LocalDate asOf) {
        if (i.comparator() != Comparator.GE || i.met() || i.actual() == null) {
            return false;
        }
        if ("%".equals(i.unit())) {
            return true;
        }
        long total = ChronoUnit.DAYS.between(ReportingCalendar.ISSUED, i.deadline());
        long elapsed = ChronoUnit.DAYS.between(ReportingCalendar.ISSUED, asOf);
        if (total <= 0 || elapsed <= 0) {
            return false;
        }
        BigDecimal share = BigDecimal.valueOf(Math.min(elapsed, total)).divide(BigDecimal.valueOf(total), 6,
                RoundingMode.HALF_UP);
        return i.actual().compareTo(i.target().multiply(share)) < 0;
    }

    private static String actualText(IndicatorFacts i) {
        return i.actual() == null ? "no actual" : "actual " + plain(i.actual()) + " (" + i.actualAsOf() + ")";
    }

    private static String plain(BigDecimal v) {
        return Numbers.plain(v).toPlainString();
    }
}
