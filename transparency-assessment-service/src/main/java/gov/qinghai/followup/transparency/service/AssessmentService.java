package gov.qinghai.followup.transparency.service;

import java.time.Clock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.AssessingOffice;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.AssessmentRound;
import gov.qinghai.followup.transparency.domain.AssessmentStage;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.DisclosureTimeliness;
import gov.qinghai.followup.transparency.domain.Finding;
import gov.qinghai.followup.transparency.domain.Grade;
import gov.qinghai.followup.transparency.domain.ItemCategory;
import gov.qinghai.followup.transparency.domain.LineScore;
import gov.qinghai.followup.transparency.domain.Scheme;
import gov.qinghai.followup.transparency.domain.SchemeItem;
import gov.qinghai.followup.transparency.domain.SchemeLine;
import gov.qinghai.followup.transparency.domain.Scoring;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import gov.qinghai.followup.transparency.service.views.AssessmentViews;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The annual procedure of 137号 第十条 and the result of 第十一条/第十三条. */
@ApplicationScoped
public class AssessmentService {
    @Inject
    Clock clock;

    @Inject
    EntityManager em;
    @Inject
    SchemeService schemes;
    @Inject
    CurrentUser user;
    @Inject
    ObjectMapper json;
    @Inject
    DisclosureService disclosures;

    public static Assessment require(long id) {
        return Assessment.<Assessment>findByIdOptional(id).orElseThrow(() -> Problems.notFound("assessment", id));
    }

