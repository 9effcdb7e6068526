package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.medical.domain.CountyPilotRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coverage views of 140号 二 and 三(一)4–5, computed in SQL against the targets in notice_target. */
@ApplicationScoped
public class CoverageQueries {
    /** A membership of an established alliance that holds on date ?1 (aliases m = member, a = alliance). */
    static final String ACTIVE_MEMBER = "a.status = 'ESTABLISHED' and (a.established_on is null or a.established_on <= ?1)"
            + " and (m.joined_on is null or m.joined_on <= ?1) and (m.left_on is null or m.left_on >= ?1)";
    /** 二级公立医院: every public secondary hospital kind. */
    static final String SECONDARY_PUBLIC_HOSPITAL = "i.level = 'SECONDARY' and i.ownership = 'PUBLIC' and i.kind in "
            + "('HOSPITAL', 'MATERNAL_CHILD_HEALTH', 'SPECIALTY_HOSPITAL', 'ETHNIC_MEDICINE_HOSPITAL')";
    /** 政府办基层医疗卫生机构: public 乡镇卫生院 and 社区卫生服务中心. */
    static final String GOVERNMENT_PRIMARY = "i.level = 'PRIMARY' and i.ownership = 'PUBLIC' and i.kind in "
            + "('TOWNSHIP_HEALTH_CENTRE', 'COMMUNITY_HEALTH_CENTRE')";

    @Inject
    EntityManager em;

    public enum Category {
        SECONDARY_PUBLIC_HOSPITAL, GOVERNMENT_PRIMARY;

        String predicate() {
            return this == SECONDARY_PUBLIC_HOSPITAL ? CoverageQueries.SECONDARY_PUBLIC_HOSPITAL : GOVERNMENT_PRIMARY_SQL;
        }
    }

    private static final String GOVERNMENT_PRIMARY_SQL = GOVERNMENT_PRIMARY;

    @Schema(name = "PrefectureAllianceCoverage")
    public record PrefectureRow(@Schema(example = "海西州") String prefecture,
                                @Schema(example = "2") long establishedAlliances,
                                @Schema(example = "1") long effectiveAlliances,
                                @Schema(example = "true") boolean meetsTarget) {
    }

    @Schema(name = "PrefectureAllianceCoverageReport")
    public record PrefectureCoverage(@Schema(example = "2017-12-31") LocalDate asOf,
                                     @Schema(example = "1") BigDecimal targetPerPrefecture,
                                     @Schema(example = "7") long prefecturesMeeting,
                                     List<PrefectureRow> prefectures, List<String> missing,
                                     @Schema(example = "7") BigDecimal noticeSaysPrefectureGroupsExisting,
                                     @Schema(example = "6") long registeredPrefectureGroups,
                                     String note) {
    }

    @SuppressWarnings("unchecked")
    public PrefectureCoverage prefectures(int year) {
        return prefecturesOn(LocalDate.of(year, 12, 31));
    }

    /** The same view on any date (the quarterly report uses quarter ends). */
    @SuppressWarnings("unchecked")
    public PrefectureCoverage prefecturesOn(LocalDate asOf) {
        BigDecimal target = target("PREFECTURE_EFFECTIVE_ALLIANCES_MIN");
        List<Object[]> rows = em.createNativeQuery("""
                select p.name,
                       count(a.id) filter (where a.status = 'ESTABLISHED' and (a.established_on is null or a.established_on <= ?1)),
                       count(a.id) filter (where a.status = 'ESTABLISHED' and a.effective_since <= ?1)
                from prefecture p left join alliance a on a.prefecture_id = p.id
                group by p.id, p.name order by p.id""").setParameter(1, asOf).getResultList();
        List<PrefectureRow> out = rows.stream().map(r -> new PrefectureRow((String) r[0], n(r[1]), n(r[2]),
                n(r[2]) >= target.longValue())).toList();
        long groups = n(em.createNativeQuery("select count(distinct prefecture_id) from alliance where kind = "
                + "'PREFECTURE_GROUP' and status = 'ESTABLISHED'").getSingleResult());
        BigDecimal said = target("PREFECTURE_GROUPS_EXISTING");
        String note = said.longValue() == groups ? null : "140号 三(一)3 says " + said.toBigInteger()
                + " 市州 groups had been formed; " + groups + " 市州 have a registered 市州医疗集团/医联体";
        return new PrefectureCoverage(asOf, target, out.stream().filter(PrefectureRow::meetsTarget).count(), out,
                out.stream().filter(r -> !r.meetsTarget()).map(PrefectureRow::prefecture).toList(), said, groups, note);
    }

