package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.AssessmentRound;
import gov.qinghai.followup.transparency.domain.AssessmentStage;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.Grade;
import gov.qinghai.followup.transparency.domain.Scoring;
import gov.qinghai.followup.transparency.service.views.AssessmentViews;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 137号 第十条(四) and 第十一条: a round's result (scores, grades, ranking per category) and its sending to 省考核办. */
@ApplicationScoped
public class RoundConclusion {
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Offices offices;
    @Inject
    ScoringFacts scoringFacts;
    @Inject
    AssessmentService assessments;
    @Inject
    gov.qinghai.followup.common.events.Events events;

    /** 第十条(四) 确定考核结果: every subject of the round must be EVALUATED; scores, grades and ranking. */
    @Transactional
    public AssessmentRound conclude(long roundId, long version) {
        AssessmentRound r = AssessmentService.requireRound(roundId);
        offices.require(r);
        if (r.version != version) {
            throw Problems.staleVersion("round " + roundId, version, r.version);
        }
        if (!"OPEN".equals(r.status)) {
            throw Problems.conflict(Detail.of("tr.round.concluded", "round {0} is already concluded", roundId));
        }
        List<Assessment> all = Assessment.list("roundId", Sort.by("id"), roundId);
        List<Assessment> waiting = all.stream().filter(a -> a.stage != AssessmentStage.EVALUATED).toList();
        if (!waiting.isEmpty()) {
            Map<Long, String> names = AssessmentSubject.<AssessmentSubject>list("id in ?1",
                    waiting.stream().map(a -> a.subjectId).toList()).stream().collect(Collectors.toMap(s -> s.id, s -> s.name));
            throw Problems.conflict(Detail.of("tr.round.not-all-evaluated",
                    "the result needs every subject EVALUATED; not yet: {0}", waiting.stream()
                            .map(a -> names.get(a.subjectId) + " (" + a.stage + ")").collect(Collectors.joining(", "))));
        }
        // The facts of every subject in a fixed number of queries, then the rule per subject in memory; the
        // entities are only written after all reads (each query would otherwise flush the ones already scored)
        ScoringFacts.Facts facts = scoringFacts.of(r, null);
        Map<Long, Scoring.Result> results = new HashMap<>();
        all.forEach(a -> results.put(a.id, ScoringFacts.score(a.id, facts)));
        // ranking computed in SQL (rank() with ties) over the exact totals of the round's assessments, before anything
        // is written, so that each assessment is written once, through its entity so Envers audits it. 市州政府 and
        // 省直部门 are scored on different item sets (item 8 applies to 市州 only, 137号 附件 备注): each kind is
        // ranked among its own, never in one list.
        Map<Long, Integer> ranks = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                select t.id as id, rank() over (partition by t.grp order by t.total desc) as ranking
                from unnest(cast(?1 as bigint[]), cast(?2 as numeric[]), cast(?3 as text[])) as t (id, total, grp)""",
                        Tuple.class)
                .setParameter(1, all.stream().map(a -> a.id.toString()).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, all.stream().map(a -> results.get(a.id).exactTotal().toPlainString())
                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter(3, all.stream().map(a -> facts.kinds().get(a.id).name())
                        .collect(Collectors.joining(",", "{", "}")))
                .getResultList()) {
            Tuple t = (Tuple) o;
            ranks.put(t.get("id", Number.class).longValue(), t.get("ranking", Number.class).intValue());
        }
        for (Assessment a : all) {
            Scoring.Result s = results.get(a.id);
            a.total = s.total();
            a.grade = s.gradeLabel();
            a.breakdown = assessments.write(s);
            a.stage = AssessmentStage.RESULT_PUBLISHED;
            a.concludedAt = Instant.now(clock);
            a.ranking = ranks.get(a.id);
            a.rankingGroup = facts.kinds().get(a.id).name();
            a.rawScore = Grade.shown(s.rawSum());
            a.rawMax = s.applicableMax();
        }
        r.status = "CONCLUDED";
        AssessmentRound.flush();
        publish(r, all);
        return r;
    }

    /**
     * assessment.concluded for the round, then grade.published for each subject (137号 第十条(四) 确定考核结果), in
     * the transaction that concludes it.
     */
    private void publish(AssessmentRound r, List<Assessment> all) {
        Map<Long, AssessmentSubject> subjects = AssessmentSubject.<AssessmentSubject>list("id in ?1",
                all.stream().map(a -> a.subjectId).toList()).stream().collect(Collectors.toMap(s -> s.id, s -> s));
        Map<String, Object> round = new java.util.LinkedHashMap<>();
        round.put("roundId", r.id);
        round.put("year", r.year);
        round.put("office", r.office);
        round.put("title", r.title);
        round.put("subjects", all.size());
        events.publish("assessment.concluded", "assessment-rounds/" + r.id, round);
        List<gov.qinghai.followup.common.events.Events.Draft> grades = new java.util.ArrayList<>();
        for (Assessment a : all) {
            AssessmentSubject s = subjects.get(a.subjectId);
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("assessmentId", a.id);
            data.put("roundId", r.id);
            data.put("year", r.year);
            data.put("subjectId", s.id);
            data.put("subject", s.name);
            data.put("prefecture", s.prefecture);
            data.put("total", a.total);
            data.put("grade", a.grade);
            data.put("ranking", a.ranking);
            data.put("rankingGroup", a.rankingGroup);
            grades.add(new gov.qinghai.followup.common.events.Events.Draft("assessments/" + a.id, data,
                    gov.qinghai.followup.common.events.Events.Scope.of(s.name, s.prefecture)));
        }
        // one batch: concluding stays a fixed number of statements whatever the number of subjects
        events.publishAll("grade.published", grades);
    }

    /**
     * 137号 第十一条 "考核结果报省考核办": records that the concluded round's result was sent (date, reference, who).
     */
    @Transactional
    public AssessmentRound submitResult(long roundId, AssessmentViews.Submission in) {
        AssessmentRound r = AssessmentService.requireRound(roundId);
        offices.require(r);
        if (r.version != in.version()) {
            throw Problems.staleVersion("round " + roundId, in.version(), r.version);
        }
        if (!"CONCLUDED".equals(r.status)) {
            throw Problems.conflict(Detail.of("tr.round.no-result", "round {0} has no published result to send yet", roundId));
        }
        if (r.submittedOn != null) {
            throw Problems.conflict(Detail.of("tr.round.already-sent", "the {0} result was already sent to {1} on {2}"
                    + " ({3})", r.year, r.submittedTo, r.submittedOn, r.submissionRef));
        }
        if (in.sentOn().getYear() < r.year) {
            throw Problems.unprocessable("sentOn", Detail.of("tr.round.sent-too-early",
                    "the {0} result cannot have been sent before {0}", r.year));
        }
        r.submittedTo = AssessmentRound.RESULT_RECIPIENT;
        r.submittedOn = in.sentOn();
        r.submissionRef = in.reference();
        r.submittedBy = user.name();
        AssessmentRound.flush();
        return r;
    }
}
