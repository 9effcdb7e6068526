package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.rows.Rows;
import gov.qinghai.followup.projects.domain.HeadlineFigure;
import gov.qinghai.followup.projects.domain.NoticeFigure;
import gov.qinghai.followup.projects.domain.OutlierRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Declared 'N项' and subtotals of the table against what its rows add up to, and the headline figures of the fair's
 * notice (stored per fair: 青政办〔2017〕134号's opening paragraph for the 18th) against the table. Each
 * disagreement is explained, never corrected: its difference, the total a stated share implies, whether the notice's
 * own figures agree with each other, and what each statistical outlier does to each figure.
 */
@ApplicationScoped
public class Reconciliation {
    @Inject
    EntityManager em;

    /** An outlier with what decides which headline figures include it. */
    private record OutlierRow(ReconciliationReport.Outlier view, double lower, double upper, String kind,
                              String prefecture, String park) {
    }

    @Transactional
    public ReconciliationReport of(long fairId) {
        Tuple totals = (Tuple) em.createNativeQuery("""
                select count(*) as n, count(total_investment) as with_amount, coalesce(sum(total_investment), 0) as total
                from project where fair_id = ?1""", Tuple.class).setParameter(1, fairId).getSingleResult();
        long rows = Rows.count(totals, "n");
        BigDecimal total = Rows.decimal(totals, "total");
        List<ReconciliationReport.UnitLine> units = units(fairId);
        List<OutlierRow> outlierRows = outliers(fairId);
        List<NoticeFigure> figures = NoticeFigure.list("fair.id = ?1 order by id", fairId);

        List<ReconciliationReport.Headline> headlines = new ArrayList<>();
        List<ReconciliationReport.OutlierEffect> effects = new ArrayList<>();
        for (NoticeFigure f : figures) {
            BigDecimal computed = computed(fairId, f, rows, total);
            ReconciliationReport.Headline h = headline(f, computed, figures);
            headlines.add(h);
            for (OutlierRow o : outlierRows) {
                without(f, o, rows, total, figures, fairId).ifPresent(w -> effects.add(new ReconciliationReport.OutlierEffect(
                        o.view().seq(), o.view().name(), o.view().totalInvestment(), f.key, computed, w,
                        f.rule().agrees(w))));
            }
        }
        ReconciliationReport.NoticeConsistency consistency = consistency(figures);

        List<String> disagreements = new ArrayList<>();
        for (ReconciliationReport.UnitLine u : units) {
            if (Boolean.FALSE.equals(u.countAgrees())) {
                disagreements.add(u.unit() + ": declares " + u.declaredCount() + "项, the table lists " + u.computedCount());
            }
            if (Boolean.FALSE.equals(u.subtotalAgrees())) {
                disagreements.add(u.unit() + ": declares a subtotal of " + u.declaredSubtotal() + "亿元, its rows add up to "
                        + u.computedSubtotal());
            }
        }
        for (ReconciliationReport.Headline h : headlines) {
            if (!h.agrees()) {
                disagreements.add("the notice says '" + h.noticeText() + "'; the table gives " + h.computed()
                        + " (" + h.basis() + "), a difference of " + h.difference().toPlainString()
                        + (h.impliedTotal() == null ? "" : "; the stated figures imply a total of about "
                                + h.impliedTotal().toPlainString() + "亿元"));
            }
        }
        if (consistency != null && !consistency.agree()) {
            disagreements.add("the notice's own figures do not agree with each other: "
                    + String.join("; ", consistency.statements()));
        }
        outlierRows.forEach(o -> disagreements.add("statistical outlier: 序号 " + o.view().seq() + " " + o.view().name()
                + " (" + o.view().unit() + ") " + o.view().totalInvestment() + "亿元 lies outside "
                + OutlierRule.fenceText(o.lower(), o.view().totalInvestment()) + "–"
                + OutlierRule.fenceText(o.upper(), o.view().totalInvestment()) + "亿元"));
        return new ReconciliationReport(fairId, rows, Rows.count(totals, "with_amount"), total, units, headlines,
                consistency, outlierRows.stream().map(OutlierRow::view).toList(), effects, disagreements);
    }

    /** What the table gives for a figure. */
    private BigDecimal computed(long fairId, NoticeFigure f, long rows, BigDecimal total) {
        return switch (f.measure) {
            case PROJECT_COUNT -> BigDecimal.valueOf(rows);
            case TOTAL_INVESTMENT -> total;
            case REGIONS_SUM, PARKS_SUM -> sum(fairId, f);
            case REGIONS_SHARE, PARKS_SHARE -> percent(sum(fairId, f), total);
        };
    }

    private static String basis(NoticeFigure f) {
        String scope = String.join("、", f.scope);
        return switch (f.measure) {
            case PROJECT_COUNT -> "rows of the table";
            case TOTAL_INVESTMENT -> "sum of 总投资额 over all rows";
            case REGIONS_SUM -> "sum over the 市州 governments' groups of " + scope + " (parks excluded)";
            case REGIONS_SHARE -> "the 市州 governments' sum of " + scope + " / table total";
            case PARKS_SUM -> "sum over the park committees' groups of " + scope;
            case PARKS_SHARE -> "the parks' sum of " + scope + " / table total";
        };
    }

    private static boolean includes(NoticeFigure f, OutlierRow o) {
        return switch (f.measure) {
            case PROJECT_COUNT, TOTAL_INVESTMENT -> true;
            case REGIONS_SUM -> "PREFECTURE_GOVERNMENT".equals(o.kind()) && f.scope.contains(o.prefecture());
            case PARKS_SUM -> "PARK_COMMITTEE".equals(o.kind()) && f.scope.contains(o.park());
            // a share moves with its total, so every outlier moves it
            case REGIONS_SHARE, PARKS_SHARE -> true;
        };
    }

    /** The figure the table would give without the outlier's row. */
    private java.util.Optional<BigDecimal> without(NoticeFigure f, OutlierRow o, long rows, BigDecimal total,
                                                   List<NoticeFigure> all, long fairId) {
        if (!includes(f, o)) {
            return java.util.Optional.empty();
        }
        BigDecimal amount = o.view().totalInvestment();
        return java.util.Optional.of(switch (f.measure) {
            case PROJECT_COUNT -> BigDecimal.valueOf(rows - 1);
            case TOTAL_INVESTMENT -> total.subtract(amount);
            case REGIONS_SUM, PARKS_SUM -> sum(fairId, f).subtract(amount);
            case REGIONS_SHARE, PARKS_SHARE -> {
                BigDecimal part = sum(fairId, f);
                boolean inPart = f.measure == NoticeFigure.Measure.REGIONS_SHARE
                        ? "PREFECTURE_GOVERNMENT".equals(o.kind()) && f.scope.contains(o.prefecture())
                        : "PARK_COMMITTEE".equals(o.kind()) && f.scope.contains(o.park());
                yield percent(inPart ? part.subtract(amount) : part, total.subtract(amount));
            }
        });
    }

    private ReconciliationReport.Headline headline(NoticeFigure f, BigDecimal computed, List<NoticeFigure> all) {
        BigDecimal implied = null;
        BigDecimal[] range = null;
        if (f.measure == NoticeFigure.Measure.REGIONS_SHARE || f.measure == NoticeFigure.Measure.PARKS_SHARE) {
            NoticeFigure.Measure sumMeasure = f.measure == NoticeFigure.Measure.REGIONS_SHARE
                    ? NoticeFigure.Measure.REGIONS_SUM : NoticeFigure.Measure.PARKS_SUM;
            NoticeFigure part = all.stream().filter(o -> o.measure == sumMeasure && o.scope.equals(f.scope))
                    .findFirst().orElse(null);
            if (part != null) {
                implied = HeadlineFigure.impliedTotal(part.statedAsPrinted(), f.statedAsPrinted());
                range = HeadlineFigure.impliedTotalRange(part.statedAsPrinted(), f.statedAsPrinted());
            }
        }
        boolean agrees = f.rule().agrees(computed);
        return new ReconciliationReport.Headline(f.key, f.noticeText, f.source, f.measure, Exports.label(f.measure),
                List.copyOf(f.scope), f.comparison, f.statedAsPrinted(), computed, agrees,
                Exports.text(agrees ? "agrees" : "disagrees"), computed.subtract(f.stated), implied,
                range == null ? null : range[0], range == null ? null : range[1], basis(f));
    }

    /**
     * Whether the notice's figures agree with each other: every stated share, with its stated sum, implies a total
     * (597亿 at 40% ≈ 1492.50亿, 1472.83–1512.66 with both rounded); the stated total must fit in each such range.
     */
    private static ReconciliationReport.NoticeConsistency consistency(List<NoticeFigure> figures) {
        NoticeFigure stated = figures.stream().filter(f -> f.measure == NoticeFigure.Measure.TOTAL_INVESTMENT)
                .findFirst().orElse(null);
        List<String> statements = new ArrayList<>();
        boolean agree = true;
        boolean any = false;
        for (NoticeFigure share : figures) {
            if (share.measure != NoticeFigure.Measure.REGIONS_SHARE && share.measure != NoticeFigure.Measure.PARKS_SHARE) {
                continue;
            }
            NoticeFigure.Measure sumMeasure = share.measure == NoticeFigure.Measure.REGIONS_SHARE
                    ? NoticeFigure.Measure.REGIONS_SUM : NoticeFigure.Measure.PARKS_SUM;
            NoticeFigure part = figures.stream().filter(o -> o.measure == sumMeasure && o.scope.equals(share.scope))
                    .findFirst().orElse(null);
            if (part == null || share.stated.signum() == 0) {
                continue;
            }
            any = true;
            BigDecimal implied = HeadlineFigure.impliedTotal(part.statedAsPrinted(), share.statedAsPrinted());
            BigDecimal[] range = HeadlineFigure.impliedTotalRange(part.statedAsPrinted(), share.statedAsPrinted());
            String text = part.statedAsPrinted().toPlainString() + "亿元 at " + share.statedAsPrinted().toPlainString() + "% implies a total of "
                    + "about " + implied.toPlainString() + "亿元 (" + range[0].toPlainString() + "–"
                    + (range[1] == null ? "∞" : range[1].toPlainString()) + " with both figures rounded)";
            if (stated != null) {
                // the stated total's own reading: 超过1800 is anything above 1800, a rounded figure its rounding range
                boolean fits = stated.comparison == HeadlineFigure.Comparison.MORE_THAN
                        || stated.comparison == HeadlineFigure.Comparison.MORE_THAN_ROUND
                        ? range[1] == null || range[1].compareTo(stated.statedAsPrinted()) > 0
                        : range[0].compareTo(stated.statedAsPrinted()) <= 0 && (range[1] == null || range[1].compareTo(stated.statedAsPrinted()) >= 0);
                if (!fits) {
                    agree = false;
                    text += ", which '" + stated.noticeText + "' rules out";
                } else {
                    text += ", consistent with '" + stated.noticeText + "'";
                }
            }
            statements.add(text);
        }
        return any ? new ReconciliationReport.NoticeConsistency(agree, statements) : null;
    }

    private List<ReconciliationReport.UnitLine> units(long fairId) {
        return Rows.map(em.createNativeQuery("""
                with c as (
                    select unit_id, count(*) n, sum(total_investment) s, count(*) - count(total_investment) missing
                    from project where fair_id = ?1 group by unit_id),
                d as (select * from unit_declaration where fair_id = ?1)
                select u.name as unit, d.declared_count as declared, coalesce(c.n, 0) as computed,
                       d.declared_subtotal as declared_sum, coalesce(c.s, 0) as computed_sum,
                       d.subtotal_labelled as labelled, coalesce(c.missing, 0) as missing
                from c full join d on d.unit_id = c.unit_id
                join responsible_unit u on u.id = coalesce(c.unit_id, d.unit_id)
                order by d.source_line nulls last, u.id""", Tuple.class).setParameter(1, fairId), t -> {
            Integer declared = Rows.integer(t, "declared");
            long computed = Rows.count(t, "computed");
            BigDecimal declaredSum = Rows.decimal(t, "declared_sum");
            BigDecimal computedSum = Rows.decimal(t, "computed_sum");
            return new ReconciliationReport.UnitLine(Rows.text(t, "unit"), declared, computed,
                    declared == null ? null : declared == computed, declaredSum, computedSum,
                    declaredSum == null ? null : declaredSum.compareTo(computedSum) == 0,
                    t.get("labelled", Boolean.class), Rows.count(t, "missing"));
        });
    }

    private BigDecimal sum(long fairId, NoticeFigure f) {
        String condition = f.measure == NoticeFigure.Measure.REGIONS_SUM || f.measure == NoticeFigure.Measure.REGIONS_SHARE
                ? "u.kind = 'PREFECTURE_GOVERNMENT' and u.prefecture in (:list)"
                : "u.kind = 'PARK_COMMITTEE' and u.park in (:list)";
        if (f.scope.isEmpty()) {
            return BigDecimal.ZERO;
        }
        Object v = em.createNativeQuery("select coalesce(sum(p.total_investment), 0) from project p "
                        + "join responsible_unit u on u.id = p.unit_id where p.fair_id = :fair and " + condition)
                .setParameter("fair", fairId).setParameter("list", f.scope).getSingleResult();
        return dec(v);
    }

    private List<OutlierRow> outliers(long fairId) {
        return Rows.map(em.createNativeQuery("""
                select p.id as id, p.seq as seq, u.name as unit, p.name as name, p.total_investment as amount,
                       o.lower_fence as lower_fence, o.upper_fence as upper_fence,
                       u.kind as kind, u.prefecture as prefecture, u.park as park
                from project_investment_outliers(?1, ?2) o
                join project p on p.id = o.project_id join responsible_unit u on u.id = p.unit_id
                order by p.seq""", Tuple.class).setParameter(1, fairId).setParameter(2, OutlierRule.K), t -> {
            double lower = t.get("lower_fence", Number.class).doubleValue();
            double upper = t.get("upper_fence", Number.class).doubleValue();
            return new OutlierRow(new ReconciliationReport.Outlier(Rows.count(t, "id"), Rows.integer(t, "seq"),
                    Rows.text(t, "unit"), Rows.text(t, "name"), Rows.decimal(t, "amount"),
                    new BigDecimal(lower).setScale(2, RoundingMode.HALF_UP),
                    new BigDecimal(upper).setScale(2, RoundingMode.HALF_UP)), lower, upper, Rows.text(t, "kind"),
                    Rows.text(t, "prefecture"), Rows.text(t, "park"));
        });
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal dec(Object o) {
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
