package gov.qinghai.followup.medical.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 140号 四(四)'s assessment indicators for a period of whole months, in SQL: the share of 诊疗人次 at 基层医疗卫生机构
 * ("大型医疗机构与基层医疗卫生机构诊疗量占比") per 市州 and for the province, and the down-referral rate ("基层首诊和分级诊疗
 * 制度落实": 下转 among all referrals). A 市州 that has not reported every month of the period has no share, and the
 * province has none while any 市州 lacks one: a sum over part of the province is no 全省 figure.
 */
@ApplicationScoped
public class AssessmentIndicators {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    @Inject
    EntityManager em;
    @Inject
    ReferralStatistics referrals;

    @Schema(name = "PrimaryVisitShare")
    public record VisitRow(@Schema(example = "海西州") String prefecture, @Schema(example = "3") long monthsReported,
                           @Schema(example = "1230000") Long totalVisits, @Schema(example = "615000") Long primaryVisits,
                           @Schema(example = "50.0", description = "%, one decimal for display; null unless every "
                                   + "month is reported") BigDecimal primarySharePct) {
    }

    @Schema(name = "AssessmentIndicators")
    public record Result(@Schema(example = "2017-07-01") LocalDate from, @Schema(example = "2017-09-30") LocalDate to,
                         @Schema(example = "四(四)") String clause, List<VisitRow> prefectures, VisitRow province,
                         @Schema(example = "[\"果洛州\"]") List<String> missing,
                         @Schema(example = "40") long referralsUp, @Schema(example = "10") long referralsDown,
                         @Schema(example = "20.0", description = "下转 share of all referrals, %") BigDecimal downReferralPct,
                         @Schema(example = "2017-07-01至2017-09-30：基层医疗卫生机构诊疗量占比 50.0%（8个市州均已报送）；"
                                 + "下转 10 人次，占转诊总数的 20.0%。") String note) {
    }

    /** The indicators over the months from..to (whole months). */
    public Result over(LocalDate from, LocalDate to) {
        String first = from.toString().substring(0, 7);
        String last = to.toString().substring(0, 7);
        long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select p.name as prefecture, count(v.id) as months, sum(v.total_visits) as total,
                       sum(v.primary_visits) as prim,
                       case when count(v.id) = ?3 then round(100.0 * sum(v.primary_visits) / sum(v.total_visits), 1) end
                         as share,
                       round(100.0 * sum(v.primary_visits) / nullif(sum(v.total_visits), 0), 1) as share_any,
                       grouping(p.name) as province
                from prefecture p left join visit_figure v on v.prefecture_id = p.id and v.period between ?1 and ?2
                group by grouping sets ((p.id, p.name), ())
                order by grouping(p.name), p.id""", Tuple.class)
                .setParameter(1, first).setParameter(2, last).setParameter(3, months).getResultList();
        List<VisitRow> prefectures = rows.stream().filter(t -> t.get("province", Number.class).intValue() == 0)
                .map(AssessmentIndicators::row).toList();
        List<String> missing = prefectures.stream().filter(r -> r.monthsReported() < months)
                .map(VisitRow::prefecture).toList();
        Tuple all = rows.stream().filter(t -> t.get("province", Number.class).intValue() == 1).findFirst().orElseThrow();
        // the province's months: those every 市州 has reported
        long provinceMonths = prefectures.stream().mapToLong(VisitRow::monthsReported).min().orElse(0);
        VisitRow province = new VisitRow("全省", provinceMonths, l(all.get("total")), l(all.get("prim")),
                missing.isEmpty() ? all.get("share_any", BigDecimal.class) : null);
        Instant asOf = to.plusDays(1).atStartOfDay(CHINA).toInstant();
        ReferralStatistics.Row ref = referrals.compute(ReferralStatistics.GroupBy.PROVINCE, from, to, 0, asOf).rows()
                .stream().findFirst().orElse(null);
        long up = ref == null ? 0 : ref.up();
        long down = ref == null ? 0 : ref.down();
        BigDecimal downPct = ref == null ? null : ref.downSharePct();
        String visits = province.primarySharePct() != null
                ? "基层医疗卫生机构诊疗量占比 " + province.primarySharePct().toPlainString() + "%（" + prefectures.size()
                        + "个市州均已报送）"
                : "基层医疗卫生机构诊疗量占比：全省数据不全，" + String.join("、", missing) + "未报送全部月份的诊疗人次，暂不计算全省占比";
        String referralText = up + down == 0 ? "本期无转诊记录，下转占比无从计算"
                : "下转 " + down + " 人次，占转诊总数（" + (up + down) + "）的 " + downPct.toPlainString() + "%";
        String note = from + "至" + to + "：" + visits + "；" + referralText + "（140号 四(四)）。";
        return new Result(from, to, "四(四)", prefectures, province, missing, up, down, downPct, note);
    }

    private static VisitRow row(Tuple t) {
        return new VisitRow(t.get("prefecture", String.class), t.get("months", Number.class).longValue(),
                l(t.get("total")), l(t.get("prim")), t.get("share", BigDecimal.class));
    }

    private static Long l(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
