package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.projects.domain.HeadlineFigure;
import gov.qinghai.followup.projects.domain.HeadlineFigure.Comparison;
import gov.qinghai.followup.projects.domain.OutlierRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Declared 'N项' and subtotals of the table against what its rows add up to, and the headline figures of
 * 青政办〔2017〕134号 (opening paragraph) against the table. Disagreements are reported, never corrected.
 */
@ApplicationScoped
public class Reconciliation {
    static final List<String> FIVE_REGIONS = List.of("西宁市", "海东市", "海西州", "海南州", "海北州");
    static final List<String> THREE_PARKS = List.of("西宁经济技术开发区", "柴达木循环经济试验区", "海东工业园");
    private static final HeadlineFigure PROJECTS = new HeadlineFigure("projects", "共签约各类合作项目300余项",
            Comparison.MORE_THAN_ROUND, new BigDecimal("300"));
    private static final HeadlineFigure TOTAL = new HeadlineFigure("totalInvestment", "签约金额超过1800亿元",
            Comparison.MORE_THAN, new BigDecimal("1800"));
    private static final HeadlineFigure REGIONS = new HeadlineFigure("fiveRegions",
            "西宁、海东、海西、海南和海北五个重点地区签约金额共计597亿元", Comparison.ROUNDED, new BigDecimal("597"));
    private static final HeadlineFigure REGIONS_SHARE = new HeadlineFigure("fiveRegionsShare",
            "(五个重点地区)占总签约金额的40%", Comparison.ROUNDED, new BigDecimal("40"));
    private static final HeadlineFigure PARKS = new HeadlineFigure("threeParks",
            "西宁经济技术开发区、柴达木循环经济试验区、海东工业园签约金额共计683亿元", Comparison.ROUNDED,
            new BigDecimal("683"));
    private static final HeadlineFigure PARKS_SHARE = new HeadlineFigure("threeParksShare",
            "(三个园区)占总签约金额的46%", Comparison.ROUNDED, new BigDecimal("46"));

    @Inject
    EntityManager em;

    @Transactional
    public ReconciliationReport of(long fairId) {
        Object[] totals = (Object[]) em.createNativeQuery("""
                select count(*), count(total_investment), coalesce(sum(total_investment), 0)
                from project where fair_id = ?1""").setParameter(1, fairId).getSingleResult();
        long rows = num(totals[0]).longValue();
        BigDecimal total = dec(totals[2]);
        List<ReconciliationReport.UnitLine> units = units(fairId);
        BigDecimal regions = sum(fairId, "u.kind = 'PREFECTURE_GOVERNMENT' and u.prefecture in (:list)", FIVE_REGIONS);
        BigDecimal regionsWithParks = sum(fairId, "u.prefecture in (:list)", FIVE_REGIONS);
        BigDecimal parks = sum(fairId, "u.kind = 'PARK_COMMITTEE' and u.park in (:list)", THREE_PARKS);

        List<ReconciliationReport.Headline> headlines = List.of(
                headline(PROJECTS, BigDecimal.valueOf(rows), "rows of the table"),
                headline(TOTAL, total, "sum of 总投资额 over all rows"),
                headline(REGIONS, regions, "sum over the five 市州 governments' groups (parks excluded); "
                        + "with the parks in those 市州 it is " + regionsWithParks),
                headline(REGIONS_SHARE, percent(regions, total), "five regions' sum / table total"),
                headline(PARKS, parks, "sum over the three park committees' groups"),
                headline(PARKS_SHARE, percent(parks, total), "three parks' sum / table total"));

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
                        + " (" + h.basis() + ")");
            }
        }
        List<ReconciliationReport.Outlier> outliers = outliers(fairId);
        outliers.forEach(o -> disagreements.add("statistical outlier: 序号 " + o.seq() + " " + o.name() + " (" + o.unit()
                + ") " + o.totalInvestment() + "亿元 lies outside " + o.lowerFence() + "–" + o.upperFence() + "亿元"));
        return new ReconciliationReport(fairId, rows, num(totals[1]).longValue(), total, units, headlines, outliers,
                disagreements);
    }

    @SuppressWarnings("unchecked")
    private List<ReconciliationReport.UnitLine> units(long fairId) {
        List<Object[]> rows = em.createNativeQuery("""
                with c as (
                    select unit_id, count(*) n, sum(total_investment) s, count(*) - count(total_investment) missing
                    from project where fair_id = ?1 group by unit_id),
                d as (select * from unit_declaration where fair_id = ?1)
                select u.name, d.declared_count, coalesce(c.n, 0), d.declared_subtotal, c.s, d.subtotal_labelled,
                       coalesce(c.missing, 0)
                from c full join d on d.unit_id = c.unit_id
                join responsible_unit u on u.id = coalesce(c.unit_id, d.unit_id)
                order by d.source_line nulls last, u.id""").setParameter(1, fairId).getResultList();
        List<ReconciliationReport.UnitLine> out = new ArrayList<>();
        for (Object[] r : rows) {
            Integer declared = r[1] == null ? null : num(r[1]).intValue();
            long computed = num(r[2]).longValue();
            BigDecimal declaredSum = (BigDecimal) r[3];
            BigDecimal computedSum = r[4] == null ? BigDecimal.ZERO : (BigDecimal) r[4];
            out.add(new ReconciliationReport.UnitLine((String) r[0], declared, computed,
                    declared == null ? null : declared == computed, declaredSum, computedSum,
                    declaredSum == null ? null : declaredSum.compareTo(computedSum) == 0, (Boolean) r[5],
                    num(r[6]).longValue()));
        }
        return out;
    }

    private BigDecimal sum(long fairId, String condition, List<String> list) {
        Object v = em.createNativeQuery("select coalesce(sum(p.total_investment), 0) from project p "
                        + "join responsible_unit u on u.id = p.unit_id where p.fair_id = :fair and " + condition)
                .setParameter("fair", fairId).setParameter("list", list).getSingleResult();
        return dec(v);
    }

    @SuppressWarnings("unchecked")
    private List<ReconciliationReport.Outlier> outliers(long fairId) {
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.seq, u.name, p.name, p.total_investment,
                       round(o.lower_fence::numeric, 2), round(o.upper_fence::numeric, 2)
                from project_investment_outliers(?1, ?2) o
                join project p on p.id = o.project_id join responsible_unit u on u.id = p.unit_id
                order by p.seq""").setParameter(1, fairId).setParameter(2, OutlierRule.K).getResultList();
        return rows.stream().map(r -> new ReconciliationReport.Outlier(num(r[0]).longValue(), num(r[1]).intValue(),
                (String) r[2], (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6])).toList();
    }

    private static ReconciliationReport.Headline headline(HeadlineFigure f, BigDecimal computed, String basis) {
        return new ReconciliationReport.Headline(f.key(), f.noticeText(), f.comparison(), f.stated(), computed,
                f.agrees(computed), basis);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static Number num(Object o) {
        return (Number) o;
    }

    private static BigDecimal dec(Object o) {
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
