package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.transparency.domain.AssessmentRound;
import gov.qinghai.followup.transparency.domain.DisclosureTimeliness;
import gov.qinghai.followup.transparency.domain.Scheme;
import gov.qinghai.followup.transparency.domain.SchemeItem;
import gov.qinghai.followup.transparency.domain.Scoring;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the scores of a round's assessments are computed from, each kind gathered for the whole round (or one
 * assessment of it) by one SQL aggregation, read as typed rows: per assessment and item the on-site scores and the
 * 日常考核 adjustments (137号 第九条), per assessment and category the findings, the 直接归零项 findings, the score an
 * assessor gave the 20-working-day line and the disclosure counts of 附件 第4项. Maps are keyed by assessment id.
 */
@ApplicationScoped
public class ScoringFacts {
    @Inject
    EntityManager em;
    @Inject
    SchemeService schemes;
    @Inject
    DisclosureService disclosures;

    public record Facts(List<SchemeItem> items, Map<Long, BigDecimal> maxima, Optional<DisclosureTimeliness.Rule> rule,
                        Map<Long, SubjectKind> kinds, Map<Long, Map<Integer, BigDecimal>> onSite,
                        Map<Long, Map<Integer, BigDecimal>> routine, Map<Long, Map<String, BigDecimal>> findings,
                        Map<Long, List<String>> zeroOuts, Map<Long, BigDecimal> ruleLineScores,
                        Map<Long, DisclosureTimeliness.Evidence> evidence) {
    }

    /** One assessment's sum for one item (on-site line scores, or routine record points). */
    record ItemSum(long assessmentId, int itemNo, BigDecimal sum) {
        static ItemSum of(Tuple t) {
            return new ItemSum(t.get("assessment_id", Number.class).longValue(), t.get("item_no", Number.class).intValue(),
                    t.get("total", BigDecimal.class));
        }
    }

    /** One assessment's findings of one category (加分项, 减分项, 直接归零项). */
    record CategorySum(long assessmentId, String category, BigDecimal sum) {
        static CategorySum of(Tuple t) {
            return new CategorySum(t.get("assessment_id", Number.class).longValue(), t.get("category", String.class),
                    t.get("total", BigDecimal.class));
        }
    }

    /** The facts of every assessment of the round, or of one (assessmentId not null): a fixed number of queries. */
    public Facts of(AssessmentRound r, Long assessmentId) {
        String only = assessmentId == null ? "" : " and a.id = :assessment";
        Scheme scheme = Scheme.findById(r.schemeId);
        Optional<DisclosureTimeliness.Rule> rule = schemes.timelinessRule(scheme);
        Map<Long, SubjectKind> kinds = new HashMap<>();
        for (Tuple t : rows("""
                select a.id as assessment_id, s.kind as kind from assessment a
                join assessment_subject s on s.id = a.subject_id
                where a.round_id = :round""" + only, r, assessmentId)) {
            kinds.put(t.get("assessment_id", Number.class).longValue(), SubjectKind.valueOf(t.get("kind", String.class)));
        }
        Map<Long, Map<Integer, BigDecimal>> onSite = perItem(rows("""
                select x.assessment_id as assessment_id, i.item_no as item_no, sum(x.score) as total from line_score x
                join assessment a on a.id = x.assessment_id join scheme_line l on l.id = x.line_id
                join scheme_item i on i.id = l.item_id
                where a.round_id = :round""" + only + " group by x.assessment_id, i.item_no", r, assessmentId));
        // 137号 第九条: routine records of the subject in the round's year, per item
        Map<Long, Map<Integer, BigDecimal>> routine = perItem(rows("""
                select a.id as assessment_id, x.item_no as item_no, sum(x.points) as total from assessment a
                join routine_record x on x.subject_id = a.subject_id and x.year = :year and x.removed_at is null
                where a.round_id = :round""" + only + " group by a.id, x.item_no", r, assessmentId));
        Map<Long, Map<String, BigDecimal>> findings = new HashMap<>();
        for (Tuple t : rows("""
                select f.assessment_id as assessment_id, i.category as category, sum(f.points) as total from finding f
                join assessment a on a.id = f.assessment_id join scheme_line l on l.id = f.line_id
                join scheme_item i on i.id = l.item_id
                where f.withdrawn_at is null and a.round_id = :round""" + only + " group by f.assessment_id, i.category",
                r, assessmentId)) {
            CategorySum c = CategorySum.of(t);
            findings.computeIfAbsent(c.assessmentId(), k -> new HashMap<>()).put(c.category(), c.sum());
        }
        Map<Long, List<String>> zeroOuts = new HashMap<>();
        for (Tuple t : rows("""
                select f.assessment_id as assessment_id, f.description as description from finding f
                join assessment a on a.id = f.assessment_id join scheme_line l on l.id = f.line_id
                join scheme_item i on i.id = l.item_id
                where i.category = 'ZERO_OUT' and f.withdrawn_at is null and a.round_id = :round""" + only
                + " order by f.assessment_id, f.id", r, assessmentId)) {
            zeroOuts.computeIfAbsent(t.get("assessment_id", Number.class).longValue(), k -> new ArrayList<>())
                    .add(t.get("description", String.class));
        }
        Map<Long, BigDecimal> ruleLineScores = new HashMap<>();
        Map<Long, DisclosureTimeliness.Evidence> evidence = Map.of();
        if (rule.isPresent()) {
            Query q = em.createNativeQuery("""
                    select x.assessment_id as assessment_id, x.score as score from line_score x
                    join assessment a on a.id = x.assessment_id
                    where x.line_id = :line and a.round_id = :round""" + only, Tuple.class);
            bind(q, r, assessmentId).setParameter("line", rule.get().lineId());
            for (Object o : q.getResultList()) {
                Tuple t = (Tuple) o;
                ruleLineScores.putIfAbsent(t.get("assessment_id", Number.class).longValue(), t.get("score", BigDecimal.class));
            }
            // as of the round's assessment date, not today: an open round's score does not move from day to day
            evidence = disclosures.evidenceByAssessment(r.id, assessmentId, r.year, r.assessedOn);
        }
        return new Facts(SchemeItem.list("schemeId", Sort.by("itemNo"), r.schemeId), schemes.itemMaxima(r.schemeId),
                rule, kinds, onSite, routine, findings, zeroOuts, ruleLineScores, evidence);
    }

