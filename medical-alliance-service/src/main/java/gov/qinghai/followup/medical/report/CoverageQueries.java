package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.medical.domain.CountyPilotRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
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
        List<Tuple> rows = em.createNativeQuery("""
                select p.name as prefecture,
                       count(a.id) filter (where a.status = 'ESTABLISHED' and (a.established_on is null or a.established_on <= ?1))
                         as established,
                       count(a.id) filter (where a.status = 'ESTABLISHED' and a.effective_since <= ?1) as effective
                from prefecture p left join alliance a on a.prefecture_id = p.id
                group by p.id, p.name order by p.id""", Tuple.class).setParameter(1, asOf).getResultList();
        List<PrefectureRow> out = rows.stream().map(r -> new PrefectureRow(r.get("prefecture", String.class),
                n(r.get("established")), n(r.get("effective")), n(r.get("effective")) >= target.longValue())).toList();
        long groups = n(em.createNativeQuery("select count(distinct prefecture_id) from alliance where kind = "
                + "'PREFECTURE_GROUP' and status = 'ESTABLISHED'").getSingleResult());
        BigDecimal said = target("PREFECTURE_GROUPS_EXISTING");
        String note = said.longValue() == groups ? null : "140号 三(一)3 says " + said.toBigInteger()
                + " 市州 groups had been formed; " + groups + " 市州 have a registered 市州医疗集团/医联体";
        return new PrefectureCoverage(asOf, target, out.stream().filter(PrefectureRow::meetsTarget).count(), out,
                out.stream().filter(r -> !r.meetsTarget()).map(PrefectureRow::prefecture).toList(), said, groups, note);
    }

    /** Province-wide counts of alliances on a date. */
    public record ProvinceAlliances(long established, long effective) {
    }

    /** Province-wide counts on a date over all alliances (the 全省 row of the report). */
    public ProvinceAlliances provinceAlliances(LocalDate asOf) {
        Tuple r = (Tuple) em.createNativeQuery("""
                select count(*) filter (where status = 'ESTABLISHED' and (established_on is null or established_on <= ?1))
                         as established,
                       count(*) filter (where status = 'ESTABLISHED' and effective_since <= ?1) as effective
                from alliance""", Tuple.class).setParameter(1, asOf).getSingleResult();
        return new ProvinceAlliances(n(r.get("established")), n(r.get("effective")));
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
                select g.prefecture as prefecture, g.category as category, count(x.id) as institutions,
                       count(x.id) filter (where x.member) as members, grouping(g.prefecture) as province
                from grid g left join pool x on x.category = g.category and x.pid is not distinct from g.pid
                group by grouping sets ((g.category), (g.pid, g.prefecture, g.category))
                order by grouping(g.prefecture) desc, min(g.pid) nulls first, g.category"""
                .formatted(SECONDARY_PUBLIC_HOSPITAL, ACTIVE_MEMBER, SECONDARY_PUBLIC_HOSPITAL, GOVERNMENT_PRIMARY);
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, asOf).getResultList();
        List<ShareRow> all = rows.stream().map(r -> new ShareRow(n(r.get("province")) == 1 ? "全省"
                : r.get("prefecture", String.class), r.get("category", String.class), n(r.get("institutions")),
                n(r.get("members")), pct(n(r.get("members")), n(r.get("institutions"))))).toList();
        List<ShareRow> province = all.stream().filter(r -> r.prefecture().equals("全省")).toList();
        // 省级 holds provincial institutions, which have no 市州 and no government-run primary institutions
        List<ShareRow> byPrefecture = all.stream().filter(r -> !r.prefecture().equals("全省"))
                .filter(r -> !(r.prefecture().equals("省级") && r.institutions() == 0)).toList();
        return new MembershipCoverage(asOf, target("SECONDARY_PUBLIC_HOSPITALS_MEMBER_SHARE"), 2020, province,
                byPrefecture);
    }

    @Schema(name = "OutsideInstitution")
    public record Outside(@Schema(example = "1000") long id, @Schema(example = "格尔木市人民医院") String name,
                          @Schema(example = "海西州") String prefecture, @Schema(example = "HOSPITAL") String kind) {
    }

    /** The institutions of a category that are in no alliance on the date (paged). */
    @SuppressWarnings("unchecked")
    public List<Outside> outside(Category category, LocalDate asOf, Long prefectureId, int offset, int limit) {
        List<Tuple> rows = em.createNativeQuery(outsideSql(category, "i.id as id, i.name as name, p.name as prefecture, "
                        + "i.kind as kind") + " order by i.id", Tuple.class).setParameter(1, asOf)
                .setParameter(2, prefectureId == null ? -1L : prefectureId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Outside(n(r.get("id")), r.get("name", String.class),
                r.get("prefecture", String.class), r.get("kind", String.class))).toList();
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
        List<Tuple> perPrefecture = em.createNativeQuery("""
                select p.name as prefecture, count(distinct a.county_id) as pilots from prefecture p left join alliance a on a.prefecture_id = p.id
                  and a.kind = 'COUNTY_COMMUNITY' and a.county_pilot and a.status = 'ESTABLISHED'
                  and (a.established_on is null or a.established_on <= ?1)
                group by p.id, p.name order by p.id""", Tuple.class).setParameter(1, asOf).getResultList();
        List<Tuple> pilots = em.createNativeQuery("""
                select p.name as prefecture, c.name as county, a.name as alliance, l.name as lead,
                       (select count(*) from alliance_member m join institution i on i.id = m.institution_id
                        where m.alliance_id = a.id and i.kind = 'TOWNSHIP_HEALTH_CENTRE' and m.role <> 'LEAD'
                          and (m.joined_on is null or m.joined_on <= ?1) and (m.left_on is null or m.left_on >= ?1))
                         as townships
                from alliance a join prefecture p on p.id = a.prefecture_id left join county c on c.id = a.county_id
                left join institution l on l.id = a.lead_institution_id
                where a.kind = 'COUNTY_COMMUNITY' and a.county_pilot and a.status = 'ESTABLISHED'
                  and (a.established_on is null or a.established_on <= ?1)
                order by p.id, a.id""", Tuple.class).setParameter(1, asOf).getResultList();
        return new PilotCoverage(asOf, required, min, max,
                perPrefecture.stream().map(r -> new PrefecturePilots(r.get("prefecture", String.class),
                        n(r.get("pilots")), CountyPilotRule.prefectureMeets(n(r.get("pilots")), required))).toList(),
                pilots.stream().map(r -> new Pilot(r.get("prefecture", String.class), r.get("county", String.class),
                        r.get("alliance", String.class), r.get("lead", String.class), n(r.get("townships")),
                        CountyPilotRule.townshipsWithinRange(n(r.get("townships")), min, max))).toList());
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
        Tuple r = (Tuple) em.createNativeQuery("""
                select count(distinct i.id) filter (where i.tier = 'COUNTY') as county,
                       count(distinct i.id) filter (where i.kind = 'TOWNSHIP_HEALTH_CENTRE') as township
                from alliance_member m join alliance a on a.id = m.alliance_id join institution i on i.id = m.institution_id
                where a.kind = 'TELEMEDICINE' and %s""".formatted(ACTIVE_MEMBER), Tuple.class).setParameter(1, asOf)
                .getSingleResult();
        long county = target("TELEMEDICINE_COUNTY_INSTITUTIONS").longValue();
        long township = target("TELEMEDICINE_TOWNSHIP_CENTRES").longValue();
        long countyConnected = n(r.get("county"));
        long townshipConnected = n(r.get("township"));
        return new TelemedicineReach(asOf, countyConnected, county, pct(countyConnected, county), townshipConnected,
                township, pct(townshipConnected, township));
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
