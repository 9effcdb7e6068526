package gov.qinghai.followup.transparency.service;

import java.time.Clock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.AssessingOffice;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.AssessmentRound;
import gov.qinghai.followup.transparency.domain.AssessmentStage;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.Finding;
import gov.qinghai.followup.transparency.domain.Grade;
import gov.qinghai.followup.transparency.domain.ItemCategory;
import gov.qinghai.followup.transparency.domain.LineScore;
import gov.qinghai.followup.transparency.domain.Scheme;
import gov.qinghai.followup.transparency.domain.SchemeItem;
import gov.qinghai.followup.transparency.domain.SchemeLine;
import gov.qinghai.followup.transparency.domain.Scoring;
import gov.qinghai.followup.transparency.service.views.AssessmentViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    @Inject
    ScoringFacts facts;
    @Inject
    Offices offices;

    public static Assessment require(long id) {
        return Assessment.<Assessment>findByIdOptional(id).orElseThrow(() -> Problems.notFound("assessment", id));
    }

    public static AssessmentRound requireRound(long id) {
        return AssessmentRound.<AssessmentRound>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("round", id));
    }

    /** The assessment, once its round's office is the caller's (for the office's own steps, not the subject's). */
    private Assessment requireActing(long id) {
        Assessment a = require(id);
        offices.require(AssessmentRound.findById(a.roundId));
        return a;
    }

    @Transactional
    public AssessmentRound publishPlan(AssessmentViews.RoundInput in) {
        String own = offices.callerOffice();
        if (!java.util.Objects.equals(own, in.office())) {
            throw Problems.forbidden(Detail.of("tr.round.other-office",
                    "{0} may not publish a round of {1} (137号 第五条 分级负责)", AssessingOffice.name(own),
                    AssessingOffice.name(in.office())));
        }
        long existing = in.office() == null ? AssessmentRound.count("year = ?1 and office is null", in.year())
                : AssessmentRound.count("year = ?1 and office = ?2", in.year(), in.office());
        if (existing > 0) {
            throw Problems.conflict(Detail.of("tr.round.exists", "the {0} round of {1} already exists", in.year(),
                    AssessingOffice.name(in.office())));
        }
        Scheme s = Scheme.<Scheme>findByIdOptional(in.schemeId())
                .orElseThrow(() -> Problems.unprocessable("schemeId", Detail.of("tr.round.no-scheme",
                        "scheme {0} does not exist", in.schemeId())));
        BigDecimal total = schemes.regularTotal(s.id);
        if (total.compareTo(new BigDecimal("100")) != 0) {
            throw Problems.unprocessable("schemeId", Detail.of("tr.round.scheme-total",
                    "scheme {0} items 1–8 sum to {1}, not 100 (137号 第十一条 百分制)", s.id, total));
        }
        AssessmentRound r = new AssessmentRound();
        r.year = in.year();
        r.office = in.office();
        r.schemeId = s.id;
        r.title = in.title();
        r.publishedOn = in.publishedOn();
        r.assessedOn = in.assessedOn() == null ? LocalDate.of(in.year(), 12, 31) : in.assessedOn();
        if (r.assessedOn.isBefore(LocalDate.of(in.year(), 1, 1)) || r.assessedOn.isAfter(LocalDate.of(in.year() + 1, 12, 31))) {
            throw Problems.unprocessable("assessedOn", Detail.of("tr.round.assessed-on",
                    "the assessment date of the {0} round is between {0}-01-01 and {1}-12-31", in.year(), in.year() + 1));
        }
        r.status = "OPEN";
        r.persist();
        // a round takes the subjects it is given (137号 第五条: the plan names who is assessed), never "every subject
        // ever created", which would take test and deactivated subjects along
        if (in.subjectIds() == null || in.subjectIds().isEmpty()) {
            throw Problems.unprocessable("subjectIds", Detail.of("tr.round.no-subjects",
                    "list the subjects the plan assesses (GET /api/v1/subjects?active=true)"));
        }
        List<AssessmentSubject> subjects = AssessmentSubject.list("id in ?1", in.subjectIds());
        if (subjects.size() != in.subjectIds().stream().distinct().count()) {
            throw Problems.unprocessable("subjectIds", Detail.of("tr.round.unknown-subjects", "some subjectIds do not exist"));
        }
        List<String> inactive = subjects.stream().filter(x -> !x.active).map(x -> x.name + " (" + x.id + ")").toList();
        if (!inactive.isEmpty()) {
            throw Problems.unprocessable("subjectIds", Detail.of("tr.round.inactive-subjects",
                    "deactivated subjects cannot be assessed: {0}", inactive));
        }
        // 137号 第五条: the provincial office assesses the 市州 governments and the provincial departments; a 市州's
        // office its own departments and counties; public enterprises (第十五条) their 主管部门, in neither
        List<Detail> other = subjects.stream()
                .filter(x -> AssessingOffice.refusal(in.office(), x.kind, x.prefecture) != null)
                .map(x -> Detail.of("tr.round.subject-refused", "{0} ({1}: {2})", x.name, x.kind,
                        AssessingOffice.refusal(in.office(), x.kind, x.prefecture))).toList();
        if (!other.isEmpty()) {
            throw Problems.unprocessable("subjectIds", in.office() == null
                    ? Detail.of("tr.round.provincial-subjects", "the provincial round assesses 市州 governments and"
                            + " provincial departments only (137号 第五条 第一款): [{0}]", DetailLists.join(other))
                    : Detail.of("tr.round.prefecture-subjects", "the {0} round assesses {0}'s own departments and"
                            + " counties only (137号 第五条 第二款): [{1}]", in.office(), DetailLists.join(other)));
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
        move(a, AssessmentStage.SELF_INSPECTION_SUBMITTED, version,
                Detail.of("tr.action.submit-self-inspection", "submit the self-inspection"));
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
            throw Problems.conflict(Detail.of("tr.assessment.no-line-scores", "assessment {0} is {1}: on-site scores"
                    + " are entered after the self-inspection (SELF_INSPECTION_SUBMITTED) and before the evaluation"
                    + " (137号 第十条)", id, a.stage));
        }
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        AssessmentSubject subject = AssessmentSubject.findById(a.subjectId);
        for (int i = 0; i < scores.size(); i++) {
            AssessmentViews.LineScoreInput in = scores.get(i);
            String field = "scores[" + i + "].";
            SchemeLine line = SchemeLine.<SchemeLine>findByIdOptional(in.lineId())
                    .filter(l -> l.schemeId.equals(r.schemeId))
                    .orElseThrow(() -> Problems.unprocessable(field + "lineId", Detail.of("tr.assessment.line-not-in-scheme",
                            "line {0} is not in the round's scheme", in.lineId())));
            SchemeItem item = SchemeItem.findById(line.itemId);
            if (item.category != ItemCategory.REGULAR) {
                throw Problems.unprocessable(field + "lineId", Detail.of("tr.assessment.not-regular",
                        "item {0} is a {1} item: record it as a finding", item.itemNo, item.category));
            }
            if (!item.appliesTo(subject.kind)) {
                throw Problems.unprocessable(field + "lineId", Detail.of("tr.assessment.not-applicable",
                        "item {0} does not apply to {1} ({2})", item.itemNo, subject.name, item.remark));
            }
            if (!Grade.fitsEntryScale(in.score())) {
                throw Problems.unprocessable(field + "score", Detail.of("tr.assessment.score-scale", "score {0} has"
                        + " more than {1} decimal: the scheme scores in steps of 0.1; it is refused, not rounded (a"
                        + " rounded score could move the grade, 137号 第十一条)", in.score().toPlainString(),
                        Grade.ENTRY_SCALE));
            }
            if (in.score().compareTo(line.points) > 0) {
                throw Problems.unprocessable(field + "score", Detail.of("tr.assessment.score-over",
                        "score {0} exceeds the line's {1} points", in.score(), line.points));
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
        move(a, AssessmentStage.ON_SITE_SCORED, version,
                Detail.of("tr.action.complete-on-site", "complete the on-site assessment"));
        List<Long> open = new ArrayList<>(missing.stream().map(Number::longValue).toList());
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        schemes.timelinessRule(Scheme.findById(r.schemeId))
                .filter(rule -> disclosures.evidence(a.subjectId, r.year, r.assessedOn).counted() > 0)
                .ifPresent(rule -> open.remove(rule.lineId()));
        if (!open.isEmpty()) {
            throw Problems.unprocessable("scores", Detail.of("tr.assessment.lines-unscored", "{0} applicable content"
                    + " lines have no on-site score yet (a 20-working-day line without counted disclosure records needs"
                    + " one too)", open.size()));
        }
        Assessment.flush();
        return a;
    }

    @Transactional
    public Assessment evaluate(long id, AssessmentViews.Evaluation in) {
        Assessment a = requireActing(id);
        requireEntryScale(in.thirdPartyScore(), "thirdPartyScore");
        requireEntryScale(in.onlineScore(), "onlineScore");
        move(a, AssessmentStage.EVALUATED, in.version(),
                Detail.of("tr.action.record-evaluation", "record the third-party and online evaluation"));
        a.thirdPartyScore = in.thirdPartyScore();
        a.onlineScore = in.onlineScore();
        a.evaluationNote = in.note();
        Assessment.flush();
        return a;
    }

    /** Scores are entered in steps of 0.1 (the columns' precision): more decimals are refused, never rounded. */
    public static void requireEntryScale(BigDecimal v, String field) {
        if (!Grade.fitsEntryScale(v)) {
            throw Problems.unprocessable(field, Detail.of("tr.assessment.entry-scale", "{0} {1} has more than {2}"
                    + " decimal: scores are kept as entered, in steps of 0.1; refused, not rounded (137号 第十一条)",
                    field, v.toPlainString(), Grade.ENTRY_SCALE));
        }
    }

    @Transactional
    public AssessmentViews.FindingView addFinding(long id, AssessmentViews.FindingInput in) {
        Assessment a = requireActing(id);
        if (!a.stage.acceptsFindings()) {
            throw Problems.conflict(Detail.of("tr.assessment.has-result", "assessment {0} already has its result", id));
        }
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        SchemeLine line = SchemeLine.<SchemeLine>findByIdOptional(in.lineId())
                .filter(l -> l.schemeId.equals(r.schemeId))
                .orElseThrow(() -> Problems.unprocessable("lineId", Detail.of("tr.assessment.line-not-in-scheme",
                        "line {0} is not in the round's scheme", in.lineId())));
        SchemeItem item = SchemeItem.findById(line.itemId);
        if (item.category == ItemCategory.REGULAR) {
            throw Problems.unprocessable("lineId", Detail.of("tr.finding.regular-line",
                    "findings are for 加分项, 减分项 and 直接归零项 lines (items 9–11)"));
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
    private static Finding changeableFinding(Assessment a, long findingId, long version, Detail action) {
        Finding f = Finding.<Finding>findByIdOptional(findingId).filter(x -> x.assessmentId.equals(a.id))
                .orElseThrow(() -> Problems.notFound("finding", findingId));
        if (!a.stage.acceptsFindings()) {
            throw Problems.conflict(Detail.of("tr.finding.result-out", "cannot {0} finding {1}: assessment {2}"
                    + " already has its result (137号 第十条(四))", action, findingId, a.id));
        }
        if (f.version != version) {
            throw Problems.staleVersion("finding " + findingId, version, f.version);
        }
        if (f.withdrawnAt != null) {
            throw Problems.conflict(Detail.of("tr.finding.withdrawn", "finding {0} was withdrawn on {1} by {2}: it"
                    + " cannot change any more", findingId, f.withdrawnAt, f.withdrawnBy));
        }
        return f;
    }

    /**
     * Withdraws a finding (e.g. a mistaken 直接归零, 第十三条) with a reason: it stays as history, audited, and no
     * longer counts in the score.
     */
    @Transactional
    public AssessmentViews.FindingView withdrawFinding(long id, long findingId, AssessmentViews.Withdrawal in) {
        Finding f = changeableFinding(requireActing(id), findingId, in.version(),
                Detail.of("tr.action.withdraw", "withdraw"));
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
        Finding f = changeableFinding(a, findingId, in.version(), Detail.of("tr.action.correct", "correct"));
        AssessmentRound r = AssessmentRound.findById(a.roundId);
        SchemeLine line = SchemeLine.<SchemeLine>findByIdOptional(in.lineId())
                .filter(l -> l.schemeId.equals(r.schemeId))
                .orElseThrow(() -> Problems.unprocessable("lineId", Detail.of("tr.assessment.line-not-in-scheme",
                        "line {0} is not in the round's scheme", in.lineId())));
        SchemeItem item = SchemeItem.findById(line.itemId);
        if (item.category == ItemCategory.REGULAR) {
            throw Problems.unprocessable("lineId", Detail.of("tr.finding.regular-line",
                    "findings are for 加分项, 减分项 and 直接归零项 lines (items 9–11)"));
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
            throw Problems.conflict(Detail.of("tr.assessment.not-reopenable", "assessment {0} is {1} in a {2} round:"
                    + " only an EVALUATED assessment of a round whose result is not published can be reopened", id,
                    a.stage, r.status));
        }
        a.stage = AssessmentStage.ON_SITE_SCORED;
        a.reopenedAt = Instant.now(clock);
        a.reopenedBy = user.name();
        a.reopenReason = in.reason();
        Assessment.flush();
        return a;
    }

    public List<AssessmentViews.FindingView> findings(long id) {
        List<?> rows = em.createNativeQuery("""
                select f.id as id, i.item_no as item_no, i.category as category, f.points as points,
                       f.description as description, f.recorded_by as recorded_by, f.withdrawn_at as withdrawn_at,
                       f.withdrawn_by as withdrawn_by, f.withdrawal_reason as withdrawal_reason,
                       f.correction_reason as correction_reason, f.version as version from finding f
                join scheme_line l on l.id = f.line_id join scheme_item i on i.id = l.item_id
                where f.assessment_id = ?1 order by f.id""", jakarta.persistence.Tuple.class).setParameter(1, id)
                .getResultList();
        return rows.stream().map(o -> {
            jakarta.persistence.Tuple t = (jakarta.persistence.Tuple) o;
            Object withdrawn = t.get("withdrawn_at");
            return new AssessmentViews.FindingView(t.get("id", Number.class).longValue(),
                    t.get("item_no", Number.class).intValue(), t.get("category", String.class),
                    t.get("points", BigDecimal.class), t.get("description", String.class),
                    t.get("recorded_by", String.class),
                    withdrawn == null ? null : withdrawn instanceof Instant i ? i : ((java.sql.Timestamp) withdrawn).toInstant(),
                    t.get("withdrawn_by", String.class), t.get("withdrawal_reason", String.class),
                    t.get("correction_reason", String.class), t.get("version", Number.class).longValue());
        }).toList();
    }

    /** The score of one assessment as of its round's assessment date, read in one transaction. */
    @Transactional
    public Scoring.Result score(long assessmentId) {
        return score(require(assessmentId));
    }

    public Scoring.Result score(Assessment a) {
        return ScoringFacts.score(a.id, facts.of(AssessmentRound.findById(a.roundId), a.id));
    }

    private void move(Assessment a, AssessmentStage next, long version, Detail action) {
        if (a.version != version) {
            throw Problems.staleVersion("assessment " + a.id, version, a.version);
        }
        if (!a.stage.canMoveTo(next)) {
            throw Problems.conflict(Detail.of("tr.assessment.stage-order", "cannot {0}: assessment {1} is {2}; 137号"
                    + " 第十条 order is PLAN_PUBLISHED → SELF_INSPECTION_SUBMITTED → ON_SITE_SCORED → EVALUATED →"
                    + " RESULT_PUBLISHED", action, a.id, a.stage));
        }
        a.stage = next;
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
