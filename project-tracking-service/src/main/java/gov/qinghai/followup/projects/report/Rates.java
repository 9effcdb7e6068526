package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.rows.Rows;
import gov.qinghai.followup.projects.domain.MilestoneAssessment;
import gov.qinghai.followup.projects.domain.MilestoneTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 履约率, 开工率 and 资金到位率 (134号 二) as of a date, in one SQL statement per grouping. Each project counts
 * with its latest current report for a month up to and including the date's month (the report on December
 * describes the state at 2017-12-31); a project never reported counts as not contracted and not started.
 * 履约率 and 开工率 are shares of all the fair's projects; 资金到位率 is funds in place over the total
 * investment of the projects that state one. By fund source a project with two sources counts in both.
 * <p>
 * Two readings: from the latest corrections (a report for 2017-12 filed or corrected in 2026 counts), or as the
 * figures stood at a moment ({@code reportedBy}): then only reports submitted by that moment count, each project
 * with the report that was current then. Stored quarterly reports use the second, at their {@code generatedAt}.
 */
@ApplicationScoped
public class Rates {
    public enum GroupBy { NONE, UNIT, PREFECTURE, PARK, FUND_SOURCE }

    private static final Map<GroupBy, String> KEYS = Map.of(
            GroupBy.NONE, "'全部'",
            GroupBy.UNIT, "u.name",
            GroupBy.PREFECTURE, "coalesce(u.prefecture, '省直')",
            GroupBy.PARK, "u.park",
            GroupBy.FUND_SOURCE, "fs.place");

    @Inject
    EntityManager em;

    public record Result(long fairId, LocalDate asOf, java.time.Instant reportedBy, String basis, Milestone milestone, RateLine overall,
                         GroupBy groupBy, List<RateLine> groups) {
    }

    public record Milestone(LocalDate dueDate, BigDecimal contractFulfilmentRate, BigDecimal constructionStartRate,
                            BigDecimal fundsInPlaceRate, String source) {
    }

    @Transactional
    public Result asOf(long fairId, LocalDate asOf, GroupBy groupBy) {
        return asOf(fairId, asOf, null, groupBy);
    }

    /** {@code reportedBy} null: from the latest corrections; else as the figures stood at that moment. */
    @Transactional
    public Result asOf(long fairId, LocalDate asOf, java.time.Instant reportedBy, GroupBy groupBy) {
        Milestone milestone = milestoneFor(fairId, asOf);
        RateLine overall = lines(fairId, asOf, reportedBy, GroupBy.NONE, milestone).stream().findFirst()
                .orElseThrow(() -> Problems.notFound("fair", fairId));
        List<RateLine> groups = groupBy == GroupBy.NONE ? List.of()
                : lines(fairId, asOf, reportedBy, groupBy, milestone);
        return new Result(fairId, asOf, reportedBy, basis(asOf, reportedBy), milestone, overall, groupBy, groups);
    }

    public static String basis(LocalDate asOf, java.time.Instant reportedBy) {
        return reportedBy == null
                ? "latest corrections: each project's current report for a month up to " + YearMonth.from(asOf)
                : "as the figures stood at " + reportedBy + ": each project's report for a month up to "
                        + YearMonth.from(asOf) + " that was current then (reports submitted later are left out)";
    }

    /** The first milestone due on or after the date; after the last one, the last one. */
    public Milestone milestoneFor(long fairId, LocalDate asOf) {
        List<MilestoneTarget> all = MilestoneTarget.list("fair.id = ?1 order by dueDate", fairId);
        return all.stream().filter(m -> !m.dueDate.isBefore(asOf)).findFirst()
                .or(() -> all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1)))
                .map(m -> new Milestone(m.dueDate, m.contractFulfilmentRate, m.constructionStartRate,
                        m.fundsInPlaceRate, m.source))
                .orElse(null);
    }

    public List<RateLine> lines(long fairId, LocalDate asOf, GroupBy groupBy, Milestone milestone) {
        return lines(fairId, asOf, null, groupBy, milestone);
    }

    public List<RateLine> lines(long fairId, LocalDate asOf, java.time.Instant reportedBy, GroupBy groupBy,
                                Milestone milestone) {
        String key = KEYS.get(groupBy);
        String fundJoin = groupBy == GroupBy.FUND_SOURCE ? " cross join unnest(p.fund_provinces) as fs(place)" : "";
        String parkOnly = groupBy == GroupBy.PARK ? " and u.park is not null" : "";
        // per project, its latest current report through the (project_id, period) index: no sort of all reports
        jakarta.persistence.Query query = em.createNativeQuery("""
                select %s as k, count(*) as projects,
                       count(*) filter (where l.contract_performed) as contracted,
                       count(*) filter (where l.construction_started) as started,
                       coalesce(sum(l.funds_in_place) filter (where p.total_investment is not null), 0) as funds,
                       coalesce(sum(p.total_investment), 0) as total
                from project p join responsible_unit u on u.id = p.unit_id%s
                left join lateral (
                    select r.contract_performed, r.construction_started, r.funds_in_place
                    from progress_report r
                    where r.project_id = p.id and r.period <= ?2 and %s
                    order by r.period desc, r.submitted_at desc, r.id desc limit 1) l on true
                where p.fair_id = ?1%s
                group by k order by min(u.id), k""".formatted(key, fundJoin,
                        // at a moment: the latest report submitted by then for the latest month is the one that was
                        // current then (a resubmission supersedes the earlier one)
                        reportedBy == null ? "r.is_current" : "r.submitted_at <= ?3", parkOnly), jakarta.persistence.Tuple.class);
        query.setParameter(1, fairId).setParameter(2, YearMonth.from(asOf).toString());
        if (reportedBy != null) {
            query.setParameter(3, java.time.OffsetDateTime.ofInstant(reportedBy, java.time.ZoneOffset.UTC));
        }
        return Rows.map(query, t -> {
            long projects = Rows.count(t, "projects");
            long contracted = Rows.count(t, "contracted");
            long started = Rows.count(t, "started");
            BigDecimal funds = Rows.decimal(t, "funds");
            BigDecimal total = Rows.decimal(t, "total");
            BigDecimal cr = pct(BigDecimal.valueOf(contracted), BigDecimal.valueOf(projects));
            BigDecimal sr = pct(BigDecimal.valueOf(started), BigDecimal.valueOf(projects));
            BigDecimal fr = pct(funds, total);
            return new RateLine(Rows.text(t, "k"), projects, contracted, started, funds, total, cr, sr, fr,
                    versus(milestone, asOf, cr, sr, fr));
        });
    }

    private static RateLine.Versus versus(Milestone m, LocalDate asOf, BigDecimal cr, BigDecimal sr, BigDecimal fr) {
        if (m == null) {
            return null;
        }
        return new RateLine.Versus(gap(cr, m.contractFulfilmentRate(), m.dueDate(), asOf),
                gap(sr, m.constructionStartRate(), m.dueDate(), asOf),
                gap(fr, m.fundsInPlaceRate(), m.dueDate(), asOf));
    }

    private static RateLine.Gap gap(BigDecimal rate, BigDecimal target, LocalDate due, LocalDate asOf) {
        return new RateLine.Gap(target, MilestoneAssessment.gap(rate, target),
                MilestoneAssessment.assess(rate, target, due, asOf));
    }

    static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