    /** Province-wide counts on a date: [established, effective] over all alliances (the 全省 row of the report). */
    public long[] provinceAlliances(LocalDate asOf) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*) filter (where status = 'ESTABLISHED' and (established_on is null or established_on <= ?1)),
                       count(*) filter (where status = 'ESTABLISHED' and effective_since <= ?1)
                from alliance""").setParameter(1, asOf).getSingleResult();
        return new long[] {n(r[0]), n(r[1])};
    }

    @Schema(name = "MembershipShare")
    public record ShareRow(@Schema(example = "海西州") String prefecture, @Schema(example = "SECONDARY_PUBLIC_HOSPITAL") String category,
                           @Schema(example = "10") long institutions, @Schema(example = "8") long members,
                           @Schema(example = "80.0") BigDecimal sharePct) {
    }

    @Schema(name = "MembershipCoverage")
    public record MembershipCoverage(@Schema(example = "2020-12-31") LocalDate asOf,
                                     @Schema(example = "100") BigDecimal targetPct,
                                     @Schema(example = "2020") int targetYear,
                                     List<ShareRow> province, List<ShareRow> byPrefecture) {
    }

    /** 140号 二: "到2020年,所有二级公立医院和政府办基层医疗卫生机构全部参与医联体". */
    @SuppressWarnings("unchecked")
    public MembershipCoverage membership(LocalDate asOf) {
        String sql = """
                with pool as (
                  select i.id, p.id as pid,
                         case when %s then 'SECONDARY_PUBLIC_HOSPITAL' else 'GOVERNMENT_PRIMARY' end as category,
                         exists (select 1 from alliance_member m join alliance a on a.id = m.alliance_id
                                 where m.institution_id = i.id and %s) as member
                  from institution i left join prefecture p on p.id = i.prefecture_id
                  where (%s) or (%s)),
                grid as (
                  select p.id as pid, p.name as prefecture, c.category
                  from (select id, name from prefecture union all select null, '省级') p
                  cross join (values ('SECONDARY_PUBLIC_HOSPITAL'), ('GOVERNMENT_PRIMARY')) c(category))
                select g.prefecture, g.category, count(x.id), count(x.id) filter (where x.member),
                       grouping(g.prefecture)
                from grid g left join pool x on x.category = g.category and x.pid is not distinct from g.pid
                group by grouping sets ((g.category), (g.pid, g.prefecture, g.category))
                order by grouping(g.prefecture) desc, min(g.pid) nulls first, g.category"""
                .formatted(SECONDARY_PUBLIC_HOSPITAL, ACTIVE_MEMBER, SECONDARY_PUBLIC_HOSPITAL, GOVERNMENT_PRIMARY);
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, asOf).getResultList();
        List<ShareRow> all = rows.stream().map(r -> new ShareRow(n(r[4]) == 1 ? "全省" : (String) r[0], (String) r[1],
                n(r[2]), n(r[3]), pct(n(r[3]), n(r[2])))).toList();
        List<ShareRow> province = all.stream().filter(r -> r.prefecture().equals("全省")).toList();
        // 省级 holds provincial institutions, which have no 市州 and no government-run primary institutions
        List<ShareRow> byPrefecture = all.stream().filter(r -> !r.prefecture().equals("全省"))
                .filter(r -> !(r.prefecture().equals("省级") && r.institutions() == 0)).toList();
        return new MembershipCoverage(asOf, target("SECONDARY_PUBLIC_HOSPITALS_MEMBER_SHARE"), 2020, province,
                byPrefecture);
    }

    @Schema(name = "OutsideInstitution")
    public record Outside(@Schema(example = "1001") long id, @Schema(example = "贵德县人民医院") String name,
                          @Schema(example = "海南州") String prefecture, @Schema(example = "HOSPITAL") String kind) {
    }

    /** The institutions of a category that are in no alliance on the date (paged). */
    @SuppressWarnings("unchecked")
    public List<Outside> outside(Category category, LocalDate asOf, Long prefectureId, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery(outsideSql(category, "i.id, i.name, p.name as prefecture, i.kind")
                        + " order by i.id").setParameter(1, asOf).setParameter(2, prefectureId == null ? -1L : prefectureId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Outside(n(r[0]), (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    public long outsideCount(Category category, LocalDate asOf, Long prefectureId) {
        return n(em.createNativeQuery(outsideSql(category, "count(*)")).setParameter(1, asOf)
                .setParameter(2, prefectureId == null ? -1L : prefectureId).getSingleResult());
    }

    private static String outsideSql(Category category, String select) {
        return "select " + select + " from institution i left join prefecture p on p.id = i.prefecture_id where ("
                + category.predicate() + ") and (?2 = -1 or i.prefecture_id = ?2) and not exists (select 1 from "
                + "alliance_member m join alliance a on a.id = m.alliance_id where m.institution_id = i.id and "
                + ACTIVE_MEMBER + ")";
    }

    @Schema(name = "CountyPilot")
    public record Pilot(@Schema(example = "海东市") String prefecture, @Schema(example = "乐都区") String county,
                        @Schema(example = "乐都区人民医院医共体") String alliance, @Schema(example = "乐都区人民医院") String lead,
                        @Schema(example = "3") long townshipCentres, @Schema(example = "true") boolean withinRange) {
    }

    @Schema(name = "PrefecturePilots")
    public record PrefecturePilots(@Schema(example = "海东市") String prefecture, @Schema(example = "2") long pilots,
                                   @Schema(example = "true") boolean meetsTarget) {
    }

    @Schema(name = "CountyPilotCoverage")
    public record PilotCoverage(@Schema(example = "2017-12-31") LocalDate asOf,
                                @Schema(example = "2") long pilotsPerPrefecture,
                                @Schema(example = "3") long townshipCentresMin,
                                @Schema(example = "4") long townshipCentresMax,
                                List<PrefecturePilots> prefectures, List<Pilot> pilots) {
    }

    /**
     * 140号 三(一)4: 2 pilot counties per 市州, each county hospital leading 3–4 township health centres. A 市州's
     * pilots are counted by distinct county ("选择2个县"): two pilot 医共体 in one county are one pilot county.
     */
    @SuppressWarnings("unchecked")
    public PilotCoverage countyPilots(LocalDate asOf) {
        long required = target("COUNTY_PILOTS_PER_PREFECTURE").longValue();
        long min = target("PILOT_TOWNSHIP_CENTRES_MIN").longValue();
        long max = target("PILOT_TOWNSHIP_CENTRES_MAX").longValue();
        List<Object[]> perPrefecture = em.createNativeQuery("""
                select p.name, count(distinct a.county_id) from prefecture p left join alliance a on a.prefecture_id = p.id
                  and a.kind = 'COUNTY_COMMUNITY' and a.county_pilot and a.status = 'ESTABLISHED'
                  and (a.established_on is null or a.established_on <= ?1)
                group by p.id, p.name order by p.id""").setParameter(1, asOf).getResultList();
        List<Object[]> pilots = em.createNativeQuery("""
                select p.name, c.name, a.name, l.name,
                       (select count(*) from alliance_member m join institution i on i.id = m.institution_id
                        where m.alliance_id = a.id and i.kind = 'TOWNSHIP_HEALTH_CENTRE' and m.role <> 'LEAD'
                          and (m.joined_on is null or m.joined_on <= ?1) and (m.left_on is null or m.left_on >= ?1))
                from alliance a join prefecture p on p.id = a.prefecture_id left join county c on c.id = a.county_id
                left join institution l on l.id = a.lead_institution_id
                where a.kind = 'COUNTY_COMMUNITY' and a.county_pilot and a.status = 'ESTABLISHED'
                  and (a.established_on is null or a.established_on <= ?1)
                order by p.id, a.id""").setParameter(1, asOf).getResultList();
        return new PilotCoverage(asOf, required, min, max,
                perPrefecture.stream().map(r -> new PrefecturePilots((String) r[0], n(r[1]),
                        CountyPilotRule.prefectureMeets(n(r[1]), required))).toList(),
                pilots.stream().map(r -> new Pilot((String) r[0], (String) r[1], (String) r[2], (String) r[3], n(r[4]),
                        CountyPilotRule.townshipsWithinRange(n(r[4]), min, max))).toList());
    }

    @Schema(name = "TelemedicineReach")
    public record TelemedicineReach(@Schema(example = "2017-12-31") LocalDate asOf,
                                    @Schema(example = "12") long countyInstitutionsConnected,
                                    @Schema(example = "44") long countyInstitutionsInNotice,
                                    @Schema(example = "27.3") BigDecimal countySharePct,
                                    @Schema(example = "120") long townshipCentresConnected,
                                    @Schema(example = "405") long townshipCentresInNotice,
                                    @Schema(example = "29.6") BigDecimal townshipSharePct) {
    }

    /** 140号 三(一)5: the network "已覆盖44家县级医疗机构和405个乡镇卫生院"; reach = registered members of it. */
    public TelemedicineReach telemedicine(LocalDate asOf) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(distinct i.id) filter (where i.tier = 'COUNTY'),
                       count(distinct i.id) filter (where i.kind = 'TOWNSHIP_HEALTH_CENTRE')
                from alliance_member m join alliance a on a.id = m.alliance_id join institution i on i.id = m.institution_id
                where a.kind = 'TELEMEDICINE' and %s""".formatted(ACTIVE_MEMBER)).setParameter(1, asOf).getSingleResult();
        long county = target("TELEMEDICINE_COUNTY_INSTITUTIONS").longValue();
        long township = target("TELEMEDICINE_TOWNSHIP_CENTRES").longValue();
        return new TelemedicineReach(asOf, n(r[0]), county, pct(n(r[0]), county), n(r[1]), township,
                pct(n(r[1]), township));
    }

    public BigDecimal target(String code) {
        return plain((BigDecimal) em.createNativeQuery("select value from notice_target where code = ?1")
                .setParameter(1, code).getSingleResult());
    }

    /** 405.00 → 405, 30.50 → 30.5: figures are shown as the notice writes them. */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static BigDecimal pct(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
