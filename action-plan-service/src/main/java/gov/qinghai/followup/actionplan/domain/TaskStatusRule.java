package gov.qinghai.followup.actionplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a task's status is derived (135号 三、(三): 督查 follows 落实 by data, not by declarations).
 * In order of precedence:
 * <ol>
 *   <li>MET — the task has indicators and every one's actual satisfies its target; a task without indicators once
 *       the 督查室 has confirmed its completion (a unit's own report never makes a task met);</li>
 *   <li>OVERDUE — an indicator's deadline has passed unmet; a task without indicators past its own deadline (the
 *       date its text states, else the end of the offensive, 三季度 2017-09-30) without a confirmed completion;</li>
 *   <li>AT_RISK — a monthly report is missing, or a ≥ indicator is behind: a quantity (万吨, 家, 亿元 …) behind
 *       the straight line from 0 at the notice's issue (2017-08-09) to its target at its deadline; a rate (%)
 *       below its target (a growth or execution rate does not accumulate);</li>
 *   <li>NOT_STARTED — no report and no actual yet;</li>
 *   <li>ON_TRACK — otherwise.</li>
 * </ol>
 * An indicator's actual is its latest figure on or before the date. For an indicator a peer service measures
 * (任务29 医联体 and 家庭医生签约 from medical-alliance-service, 任务39 青洽会 rates from project-tracking-service)
 * that is the peer's latest figure, live or last known (then marked stale but still used), else the units'
 * reported value. Peers are asked for the figure of the indicator's deadline (its year), so a figure fetched on
 * a day refers to that day or the deadline, whichever is earlier. A figure given per 市州 is judged by its
 * weakest 市州, as 各市（州）年底前至少建成一个 asks of every one of them.
 */
public final class TaskStatusRule {
    public static final String REPORTED = "REPORT";

    /** A peer's latest figures for a linked indicator by scope (全省 or a 市州), fetched on a day. */
    public record LinkedFigures(LinkedSource source, Map<String, BigDecimal> byScope, LocalDate fetchedOn,
                                boolean stale) {
    }

    /** One indicator with the units' latest reported actual on or before the status date, and its peer figures. */
    public record IndicatorFacts(String code, String unit, Comparator comparator, BigDecimal target, LocalDate deadline,
                                 BigDecimal reported, LocalDate reportedAsOf, LinkedFigures linked) {
        public IndicatorFacts(String code, String unit, Comparator comparator, BigDecimal target, LocalDate deadline,
                              BigDecimal reported, LocalDate reportedAsOf) {
            this(code, unit, comparator, target, deadline, reported, reportedAsOf, null);
        }
    }

    /** The actual an indicator is judged by: its value, the date it refers to, and where it comes from. */
    public record Actual(BigDecimal value, LocalDate asOf, String source, String scope, boolean stale) {
    }

    /**
     * What is known of a task on a date: its indicators, reports filed and owed but missing, its own deadline,
     * and the day the 督查室 confirmed its completion (null if not).
     */
    public record TaskFacts(List<IndicatorFacts> indicators, int reportsFiled, int reportsMissing, LocalDate deadline,
                            LocalDate completedOn) {
    }

    /** The status, why, the actual each indicator was judged by (by code), and the indicators found overdue. */
    public record Verdict(TaskStatus status, List<String> reasons, Map<String, Actual> actuals,
                          List<String> overdueIndicators) {
    }

    private TaskStatusRule() {
    }

