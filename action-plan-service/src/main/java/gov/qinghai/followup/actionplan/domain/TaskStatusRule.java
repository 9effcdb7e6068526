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
 * reported figures. Peers are asked for the figure of the indicator's deadline (its year), so a figure fetched on
 * a day refers to that day or the deadline, whichever is earlier. Figures of several units or 市州 combine by the
 * indicator's {@link FigureRule}: the province's own figure (140号 sets 家庭医生签约 30% for 全省), their sum, or
 * the weakest (各市（州）年底前至少建成一个 asks it of every 市州).
 */
public final class TaskStatusRule {
    public static final String REPORTED = "REPORT";

    /** A peer's latest figures for a linked indicator by scope (全省 or a 市州), fetched on a day. */
    public record LinkedFigures(LinkedSource source, Map<String, BigDecimal> byScope, LocalDate fetchedOn,
                                boolean stale) {
    }

    /**
     * One unit's latest figure for an indicator on or before the status date. owesReport: the unit owes the task's
     * monthly report (its 牵头单位, or a 责任单位 of a task without one): under {@link FigureRule#PROVINCE} only such
     * a unit's figure stands for the province.
     */
    public record UnitFigure(String unit, BigDecimal value, LocalDate asOf, boolean owesReport) {
    }

    /** One indicator, how its figures combine, each unit's latest figure on or before the status date, its peer's. */
    public record IndicatorFacts(String code, String unit, Comparator comparator, BigDecimal target, LocalDate deadline,
                                 FigureRule rule, List<UnitFigure> figures, LinkedFigures linked) {
        /** A province-wide figure reported by the lead unit (or none). */
        public IndicatorFacts(String code, String unit, Comparator comparator, BigDecimal target, LocalDate deadline,
                              BigDecimal reported, LocalDate reportedAsOf, LinkedFigures linked) {
            this(code, unit, comparator, target, deadline, FigureRule.PROVINCE, reported == null ? List.of()
                    : List.of(new UnitFigure("lead", reported, reportedAsOf, true)), linked);
        }

        public IndicatorFacts(String code, String unit, Comparator comparator, BigDecimal target, LocalDate deadline,
                              BigDecimal reported, LocalDate reportedAsOf) {
            this(code, unit, comparator, target, deadline, reported, reportedAsOf, null);
        }
    }

    /** A figure shown beside an actual: whose (a unit or a 市州), its value and date, and whether the rule used it. */
    public record Figure(String scope, BigDecimal value, LocalDate asOf, boolean used) {
    }

