package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.medical.domain.ContractingFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Coverage per 市州 and for the province from each 市州's latest monthly figures up to a month, against the
 * target of that year (family_doctor_target, seeded from 140号 三(二)3). Sums and ratios are computed in SQL.
 */
@ApplicationScoped
public class FamilyDoctorCoverage {
    @Inject
    EntityManager em;

    @Schema(name = "FamilyDoctorTarget")
    public record Target(@Schema(example = "2017") int year, @Schema(example = "30") BigDecimal overallPct,
                         @Schema(example = "60") BigDecimal keyPopulationPct,
                         @Schema(example = "false") boolean fullCoverage,
                         @Schema(example = "三(二)3") String clause,
                         @Schema(example = "2017年底,全省家庭医生签约服务覆盖率达到30%,重点人群覆盖率达到60%以上") String quote) {
    }

    @Schema(name = "FamilyDoctorCoverageRow")
    public record Row(@Schema(example = "西宁市") String prefecture, @Schema(example = "2017-12") String period,
                      @Schema(example = "2350000") Long population, @Schema(example = "752000") Long contracted,
                      @Schema(example = "32.00") BigDecimal coveragePct,
                      @Schema(example = "640000") Long keyPopulation, @Schema(example = "390000") Long contractedKey,
                      @Schema(example = "60.94") BigDecimal keyCoveragePct,
                      @Schema(example = "true") Boolean meetsTarget, @Schema(example = "true") Boolean meetsKeyTarget) {
    }

    @Schema(name = "FamilyDoctorCoverage")
    public record Result(@Schema(example = "2017") int year, @Schema(example = "2017-12") String upTo, Target target,
                         Row province, List<Row> prefectures,
                         @Schema(example = "[\"果洛州\"]") List<String> missing,
                         @Schema(example = "false") boolean complete, String note) {
    }

    public List<Target> targets() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select year, overall_pct, key_population_pct, full_coverage, clause, "
                + "quote from family_doctor_target order by year", Tuple.class).getResultList();
        return rows.stream().map(FamilyDoctorCoverage::target).toList();
    }

    /** Each 市州's latest figure of the year up to {@code upTo} (a month of that year). */
    @SuppressWarnings("unchecked")
    public Result coverage(int year, String upTo) {
        Target target = targets().stream().filter(t -> t.year() == year).findFirst().orElse(null);
        String latest = """
                with latest as (
                  select distinct on (f.prefecture_id) f.* from family_doctor_figure f
                  where f.period between ?1 and ?2 order by f.prefecture_id, f.period desc)
                """;
        List<Tuple> rows = em.createNativeQuery(latest + """
                select p.name as name, l.period as period, l.population as population, l.contracted as contracted,
                       l.key_population as key_population, l.contracted_key as contracted_key,
                       round(100.0 * l.contracted / l.population, 2) as coverage,
                       round(100.0 * l.contracted_key / nullif(l.key_population, 0), 2) as key_coverage
                from prefecture p left join latest l on l.prefecture_id = p.id order by p.id""", Tuple.class)
                .setParameter(1, year + "-01").setParameter(2, upTo).getResultList();
        Tuple sum = (Tuple) em.createNativeQuery(latest + """
                select max(period) as period, sum(population) as population, sum(contracted) as contracted,
                       sum(key_population) as key_population, sum(contracted_key) as contracted_key,
                       round(100.0 * sum(contracted) / nullif(sum(population), 0), 2) as coverage,
                       round(100.0 * sum(contracted_key) / nullif(sum(key_population), 0), 2) as key_coverage
                from latest""", Tuple.class).setParameter(1, year + "-01").setParameter(2, upTo).getSingleResult();
        List<Row> prefectures = rows.stream().map(r -> row(r.get("name", String.class), r, target)).toList();
        List<String> missing = prefectures.stream().filter(r -> r.period() == null).map(Row::prefecture).toList();
        Row province = sum.get("population") == null ? null : row("全省", sum, target);
        if (province != null && !missing.isEmpty()) {
            // 140号 三(二)3's targets are 全省 figures: a sum over the 市州 that reported is no 全省 figure, so
            // the province has no verdict until every 市州 has one (the sums stay, marked incomplete).
            province = new Row(province.prefecture(), province.period(), province.population(), province.contracted(),
                    province.coveragePct(), province.keyPopulation(), province.contractedKey(), province.keyCoveragePct(),
                    null, null);
        }
        String note = null;
        if (target == null) {
            note = "140号 三(二)3 sets no target for " + year + " (targets: 2017, 2018, 2020)";
        } else if (target.fullCoverage() && target.overallPct() == null) {
            note = "the " + year + " target is qualitative (基本实现家庭医生签约服务制度全覆盖): no percentage to compare";
        }
        if (!missing.isEmpty()) {
            note = (note == null ? "" : note + "; ") + "全省 verdict incomplete: no figure from " + String.join("、", missing)
                    + " (the 全省 sums cover only the 市州 that reported)";
        }
        return new Result(year, upTo, target, province, prefectures, missing, missing.isEmpty(), note);
    }

    private static Row row(String name, Tuple r, Target t) {
        Long pop = l(r.get("population"));
        Long con = l(r.get("contracted"));
        Long keyPop = l(r.get("key_population"));
        Long conKey = l(r.get("contracted_key"));
        return new Row(name, r.get("period", String.class), pop, con, r.get("coverage", BigDecimal.class), keyPop, conKey,
                r.get("key_coverage", BigDecimal.class),
                t == null ? null : ContractingFigures.meets(con, pop, t.overallPct()),
                t == null ? null : ContractingFigures.meets(conKey, keyPop, t.keyPopulationPct()));
    }

    private static Target target(Tuple r) {
        return new Target(r.get("year", Number.class).intValue(), CoverageQueries.plain(r.get("overall_pct", BigDecimal.class)),
                CoverageQueries.plain(r.get("key_population_pct", BigDecimal.class)), r.get("full_coverage", Boolean.class),
                r.get("clause", String.class), r.get("quote", String.class));
    }

    private static Long l(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