    /** 137号 第十一条/第十三条 on one assessment's facts (the rule itself: {@link Scoring}). */
    public static Scoring.Result score(long assessmentId, Facts f) {
        SubjectKind kind = f.kinds().get(assessmentId);
        Map<Integer, BigDecimal> onSite = f.onSite().getOrDefault(assessmentId, Map.of());
        Map<Integer, BigDecimal> routine = f.routine().getOrDefault(assessmentId, Map.of());
        Map<String, BigDecimal> byCategory = f.findings().getOrDefault(assessmentId, Map.of());
        List<Scoring.ItemInput> items = new ArrayList<>();
        BigDecimal bonusCap = null;
        BigDecimal deductionCap = null;
        for (SchemeItem i : f.items()) {
            switch (i.category) {
                case REGULAR -> items.add(new Scoring.ItemInput(i.itemNo, i.name, f.maxima().get(i.id),
                        i.appliesTo(kind), onSite.get(i.itemNo), routine.get(i.itemNo)));
                case BONUS -> bonusCap = i.cap;
                case DEDUCTION -> deductionCap = i.cap;
                default -> { }
            }
        }
        // 137号 附件 第4项: the on-time rate as points of the scheme's 20-working-day line, as of the round's assessment date
        DisclosureTimeliness.Outcome timeliness = f.rule().map(rule -> DisclosureTimeliness.apply(rule,
                f.evidence().get(assessmentId), f.ruleLineScores().get(assessmentId))).orElse(null);
        return Scoring.score(new Scoring.Input(items, byCategory.get("BONUS"), bonusCap, byCategory.get("DEDUCTION"),
                deductionCap, f.zeroOuts().getOrDefault(assessmentId, List.of()), timeliness));
    }

    private List<Tuple> rows(String sql, AssessmentRound r, Long assessmentId) {
        Query q = em.createNativeQuery(sql, Tuple.class);
        bind(q, r, assessmentId);
        if (sql.contains(":year")) {
            q.setParameter("year", r.year);
        }
        List<Tuple> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            out.add((Tuple) o);
        }
        return out;
    }

    private static Query bind(Query q, AssessmentRound r, Long assessmentId) {
        q.setParameter("round", r.id);
        if (assessmentId != null) {
            q.setParameter("assessment", assessmentId);
        }
        return q;
    }

    private static Map<Long, Map<Integer, BigDecimal>> perItem(List<Tuple> rows) {
        Map<Long, Map<Integer, BigDecimal>> out = new HashMap<>();
        for (Tuple t : rows) {
            ItemSum s = ItemSum.of(t);
            out.computeIfAbsent(s.assessmentId(), k -> new HashMap<>()).put(s.itemNo(), s.sum());
        }
        return out;
    }
}