    public static AssessmentRound requireRound(long id) {
        return AssessmentRound.<AssessmentRound>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("round", id));
    }

    /**
     * 137号 第五条 分级负责: a round belongs to one office, and only that office's people act on it. A caller whose token
     * names a 市州 (unit claim) acts for that 市州's office; a caller without one for the provincial office.
     */
    void requireOffice(AssessmentRound r) {
        String own = AssessingOffice.ofUnit(user.unit().orElse(null));
        if (!java.util.Objects.equals(own, r.office)) {
            throw Problems.forbidden(AssessingOffice.name(own) + " may not act on round " + r.id + " of "
                    + AssessingOffice.name(r.office) + " (137号 第五条 分级负责)");
        }
    }

    /** The assessment, once its round's office is the caller's (for the office's own steps, not the subject's). */
    private Assessment requireActing(long id) {
        Assessment a = require(id);
        requireOffice(AssessmentRound.findById(a.roundId));
        return a;
    }

    @Transactional
    public AssessmentRound publishPlan(AssessmentViews.RoundInput in) {
        String own = AssessingOffice.ofUnit(user.unit().orElse(null));
        if (!java.util.Objects.equals(own, in.office())) {
            throw Problems.forbidden(AssessingOffice.name(own) + " may not publish a round of " + AssessingOffice.name(in.office())
                    + " (137号 第五条 分级负责)");
        }
        long existing = in.office() == null ? AssessmentRound.count("year = ?1 and office is null", in.year())
                : AssessmentRound.count("year = ?1 and office = ?2", in.year(), in.office());
        if (existing > 0) {
            throw Problems.conflict("the " + in.year() + " round of " + AssessingOffice.name(in.office())
                    + " already exists");
        }
        Scheme s = Scheme.<Scheme>findByIdOptional(in.schemeId())
                .orElseThrow(() -> Problems.unprocessable("schemeId", "scheme " + in.schemeId() + " does not exist"));
        BigDecimal total = schemes.regularTotal(s.id);
        if (total.compareTo(new BigDecimal("100")) != 0) {
            throw Problems.unprocessable("schemeId", "scheme " + s.id + " items 1–8 sum to " + total
                    + ", not 100 (137号 第十一条 百分制)");
        }
        AssessmentRound r = new AssessmentRound();
        r.year = in.year();
        r.office = in.office();
        r.schemeId = s.id;
        r.title = in.title();
        r.publishedOn = in.publishedOn();
        r.assessedOn = in.assessedOn() == null ? LocalDate.of(in.year(), 12, 31) : in.assessedOn();
        if (r.assessedOn.isBefore(LocalDate.of(in.year(), 1, 1)) || r.assessedOn.isAfter(LocalDate.of(in.year() + 1, 12, 31))) {
            throw Problems.unprocessable("assessedOn", "the assessment date of the " + in.year() + " round is between "
                    + in.year() + "-01-01 and " + (in.year() + 1) + "-12-31");
        }
        r.status = "OPEN";
        r.persist();
        // a round takes the subjects it is given (137号 第五条: the plan names who is assessed), never "every subject
        // ever created", which would take test and deactivated subjects along
        if (in.subjectIds() == null || in.subjectIds().isEmpty()) {
            throw Problems.unprocessable("subjectIds", "list the subjects the plan assesses (GET /api/v1/subjects"
                    + "?active=true)");
        }
        List<AssessmentSubject> subjects = AssessmentSubject.list("id in ?1", in.subjectIds());
        if (subjects.size() != in.subjectIds().stream().distinct().count()) {
            throw Problems.unprocessable("subjectIds", "some subjectIds do not exist");
        }
        List<String> inactive = subjects.stream().filter(x -> !x.active).map(x -> x.name + " (" + x.id + ")").toList();
        if (!inactive.isEmpty()) {
            throw Problems.unprocessable("subjectIds", "deactivated subjects cannot be assessed: " + inactive);
        }
        // 137号 第五条: the provincial office assesses the 市州 governments and the provincial departments; a 市州's
        // office its own departments and counties; public enterprises (第十五条) their 主管部门, in neither
        List<String> other = subjects.stream()
                .filter(x -> AssessingOffice.refusal(in.office(), x.kind, x.prefecture) != null)
                .map(x -> x.name + " (" + x.kind + ": " + AssessingOffice.refusal(in.office(), x.kind, x.prefecture)
                        + ")").toList();
        if (!other.isEmpty()) {
            throw Problems.unprocessable("subjectIds", (in.office() == null ? "the provincial round assesses 市州"
                    + " governments and provincial departments only (137号 第五条 第一款): "
                    : "the " + in.office() + " round assesses " + in.office() + "'s own departments and counties only"
                    + " (137号 第五条 第二款): ") + other);
        }
        for (AssessmentSubject sub : subjects) {
            Assessment a = new Assessment();
            a.roundId = r.id;
            a.subjectId = sub.id;
            a.stage = AssessmentStage.PLAN_PUBLISHED;
            a.persist();
        }
        return r;
    }

    @Transactional
    public Assessment submitSelfInspection(long id, String report, long version) {
        Assessment a = require(id);
        user.requireUnit(AssessmentSubject.require(a.subjectId).name);
        move(a, AssessmentStage.SELF_INSPECTION_SUBMITTED, version, "submit the self-inspection");
        a.selfInspection = report;
        a.selfInspectedAt = Instant.now(clock);
        a.selfInspectedBy = user.name();
        Assessment.flush();
        return a;
    }

    @Transactional
    public Assessment scoreLines(long id, List<AssessmentViews.LineScoreInput> scores) {
        Assessment a = requireActing(id);
        if (!a.stage.acceptsLineScores()) {
            throw Problems.conflict("assessment " + id + " is " + a.stage + ": on-site scores are entered after the"
                    + " self-inspection (SELF_INSPECTION_SUBMITTED) and before the evaluation (137号 第十条)");
        }
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        AssessmentSubject subject = AssessmentSubject.findById(a.subjectId);
        for (int i = 0; i < scores.size(); i++) {
            AssessmentViews.LineScoreInput in = scores.get(i);
            String field = "scores[" + i + "].";
            SchemeLine line = SchemeLine.<SchemeLine>findByIdOptional(in.lineId())
                    .filter(l -> l.schemeId.equals(r.schemeId))
                    .orElseThrow(() -> Problems.unprocessable(field + "lineId", "line " + in.lineId()
                            + " is not in the round's scheme"));
            SchemeItem item = SchemeItem.findById(line.itemId);
            if (item.category != ItemCategory.REGULAR) {
                throw Problems.unprocessable(field + "lineId", "item " + item.itemNo + " is a " + item.category
                        + " item: record it as a finding");
            }
            if (!item.appliesTo(subject.kind)) {
                throw Problems.unprocessable(field + "lineId", "item " + item.itemNo + " does not apply to "
                        + subject.name + " (" + item.remark + ")");
            }
            if (!Grade.fitsEntryScale(in.score())) {
                throw Problems.unprocessable(field + "score", "score " + in.score().toPlainString() + " has more than "
                        + Grade.ENTRY_SCALE + " decimal: the scheme scores in steps of 0.1; it is refused, not rounded"
                        + " (a rounded score could move the grade, 137号 第十一条)");
            }
            if (in.score().compareTo(line.points) > 0) {
                throw Problems.unprocessable(field + "score", "score " + in.score() + " exceeds the line's "
                        + line.points + " points");
            }
            LineScore ls = LineScore.<LineScore>find("assessmentId = ?1 and lineId = ?2", id, line.id)
                    .firstResultOptional().orElseGet(LineScore::new);
            ls.assessmentId = id;
            ls.lineId = line.id;
            ls.score = in.score();
            ls.note = in.note();
            ls.assessor = user.name();
            ls.scoredAt = Instant.now(clock);
            ls.persist();
        }
        LineScore.flush();
        return a;
    }

    /**
     * Every applicable regular line needs an on-site score, except the scheme's 20-working-day line when the
     * subject has counted disclosure records for the year: the rule scores it (137号 附件 第4项).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Assessment completeOnSite(long id, long version) {
        Assessment a = requireActing(id);
        List<Number> missing = em.createNativeQuery("""
                select l.id from scheme_line l
                join scheme_item i on i.id = l.item_id
                join assessment a on a.id = ?1
                join assessment_round r on r.id = a.round_id and r.scheme_id = l.scheme_id
                join assessment_subject s on s.id = a.subject_id
                where i.category = 'REGULAR' and (i.applies_to = 'ALL' or i.applies_to = s.kind)
                  and not exists (select 1 from line_score x where x.assessment_id = a.id and x.line_id = l.id)""")
                .setParameter(1, id).getResultList();
        move(a, AssessmentStage.ON_SITE_SCORED, version, "complete the on-site assessment");
        List<Long> open = new ArrayList<>(missing.stream().map(Number::longValue).toList());
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        schemes.timelinessRule(Scheme.findById(r.schemeId))
                .filter(rule -> disclosures.evidence(a.subjectId, r.year, r.assessedOn).counted() > 0)
                .ifPresent(rule -> open.remove(rule.lineId()));
        if (!open.isEmpty()) {
            throw Problems.unprocessable("scores", open.size() + " applicable content lines have no on-site score yet"
                    + " (a 20-working-day line without counted disclosure records needs one too)");
        }
        Assessment.flush();
        return a;
    }

    @Transactional
    public Assessment evaluate(long id, AssessmentViews.Evaluation in) {
        Assessment a = requireActing(id);
        requireEntryScale(in.thirdPartyScore(), "thirdPartyScore");
        requireEntryScale(in.onlineScore(), "onlineScore");
        move(a, AssessmentStage.EVALUATED, in.version(), "record the third-party and online evaluation");
        a.thirdPartyScore = in.thirdPartyScore();
        a.onlineScore = in.onlineScore();
        a.evaluationNote = in.note();
        Assessment.flush();
        return a;
    }

    /** Scores are entered in steps of 0.1 (the columns' precision): more decimals are refused, never rounded. */
    public static void requireEntryScale(BigDecimal v, String field) {
        if (!Grade.fitsEntryScale(v)) {
            throw Problems.unprocessable(field, field + " " + v.toPlainString() + " has more than " + Grade.ENTRY_SCALE
                    + " decimal: scores are kept as entered, in steps of 0.1; refused, not rounded (137号 第十一条)");
        }
    }

    @Transactional
    public AssessmentViews.FindingView addFinding(long id, AssessmentViews.FindingInput in) {
        Assessment a = requireActing(id);
        if (!a.stage.acceptsFindings()) {
            throw Problems.conflict("assessment " + id + " already has its result");
        }
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        SchemeLine line = SchemeLine.<SchemeLine>findByIdOptional(in.lineId())
                .filter(l -> l.schemeId.equals(r.schemeId))
                .orElseThrow(() -> Problems.unprocessable("lineId", "line " + in.lineId() + " is not in the round's scheme"));
        SchemeItem item = SchemeItem.findById(line.itemId);
        if (item.category == ItemCategory.REGULAR) {
            throw Problems.unprocessable("lineId", "findings are for 加分项, 减分项 and 直接归零项 lines (items 9–11)");
        }
        Finding f = new Finding();
        f.assessmentId = id;
        f.lineId = line.id;
        f.points = line.points;
        f.description = in.description();
        f.evidence = in.evidence();
        f.recordedBy = user.name();
        f.recordedAt = Instant.now(clock);
        f.persistAndFlush();
        return view(f, item);
    }

    private static AssessmentViews.FindingView view(Finding f, SchemeItem item) {
        return new AssessmentViews.FindingView(f.id, item.itemNo, item.category.name(), f.points, f.description,
                f.recordedBy, f.withdrawnAt, f.withdrawnBy, f.withdrawalReason, f.correctionReason, f.version);
    }

    /** A finding of this assessment that may still change: the version read, not withdrawn, result not published. */
    private static Finding changeableFinding(Assessment a, long findingId, long version, String action) {
        Finding f = Finding.<Finding>findByIdOptional(findingId).filter(x -> x.assessmentId.equals(a.id))
                .orElseThrow(() -> Problems.notFound("finding", findingId));
        if (!a.stage.acceptsFindings()) {
            throw Problems.conflict("cannot " + action + " finding " + findingId + ": assessment " + a.id
                    + " already has its result (137号 第十条(四))");
        }
        if (f.version != version) {
            throw Problems.staleVersion("finding " + findingId, version, f.version);
        }
        if (f.withdrawnAt != null) {
            throw Problems.conflict("finding " + findingId + " was withdrawn on " + f.withdrawnAt + " by "
                    + f.withdrawnBy + ": it cannot change any more");
        }
        return f;
    }

    /**
     * Withdraws a finding (e.g. a mistaken 直接归零, 第十三条) with a reason: it stays as history, audited, and no
     * longer counts in the score.
     */
    @Transactional
    public AssessmentViews.FindingView withdrawFinding(long id, long findingId, AssessmentViews.Withdrawal in) {
        Finding f = changeableFinding(requireActing(id), findingId, in.version(), "withdraw");
        f.withdrawnAt = Instant.now(clock);
        f.withdrawnBy = user.name();
        f.withdrawalReason = in.reason();
        Finding.flush();
        return view(f, SchemeItem.findById(SchemeLine.<SchemeLine>findById(f.lineId).itemId));
    }

    /** Corrects a finding's line (points follow the line), description and evidence, with a reason; audited. */
    @Transactional
    public AssessmentViews.FindingView correctFinding(long id, long findingId, AssessmentViews.FindingCorrection in) {
        Assessment a = requireActing(id);
        Finding f = changeableFinding(a, findingId, in.version(), "correct");
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        SchemeLine line = SchemeLine.<SchemeLine>findByIdOptional(in.lineId())
                .filter(l -> l.schemeId.equals(r.schemeId))
                .orElseThrow(() -> Problems.unprocessable("lineId", "line " + in.lineId() + " is not in the round's scheme"));
        SchemeItem item = SchemeItem.findById(line.itemId);
        if (item.category == ItemCategory.REGULAR) {
            throw Problems.unprocessable("lineId", "findings are for 加分项, 减分项 and 直接归零项 lines (items 9–11)");
        }
        f.lineId = line.id;
        f.points = line.points;
        f.description = in.description();
        f.evidence = in.evidence();
        f.correctionReason = in.reason();
        Finding.flush();
        return view(f, item);
    }

    /**
     * Supervised reopening: an EVALUATED assessment goes back to ON_SITE_SCORED (scores and evaluation can then be
     * corrected) with the office's reason, only while the round's result is not published (137号 第十条(四)).
     */
    @Transactional
    public Assessment reopen(long id, AssessmentViews.Reopening in) {
        Assessment a = requireActing(id);
        if (a.version != in.version()) {
            throw Problems.staleVersion("assessment " + id, in.version(), a.version);
        }
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        if (!a.stage.canReopen() || !"OPEN".equals(r.status)) {
            throw Problems.conflict("assessment " + id + " is " + a.stage + " in a " + r.status + " round: only an"
                    + " EVALUATED assessment of a round whose result is not published can be reopened");
        }
        a.stage = AssessmentStage.ON_SITE_SCORED;
        a.reopenedAt = Instant.now(clock);
        a.reopenedBy = user.name();
        a.reopenReason = in.reason();
        Assessment.flush();
        return a;
    }

    @SuppressWarnings("unchecked")
    public List<AssessmentViews.FindingView> findings(long id) {
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, i.item_no, i.category, f.points, f.description, f.recorded_by, f.withdrawn_at,
                       f.withdrawn_by, f.withdrawal_reason, f.correction_reason, f.version from finding f
                join scheme_line l on l.id = f.line_id join scheme_item i on i.id = l.item_id
                where f.assessment_id = ?1 order by f.id""").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new AssessmentViews.FindingView(((Number) r[0]).longValue(),
                ((Number) r[1]).intValue(), (String) r[2], (BigDecimal) r[3], (String) r[4], (String) r[5],
                r[6] == null ? null : r[6] instanceof Instant i ? i : ((java.sql.Timestamp) r[6]).toInstant(),
                (String) r[7], (String) r[8], (String) r[9], ((Number) r[10]).longValue())).toList();
    }

    /** The score as it stands now (on-site scores, routine records, findings); stored at the result. */
    /** The score of one assessment as of its round's assessment date, read in one transaction. */
    @Transactional
    public Scoring.Result score(long assessmentId) {
        return score(require(assessmentId));
    }

    public Scoring.Result score(Assessment a) {
        return score(a.id, facts(AssessmentRound.findById(a.roundId), a.id));
    }

    /**
     * What the scores of a round's assessments are computed from, each kind gathered for the whole round (or one
     * assessment of it) by one SQL aggregation: per assessment and item the on-site scores and the 日常考核 adjustments
     * (137号 第九条), per assessment and category the findings, the 直接归零项 findings, the score an assessor gave the
     * 20-working-day line and the disclosure counts of 附件 第4项. Maps are keyed by assessment id.
     */
    private record Facts(List<SchemeItem> items, Map<Long, BigDecimal> maxima, Optional<DisclosureTimeliness.Rule> rule,
                         Map<Long, SubjectKind> kinds, Map<Long, Map<Integer, BigDecimal>> onSite,
                         Map<Long, Map<Integer, BigDecimal>> routine, Map<Long, Map<String, BigDecimal>> findings,
                         Map<Long, List<String>> zeroOuts, Map<Long, BigDecimal> ruleLineScores,
                         Map<Long, DisclosureTimeliness.Evidence> evidence) {
    }

    /** The facts of every assessment of the round, or of one (assessmentId not null): a fixed number of queries. */
    @SuppressWarnings("unchecked")
    private Facts facts(AssessmentRound r, Long assessmentId) {
        String only = assessmentId == null ? "" : " and a.id = :assessment";
        Scheme scheme = Scheme.findById(r.schemeId);
        Optional<DisclosureTimeliness.Rule> rule = schemes.timelinessRule(scheme);
        Map<Long, SubjectKind> kinds = new HashMap<>();
        for (Object[] row : rows("""
                select a.id, s.kind from assessment a join assessment_subject s on s.id = a.subject_id
                where a.round_id = :round""" + only, r, assessmentId)) {
            kinds.put(id(row[0]), SubjectKind.valueOf((String) row[1]));
        }
        Map<Long, Map<Integer, BigDecimal>> onSite = perItem(rows("""
                select x.assessment_id, i.item_no, sum(x.score) from line_score x
                join assessment a on a.id = x.assessment_id join scheme_line l on l.id = x.line_id
                join scheme_item i on i.id = l.item_id
                where a.round_id = :round""" + only + " group by x.assessment_id, i.item_no", r, assessmentId));
        // 137号 第九条: routine records of the subject in the round's year, per item
        Map<Long, Map<Integer, BigDecimal>> routine = perItem(rows("""
                select a.id, x.item_no, sum(x.points) from assessment a
                join routine_record x on x.subject_id = a.subject_id and x.year = :year and x.removed_at is null
                where a.round_id = :round""" + only + " group by a.id, x.item_no", r, assessmentId));
        Map<Long, Map<String, BigDecimal>> findings = new HashMap<>();
        for (Object[] row : rows("""
                select f.assessment_id, i.category, sum(f.points) from finding f
                join assessment a on a.id = f.assessment_id join scheme_line l on l.id = f.line_id
                join scheme_item i on i.id = l.item_id
                where f.withdrawn_at is null and a.round_id = :round""" + only + " group by f.assessment_id, i.category",
                r, assessmentId)) {
            findings.computeIfAbsent(id(row[0]), k -> new HashMap<>()).put((String) row[1], (BigDecimal) row[2]);
        }
        Map<Long, List<String>> zeroOuts = new HashMap<>();
        for (Object[] row : rows("""
                select f.assessment_id, f.description from finding f
                join assessment a on a.id = f.assessment_id join scheme_line l on l.id = f.line_id
                join scheme_item i on i.id = l.item_id
                where i.category = 'ZERO_OUT' and f.withdrawn_at is null and a.round_id = :round""" + only + " order by f.assessment_id, f.id",
                r, assessmentId)) {
            zeroOuts.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, BigDecimal> ruleLineScores = new HashMap<>();
        Map<Long, DisclosureTimeliness.Evidence> evidence = Map.of();
        if (rule.isPresent()) {
            var q = em.createNativeQuery("""
                    select x.assessment_id, x.score from line_score x join assessment a on a.id = x.assessment_id
                    where x.line_id = :line and a.round_id = :round""" + only);
            bind(q, r, assessmentId).setParameter("line", rule.get().lineId());
            for (Object[] row : (List<Object[]>) q.getResultList()) {
                ruleLineScores.putIfAbsent(id(row[0]), (BigDecimal) row[1]);
            }
            // as of the round's assessment date, not today: an open round's score does not move from day to day
            evidence = disclosures.evidenceByAssessment(r.id, assessmentId, r.year, r.assessedOn);
        }
        return new Facts(SchemeItem.list("schemeId", Sort.by("itemNo"), r.schemeId), schemes.itemMaxima(r.schemeId),
                rule, kinds, onSite, routine, findings, zeroOuts, ruleLineScores, evidence);
    }

    /** 137号 第十一条/第十三条 on one assessment's facts (the rule itself: {@link Scoring}). */
    private static Scoring.Result score(long assessmentId, Facts f) {
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

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, AssessmentRound r, Long assessmentId) {
        var q = em.createNativeQuery(sql);
        bind(q, r, assessmentId);
        if (sql.contains(":year")) {
            q.setParameter("year", r.year);
        }
        return q.getResultList();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, AssessmentRound r, Long assessmentId) {
        q.setParameter("round", r.id);
        if (assessmentId != null) {
            q.setParameter("assessment", assessmentId);
        }
        return q;
    }

    private static Map<Long, Map<Integer, BigDecimal>> perItem(List<Object[]> rows) {
        Map<Long, Map<Integer, BigDecimal>> out = new HashMap<>();
        for (Object[] row : rows) {
            out.computeIfAbsent(id(row[0]), k -> new HashMap<>()).put(((Number) row[1]).intValue(), (BigDecimal) row[2]);
        }
        return out;
    }

    private static long id(Object o) {
        return ((Number) o).longValue();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 第十条(四) 确定考核结果: every subject of the round must be EVALUATED; scores, grades and ranking. */
    @Transactional
    @SuppressWarnings("unchecked")
    public AssessmentRound conclude(long roundId, long version) {
        AssessmentRound r = requireRound(roundId);
        requireOffice(r);
        if (r.version != version) {
            throw Problems.staleVersion("round " + roundId, version, r.version);
        }
        if (!"OPEN".equals(r.status)) {
            throw Problems.conflict("round " + roundId + " is already concluded");
        }
        List<Assessment> all = Assessment.list("roundId", Sort.by("id"), roundId);
        List<Assessment> waiting = all.stream().filter(a -> a.stage != AssessmentStage.EVALUATED).toList();
        if (!waiting.isEmpty()) {
            Map<Long, String> names = AssessmentSubject.<AssessmentSubject>list("id in ?1",
                    waiting.stream().map(a -> a.subjectId).toList()).stream().collect(Collectors.toMap(s -> s.id, s -> s.name));
            throw Problems.conflict("the result needs every subject EVALUATED; not yet: " + waiting.stream()
                    .map(a -> names.get(a.subjectId) + " (" + a.stage + ")").collect(Collectors.joining(", ")));
        }
        // The facts of every subject in a fixed number of queries, then the rule per subject in memory; the
        // entities are only written after all reads (each query would otherwise flush the ones already scored)
        Facts facts = facts(r, null);
        Map<Long, Scoring.Result> results = new HashMap<>();
        all.forEach(a -> results.put(a.id, score(a.id, facts)));
        // ranking computed in SQL (rank() with ties) over the exact totals of the round's assessments, before anything
        // is written, so that each assessment is written once, through its entity so Envers audits it. 市州政府 and
        // 省直部门 are scored on different item sets (item 8 applies to 市州 only, 137号 附件 备注): each kind is
        // ranked among its own, never in one list.
        Map<Long, Integer> ranks = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                select t.id, rank() over (partition by t.grp order by t.total desc)
                from unnest(cast(?1 as bigint[]), cast(?2 as numeric[]), cast(?3 as text[])) as t (id, total, grp)""")
                .setParameter(1, all.stream().map(a -> a.id.toString()).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, all.stream().map(a -> results.get(a.id).exactTotal().toPlainString())
                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter(3, all.stream().map(a -> facts.kinds().get(a.id).name())
                        .collect(Collectors.joining(",", "{", "}")))
                .getResultList()) {
            ranks.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        for (Assessment a : all) {
            Scoring.Result s = results.get(a.id);
            a.total = s.total();
            a.grade = s.gradeLabel();
            a.breakdown = write(s);
            a.stage = AssessmentStage.RESULT_PUBLISHED;
            a.concludedAt = Instant.now(clock);
            a.ranking = ranks.get(a.id);
            a.rankingGroup = facts.kinds().get(a.id).name();
            a.rawScore = Grade.shown(s.rawSum());
            a.rawMax = s.applicableMax();
        }
        r.status = "CONCLUDED";
        AssessmentRound.flush();
        return r;
    }

    /**
     * 137号 第十一条 "考核结果报省考核办": records that the concluded round's result was sent (date, reference, who).
     */
    @Transactional
    public AssessmentRound submitResult(long roundId, AssessmentViews.Submission in) {
        AssessmentRound r = requireRound(roundId);
        requireOffice(r);
        if (r.version != in.version()) {
            throw Problems.staleVersion("round " + roundId, in.version(), r.version);
        }
        if (!"CONCLUDED".equals(r.status)) {
            throw Problems.conflict("round " + roundId + " has no published result to send yet");
        }
        if (r.submittedOn != null) {
            throw Problems.conflict("the " + r.year + " result was already sent to " + r.submittedTo + " on "
                    + r.submittedOn + " (" + r.submissionRef + ")");
        }
        if (in.sentOn().getYear() < r.year) {
            throw Problems.unprocessable("sentOn", "the " + r.year + " result cannot have been sent before " + r.year);
        }
        r.submittedTo = AssessmentRound.RESULT_RECIPIENT;
        r.submittedOn = in.sentOn();
        r.submissionRef = in.reference();
        r.submittedBy = user.name();
        AssessmentRound.flush();
        return r;
    }

    private void move(Assessment a, AssessmentStage next, long version, String action) {
        if (a.version != version) {
            throw Problems.staleVersion("assessment " + a.id, version, a.version);
        }
        if (!a.stage.canMoveTo(next)) {
            throw Problems.conflict("cannot " + action + ": assessment " + a.id + " is " + a.stage
                    + "; 137号 第十条 order is PLAN_PUBLISHED → SELF_INSPECTION_SUBMITTED → ON_SITE_SCORED → EVALUATED"
                    + " → RESULT_PUBLISHED");
        }
        a.stage = next;
    }

    @SuppressWarnings("unchecked")
    private Map<Integer, BigDecimal> sums(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        Map<Integer, BigDecimal> out = new HashMap<>();
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            out.put(((Number) row[0]).intValue(), (BigDecimal) row[1]);
        }
        return out;
    }

    public String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stored breakdown for an answer: written out as the JSON this service stored, not parsed and written again
     * (on a ranked page of 20 the re-parse was most of the request).
     */
    public Object read(String s) {
        return s == null ? null : new RawValue(s);
    }
}