    public static Verdict derive(TaskFacts f, LocalDate asOf) {
        Map<String, Actual> actuals = new LinkedHashMap<>();
        f.indicators().forEach(i -> actuals.put(i.code(), actual(i, asOf)));
        Map<String, Actual> shown = Collections.unmodifiableMap(actuals);
        List<String> reasons = new ArrayList<>();
        boolean hasIndicators = !f.indicators().isEmpty();
        if (hasIndicators && f.indicators().stream().allMatch(i -> met(i, actuals.get(i.code())))) {
            f.indicators().forEach(i -> reasons.add(i.code() + ": " + actualText(actuals.get(i.code())) + " "
                    + i.comparator().symbol + " " + plain(i.target())));
            return new Verdict(TaskStatus.MET, reasons, shown, List.of());
        }
        if (!hasIndicators && f.completedOn() != null && !f.completedOn().isAfter(asOf)) {
            return new Verdict(TaskStatus.MET, List.of("completion confirmed by the 督查室 on " + f.completedOn()), shown,
                    List.of());
        }
        List<String> overdue = new ArrayList<>();
        for (IndicatorFacts i : f.indicators()) {
            Actual a = actuals.get(i.code());
            if (!met(i, a) && asOf.isAfter(i.deadline())) {
                overdue.add(i.code());
                reasons.add(i.code() + ": deadline " + i.deadline() + " passed, " + actualText(a) + " against "
                        + i.comparator().symbol + " " + plain(i.target()));
            }
        }
        if (!hasIndicators && asOf.isAfter(f.deadline())) {
            reasons.add("deadline " + f.deadline() + " passed without a completion confirmed by the 督查室");
        }
        if (!reasons.isEmpty()) {
            return new Verdict(TaskStatus.OVERDUE, reasons, shown, List.copyOf(overdue));
        }
        if (f.reportsMissing() > 0) {
            reasons.add(f.reportsMissing() + " monthly report(s) missing");
        }
        for (IndicatorFacts i : f.indicators()) {
            Actual a = actuals.get(i.code());
            if (behindPace(i, a, asOf)) {
                reasons.add(i.code() + ": " + actualText(a) + " behind the pace to " + plain(i.target())
                        + " by " + i.deadline());
            }
        }
        if (!reasons.isEmpty()) {
            return new Verdict(TaskStatus.AT_RISK, reasons, shown, List.of());
        }
        if (f.reportsFiled() == 0 && actuals.values().stream().allMatch(java.util.Objects::isNull)) {
            return new Verdict(TaskStatus.NOT_STARTED, List.of("no report yet"), shown, List.of());
        }
        return new Verdict(TaskStatus.ON_TRACK, List.of(), shown, List.of());
    }

    /** The peer's figure when it refers to a day on or before the date, else the units' reported value. */
    static Actual actual(IndicatorFacts i, LocalDate asOf) {
        LinkedFigures l = i.linked();
        if (l != null && !l.byScope().isEmpty()) {
            LocalDate refersTo = l.fetchedOn().isBefore(i.deadline()) ? l.fetchedOn() : i.deadline();
            if (!refersTo.isAfter(asOf)) {
                Map.Entry<String, BigDecimal> w = weakest(l.byScope(), i.comparator(), i.target());
                return new Actual(w.getValue(), refersTo, l.source().name(), w.getKey(), l.stale());
            }
        }
        return i.reported() == null ? null : new Actual(i.reported(), i.reportedAsOf(), REPORTED, null, false);
    }

    /** The scope that decides: the lowest for ≥, the highest for ≤, one that differs for =. */
    static Map.Entry<String, BigDecimal> weakest(Map<String, BigDecimal> byScope, Comparator c, BigDecimal target) {
        Map.Entry<String, BigDecimal> out = null;
        for (Map.Entry<String, BigDecimal> e : byScope.entrySet()) {
            boolean weaker = out == null || switch (c) {
                case GE -> e.getValue().compareTo(out.getValue()) < 0;
                case LE -> e.getValue().compareTo(out.getValue()) > 0;
                case EQ -> c.satisfied(out.getValue(), target) && !c.satisfied(e.getValue(), target);
            };
            out = weaker ? e : out;
        }
        return out;
    }

    static boolean met(IndicatorFacts i, Actual a) {
        return a != null && i.comparator().satisfied(a.value(), i.target());
    }

    /** A ≥ quantity is behind when actual < target × elapsed share of (issue date → deadline); a rate when below. */
    static boolean behindPace(IndicatorFacts i, Actual a, LocalDate asOf) {
        if (i.comparator() != Comparator.GE || a == null || met(i, a)) {
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
        return a.value().compareTo(i.target().multiply(share)) < 0;
    }

    private static String actualText(Actual a) {
        if (a == null) {
            return "no actual";
        }
        StringBuilder s = new StringBuilder("actual ").append(plain(a.value())).append(" (").append(a.asOf());
        if (!REPORTED.equals(a.source())) {
            s.append(", ").append(a.scope()).append(", from ").append(a.source());
        }
        if (a.stale()) {
            s.append(", stale: last known, the peer did not answer");
        }
        return s.append(")").toString();
    }

    private static String plain(BigDecimal v) {
        return Numbers.plain(v).toPlainString();
    }
}