    /**
     * The actual an indicator is judged by: its value, the date it refers to, where it comes from, the rule that
     * combined it and why, and every figure considered (used or shown beside it).
     */
    public record Actual(BigDecimal value, LocalDate asOf, String source, String scope, boolean stale, FigureRule rule,
                         String basis, List<Figure> figures) {
        public Actual(BigDecimal value, LocalDate asOf, String source, String scope, boolean stale) {
            this(value, asOf, source, scope, stale, FigureRule.PROVINCE, null, List.of());
        }
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
            if (!met(i, a) && deadlinePassed(i.deadline(), asOf)) {
                overdue.add(i.code());
                reasons.add(i.code() + ": deadline " + i.deadline() + " passed, " + actualText(a) + " against "
                        + i.comparator().symbol + " " + plain(i.target()));
            }
        }
        if (!hasIndicators && deadlinePassed(f.deadline(), asOf)) {
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

    /** The scope a peer gives for the whole province. */
    public static final String PROVINCE_SCOPE = "全省";

    /**
     * The one reading of "due on the as-of date", for the task status and the quarterly report alike: a target due on
     * a day can still be met that day (135号 sets dates such as 9月底 and 年底前, both inclusive), so it is missed
     * only from the next day on.
     */
    public static boolean deadlinePassed(LocalDate deadline, LocalDate asOf) {
        return asOf.isAfter(deadline);
    }

    /**
     * The peer's figure, combined by the indicator's rule, when it refers to a day on or before the date; else the
     * units' reported figures combined by the rule.
     */
    static Actual actual(IndicatorFacts i, LocalDate asOf) {
        LinkedFigures l = i.linked();
        if (l != null && !l.byScope().isEmpty()) {
            LocalDate refersTo = l.fetchedOn().isBefore(i.deadline()) ? l.fetchedOn() : i.deadline();
            if (!refersTo.isAfter(asOf)) {
                Actual a = linkedActual(i, l, refersTo);
                if (a != null) {
                    return a;
                }
            }
        }
        return reportedActual(i);
    }

    /** A peer's figures by the rule: 全省 for PROVINCE (市州 beside it), the 市州 summed or their weakest. */
    private static Actual linkedActual(IndicatorFacts i, LinkedFigures l, LocalDate refersTo) {
        Map<String, BigDecimal> prefectures = new LinkedHashMap<>(l.byScope());
        BigDecimal province = prefectures.remove(PROVINCE_SCOPE);
        String source = l.source().name();
        List<Figure> shown = new ArrayList<>();
        switch (i.rule()) {
            case PROVINCE -> {
                if (province == null) {
                    return null; // the peer gave no 全省 figure: the lead unit's report stands
                }
                shown.add(new Figure(PROVINCE_SCOPE, province, refersTo, true));
                prefectures.forEach((k, v) -> shown.add(new Figure(k, v, refersTo, false)));
                return new Actual(province, refersTo, source, PROVINCE_SCOPE, l.stale(), i.rule(),
                        "the province's figure (全省) against the province's target; 市州 figures shown beside it", shown);
            }
            case SUM -> {
                if (prefectures.isEmpty()) {
                    return null;
                }
                BigDecimal sum = prefectures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                prefectures.forEach((k, v) -> shown.add(new Figure(k, v, refersTo, true)));
                return new Actual(sum, refersTo, source, null, l.stale(), i.rule(),
                        "the sum of " + prefectures.size() + " 市州 figures", shown);
            }
            default -> {
                Map<String, BigDecimal> scopes = prefectures.isEmpty() ? l.byScope() : prefectures;
                Map.Entry<String, BigDecimal> w = weakest(scopes, i.comparator(), i.target());
                scopes.forEach((k, v) -> shown.add(new Figure(k, v, refersTo, k.equals(w.getKey()))));
                return new Actual(w.getValue(), refersTo, source, w.getKey(), l.stale(), i.rule(),
                        "every 市州 must reach the target: the weakest, " + w.getKey() + ", decides", shown);
            }
        }
    }

    /** The units' latest figures by the rule; null while the rule has no figure to use. */
    private static Actual reportedActual(IndicatorFacts i) {
        List<UnitFigure> fs = i.figures();
        if (fs.isEmpty()) {
            return null;
        }
        switch (i.rule()) {
            case PROVINCE -> {
                UnitFigure lead = null;
                for (UnitFigure f : fs) {
                    if (f.owesReport() && (lead == null || f.asOf().isAfter(lead.asOf()))) {
                        lead = f;
                    }
                }
                if (lead == null) {
                    return null;
                }
                UnitFigure used = lead;
                return new Actual(lead.value(), lead.asOf(), REPORTED, lead.unit(), false, i.rule(),
                        "the figure of " + lead.unit() + ", the unit answering for the task, stands for the province;"
                                + " other units' figures are their own part, shown beside it, not used",
                        fs.stream().map(f -> new Figure(f.unit(), f.value(), f.asOf(), f == used)).toList());
            }
            case SUM -> {
                BigDecimal sum = fs.stream().map(UnitFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                LocalDate latest = fs.stream().map(UnitFigure::asOf).max(LocalDate::compareTo).orElseThrow();
                return new Actual(sum, latest, REPORTED, null, false, i.rule(),
                        "the sum of the latest figures of " + fs.size() + " unit(s)",
                        fs.stream().map(f -> new Figure(f.unit(), f.value(), f.asOf(), true)).toList());
            }
            default -> {
                Map<String, BigDecimal> byUnit = new LinkedHashMap<>();
                fs.forEach(f -> byUnit.put(f.unit(), f.value()));
                Map.Entry<String, BigDecimal> w = weakest(byUnit, i.comparator(), i.target());
                UnitFigure used = fs.stream().filter(f -> f.unit().equals(w.getKey())).findFirst().orElseThrow();
                return new Actual(used.value(), used.asOf(), REPORTED, used.unit(), false, i.rule(),
                        "every unit must reach the target: the weakest, " + used.unit() + ", decides",
                        fs.stream().map(f -> new Figure(f.unit(), f.value(), f.asOf(), f == used)).toList());
            }
        }
    }

    /** Why an indicator has no actual although units reported figures (shown beside it, none used). */
    public static String noActualBasis(IndicatorFacts i) {
        return i.figures().isEmpty() ? null : i.rule().description + ": no figure the rule can use yet; the units' "
                + "figures are shown, not used";
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
