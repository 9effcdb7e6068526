package gov.qinghai.followup.transparency.report;

import jakarta.persistence.Tuple;
import java.time.Clock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.jobs.JobMetrics;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.transparency.domain.Grade;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.reports.NewVersion;
import gov.qinghai.followup.common.reports.PeriodReportStore;
import gov.qinghai.followup.common.reports.PeriodReportVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The annual bulletin of routine records (137号 第九条) and the annual assessment report (scores, grades, ranking). */
@ApplicationScoped
public class AnnualReports {
    @Inject
    Clock clock;
    /** The kinds of the shared period-report store (common.reports): /api/v1/period-reports/{kind}/{year}. */
    public static final String BULLETIN = "bulletin";
    public static final String REPORT = "annual";
    /** Column headings of the exports, from the service's label table (labels.properties, column.*). */
    public static final List<String> REPORT_COLUMNS = Stream.of("ranking", "subject", "kind", "base", "bonus",
            "deduction", "zeroed_out", "total", "grade", "third_party_score", "online_score")
            .map(Labels.get()::heading).toList();
    public static final List<String> BULLETIN_COLUMNS = Stream.of("subject", "problems", "achievements",
            "points_deducted", "points_added", "net").map(Labels.get()::heading).toList();

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    JobMetrics metrics;
    @Inject
    PeriodReportStore store;

