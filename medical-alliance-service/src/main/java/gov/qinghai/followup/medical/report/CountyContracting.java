package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.medical.domain.ContractingFigures;
import gov.qinghai.followup.medical.domain.PopulationGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 家庭医生签约 by county and population group: each county's latest figure per group in a year up to a month, against
 * 140号 三(二)3's target of that year (all residents: 30 % / 50 %; each 重点人群 group: 60 % / 85 %), compared exactly
 * on the counts ({@link ContractingFigures#meets}).
 */
@ApplicationScoped
public class CountyContracting {
    @Inject
    EntityManager em;
    @Inject
    FamilyDoctorCoverage familyDoctor;

    @Schema(name = "CountyContractingRow")
    public record Row(@Schema(example = "海西州") String prefecture, @Schema(example = "格尔木市") String county,
                      @Schema(example = "ELDERLY") PopulationGroup group, @Schema(example = "老年人") String groupLabel,
                      @Schema(example = "2017-09") String period, @Schema(example = "21000") long population,
                      @Schema(example = "13500") long contracted, @Schema(example = "64.29") BigDecimal coveragePct,
                      @Schema(example = "60") BigDecimal targetPct, @Schema(example = "true") Boolean meetsTarget) {
    }

    @Schema(name = "CountyContracting")
    public record Result(@Schema(example = "2017") int year, @Schema(example = "2017-09") String upTo, List<Row> rows,
                         @Schema(example = "2017-09：12个县报送分人群签约数据；未达到目标：格尔木市 儿童 55.00%（目标60%）。")
                         String note) {
    }

    public Result upTo(int year, String upTo) {
        FamilyDoctorCoverage.Target t = familyDoctor.targets().stream().filter(x -> x.year() == year).findFirst()
                .orElse(null);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = em.createNativeQuery("""
                with latest as (
                  select distinct on (f.county_id, f.population_group) f.* from county_contract_figure f
                  where f.period between ?1 and ?2 order by f.county_id, f.population_group, f.period desc)
                select p.name as prefecture, c.name as county, l.population_group as grp, l.period as period,
                       l.population as population, l.contracted as contracted,
                       round(100.0 * l.contracted / l.population, 2) as coverage
                from latest l join county c on c.id = l.county_id join prefecture p on p.id = c.prefecture_id
                order by p.id, c.id, l.population_group""", Tuple.class)
                .setParameter(1, year + "-01").setParameter(2, upTo).getResultList();
        Labels labels = Labels.get();
        List<Row> rows = tuples.stream().map(r -> {
            PopulationGroup g = PopulationGroup.valueOf(r.get("grp", String.class));
            long pop = r.get("population", Number.class).longValue();
            long con = r.get("contracted", Number.class).longValue();
            BigDecimal target = t == null ? null : g.keyPopulation() ? t.keyPopulationPct() : t.overallPct();
            return new Row(r.get("prefecture", String.class), r.get("county", String.class), g, labels.of(g),
                    r.get("period", String.class), pop, con, r.get("coverage", BigDecimal.class), target,
                    ContractingFigures.meets(con, pop, target));
        }).toList();
        long counties = rows.stream().map(Row::county).distinct().count();
        List<String> missed = rows.stream().filter(r -> Boolean.FALSE.equals(r.meetsTarget()))
                .map(r -> r.county() + " " + r.groupLabel() + " " + r.coveragePct().toPlainString() + "%（目标"
                        + r.targetPct().toPlainString() + "%）").toList();
        String note = upTo + "：" + counties + "个县报送分人群签约数据"
                + (t == null ? "；140号 三(二)3 未设" + year + "年目标" : missed.isEmpty() ? "；报送的县与人群均已达到目标"
                : "；未达到目标：" + String.join("、", missed)) + "（140号 三(二)3）。";
        return new Result(year, upTo, rows, note);
    }
}