    public boolean roundConcluded(int year) {
        return ((Number) em.createNativeQuery("select count(*) from assessment_round where year = ?1"
                + " and status = 'CONCLUDED' and office is null").setParameter(1, year).getSingleResult()).intValue() > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int storeBulletin(int year, String by, String reason) {
        List<Tuple> rows = em.createNativeQuery("""
                select s.name as subject,
                       count(*) filter (where r.kind = 'PROBLEM') as problems,
                       count(*) filter (where r.kind = 'ACHIEVEMENT') as achievements,
                       coalesce(sum(r.points) filter (where r.kind = 'PROBLEM'), 0) as points_deducted,
                       coalesce(sum(r.points) filter (where r.kind = 'ACHIEVEMENT'), 0) as points_added,
                       sum(r.points) as net,
                       cast(json_agg(json_build_object('recordedOn', r.recorded_on, 'kind', r.kind, 'itemNo', r.item_no,
                           'points', r.points, 'description', r.description, 'method', r.method)
                           order by r.recorded_on, r.id) as text) as records
                from routine_record r join assessment_subject s on s.id = r.subject_id
                where r.year = ?1 and r.removed_at is null
                group by s.id, s.name order by sum(r.points) desc, s.id""", Tuple.class).setParameter(1, year)
                .getResultList();
        List<Map<String, Object>> out = rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", r.get("subject", String.class));
            m.put("problems", r.get("problems", Number.class).longValue());
            m.put("achievements", r.get("achievements", Number.class).longValue());
            m.put("pointsDeducted", r.get("points_deducted", BigDecimal.class));
            m.put("pointsAdded", r.get("points_added", BigDecimal.class));
            m.put("net", r.get("net", BigDecimal.class));
            // 第九条 "将发现的问题或成绩记录存档，每年通报一次": the problems and achievements themselves, not only counts
            m.put("records", new com.fasterxml.jackson.databind.util.RawValue(r.get("records", String.class)));
            return m;
        }).toList();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", year + "年度政务公开日常考核通报");
        content.put("basis", "青政办〔2017〕137号 第九条: 将发现的问题或成绩记录存档，每年通报一次");
        content.put("year", year);
        content.put("subjects", out);
        store(BULLETIN, String.valueOf(year), by, reason, content);
        return out.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int storeAnnualReport(int year, String by, String reason) {
        List<Tuple> rows = em.createNativeQuery("""
                select a.ranking, s.name as subject, s.kind,
                       cast(a.breakdown as jsonb) ->> 'base' as base, cast(a.breakdown as jsonb) ->> 'bonus' as bonus,
                       cast(a.breakdown as jsonb) ->> 'deduction' as deduction,
                       cast(a.breakdown as jsonb) ->> 'zeroedOut' as zeroed_out,
                       a.total, a.grade, a.third_party_score, a.online_score, a.raw_score, a.raw_max, a.ranking_group
                from assessment a join assessment_round r on r.id = a.round_id
                join assessment_subject s on s.id = a.subject_id
                where r.year = ?1 and r.status = 'CONCLUDED' and r.office is null order by a.ranking_group, a.ranking, s.id""",
                Tuple.class).setParameter(1, year).getResultList();
        List<Map<String, Object>> out = rows.stream().map(r -> {
            String kind = r.get("kind", String.class);
            String group = r.get("ranking_group", String.class);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rankingGroup", group);
            m.put("ranking", r.get("ranking", Integer.class));
            m.put("subject", r.get("subject", String.class));
            m.put("kind", kind);
            m.put("kindLabel", Labels.get().of(SubjectKind.valueOf(kind)));
            m.put("rankingGroupLabel", group == null ? null : Labels.get().of(SubjectKind.valueOf(group)));
            m.put("base", dec(r.get("base", String.class)));
            m.put("bonus", dec(r.get("bonus", String.class)));
            m.put("deduction", dec(r.get("deduction", String.class)));
            m.put("zeroedOut", Boolean.parseBoolean(r.get("zeroed_out", String.class)));
            m.put("rawScore", r.get("raw_score", BigDecimal.class));
            m.put("rawMax", r.get("raw_max", BigDecimal.class));
            m.put("total", r.get("total", BigDecimal.class));
            m.put("grade", r.get("grade", String.class));
            m.put("thirdPartyScore", r.get("third_party_score", BigDecimal.class));
            m.put("onlineScore", r.get("online_score", BigDecimal.class));
            return m;
        }).toList();
        Map<String, Object> gradeCounts = new LinkedHashMap<>();
        for (Tuple g : (List<Tuple>) em.createNativeQuery("""
                select a.grade, count(*) as n from assessment a join assessment_round r on r.id = a.round_id
                where r.year = ?1 and r.office is null group by a.grade order by min(a.total) desc""", Tuple.class)
                .setParameter(1, year).getResultList()) {
            gradeCounts.put(g.get("grade", String.class), g.get("n", Number.class).longValue());
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", year + "年度政务公开工作考核结果");
        // the provincial round only (137号 第五条 第一款): each 市州 office's round of its own departments and counties
        // is its own result
        content.put("office", "省政务公开领导小组办公室");
        content.put("basis", "青政办〔2017〕137号 第十一条: 优秀 ≥ 90, 良好 80–89, 合格 60–79, 不合格 < 60; " + Grade.RULE
                + "; 市州政府 and 省直部门 are ranked separately (rankingGroup): they are scored on different item sets"
                + " (item 8 applies to 市州 only); a department's rawScore is out of rawMax 80, scaled to 100");
        content.put("year", year);
        content.put("grades", gradeCounts);
        content.put("results", out);
        store(REPORT, String.valueOf(year), by, reason, content);
        return out.size();
    }

    /**
     * Rebuilds the bulletin or the annual report of a year from today's records as its next version (the first if the
     * year was never built); the job's claim of the year is left as it is. An annual report needs the year's round
     * concluded: before that there are no results to report (422 naming the period).
     */
    @Transactional
    public PeriodReportVersion regenerate(String kind, String period, String by, String reason) {
        int year = Integer.parseInt(period);
        if (REPORT.equals(kind) && !roundConcluded(year)) {
            throw Problems.unprocessable("period", Detail.of("tr.report.no-concluded-round",
                    "no concluded assessment round for {0}: the annual report holds a concluded round's results", year));
        }
        if (BULLETIN.equals(kind)) {
            storeBulletin(year, by, reason);
        } else {
            storeAnnualReport(year, by, reason);
        }
        return store.find(kind, period, "", null).orElseThrow().version();
    }

    /** Stores the content as the next version of the year's report of this kind. */
    private void store(String kind, String period, String by, String reason, Object content) {
        // the records are read in this transaction just before: the version holds the data as they stand now
        Instant asOf = Instant.now(clock);
        try {
            store.append(new NewVersion(kind, period, "", by, reason, asOf, json.writeValueAsString(content), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        metrics.reportGenerated(BULLETIN.equals(kind) ? "annual-bulletin" : "annual-report");
    }

    private static BigDecimal dec(String o) {
        return o == null ? null : new BigDecimal(o);
    }
}
