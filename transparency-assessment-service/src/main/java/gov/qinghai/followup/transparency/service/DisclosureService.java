package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.DisclosureRecord;
import gov.qinghai.followup.transparency.domain.DisclosureTimeliness;
import gov.qinghai.followup.transparency.service.views.DisclosureViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Disclosure records and the on-time rate that feeds item 4 (137号 附件 第4项). */
@ApplicationScoped
public class DisclosureService {
    @Inject
    CalendarService calendar;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;

    @Transactional
    public DisclosureRecord create(DisclosureViews.Input in) {
        AssessmentSubject s = AssessmentSubject.<AssessmentSubject>findByIdOptional(in.subjectId())
                .orElseThrow(() -> Problems.unprocessable("subjectId", Detail.of("tr.subject.unknown",
                        "subject {0} does not exist", in.subjectId())));
        user.requireUnit(s.name);
        if (in.publishedOn() != null && in.publishedOn().isBefore(in.producedOn())) {
            throw Problems.badRequest("publishedOn", Detail.of("tr.disclosure.published-before-produced",
                    "publishedOn is before producedOn"));
        }
        DisclosureRecord r = new DisclosureRecord();
        r.subjectId = s.id;
        r.title = in.title();
        r.producedOn = in.producedOn();
        r.publishedOn = in.publishedOn();
        calendar.applyDeadline(r);
        r.persistAndFlush();
        return r;
    }

    @Transactional
    public DisclosureRecord publish(long id, LocalDate publishedOn, long version) {
        DisclosureRecord r = DisclosureRecord.<DisclosureRecord>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("disclosure", id));
        user.requireUnit(AssessmentSubject.require(r.subjectId).name);
        if (r.version != version) {
            throw Problems.staleVersion("disclosure " + id, version, r.version);
        }
        if (publishedOn.isBefore(r.producedOn)) {
            throw Problems.badRequest("publishedOn", Detail.of("tr.disclosure.published-before",
                    "publishedOn is before producedOn {0}", r.producedOn));
        }
        r.publishedOn = publishedOn;
        DisclosureRecord.flush();
        return r;
    }

    /** Per subject for records produced in a year: published, on time, late, open and overdue, rate (SQL). */
    public List<DisclosureViews.Rate> rates(int year, LocalDate asOf) {
        List<Tuple> rows = tuples(em.createNativeQuery("""
                select s.id as subject_id, s.name as subject, count(*) as records,
                       count(*) filter (where d.published_on is not null) as published,
                       count(*) filter (where d.published_on <= d.deadline) as on_time,
                       count(*) filter (where d.published_on > d.deadline) as late,
                       count(*) filter (where d.published_on is null and d.deadline < ?2) as open_overdue,
                       round(100.0 * count(*) filter (where d.published_on <= d.deadline)
                             / nullif(count(*) filter (where d.published_on is not null), 0), 1) as rate
                from disclosure_record d join assessment_subject s on s.id = d.subject_id
                where extract(year from d.produced_on) = ?1
                group by s.id, s.name order by s.id""", Tuple.class).setParameter(1, year).setParameter(2, asOf));
        return rows.stream().map(t -> new DisclosureViews.Rate(n(t, "subject_id"), t.get("subject", String.class),
                n(t, "records"), n(t, "published"), n(t, "on_time"), n(t, "late"), n(t, "open_overdue"),
                t.get("rate", BigDecimal.class))).toList();
    }

    /** On-time share of one subject's disclosures produced in a year (evidence for item 4), or null. */
    public BigDecimal onTimeRate(long subjectId, int year) {
        return onTimeRates(List.of(subjectId), year).get(subjectId);
    }

    /** The same for several subjects in one query (a page of assessments); subjects without disclosures are absent. */
    @SuppressWarnings("unchecked")
    public Map<Long, BigDecimal> onTimeRates(Collection<Long> subjectIds, int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return out;
        }
        for (Tuple t : tuples(em.createNativeQuery("""
                select subject_id as subject_id, round(100.0 * count(*) filter (where published_on <= deadline)
                             / nullif(count(*) filter (where published_on is not null), 0), 1) as rate
                from disclosure_record where subject_id in (?1) and extract(year from produced_on) = ?2
                group by subject_id""", Tuple.class).setParameter(1, subjectIds).setParameter(2, year))) {
            out.put(n(t, "subject_id"), t.get("rate", BigDecimal.class));
        }
        return out;
    }

    /**
     * The counts the 20-working-day rule turns into points (see {@link DisclosureTimeliness}) as of a date, in SQL: a
     * record published after {@code asOf} counts as not yet published then.
     */
    public DisclosureTimeliness.Evidence evidence(long subjectId, int year, LocalDate asOf) {
        Tuple t = (Tuple) em.createNativeQuery("""
                select count(*) as produced, count(*) filter (where published_on <= ?3) as published,
                       count(*) filter (where published_on <= ?3 and published_on <= deadline) as on_time,
                       count(*) filter (where published_on <= ?3 and published_on > deadline) as late,
                       count(*) filter (where (published_on is null or published_on > ?3) and deadline < ?3)
                           as open_overdue
                from disclosure_record where subject_id = ?1 and extract(year from produced_on) = ?2""", Tuple.class)
                .setParameter(1, subjectId).setParameter(2, year).setParameter(3, asOf).getSingleResult();
        return evidence(asOf, t);
    }

    /**
     * The same counts for every assessment of a round (or only assessmentId), in one query: each assessment's subject's
     * records produced in the year, keyed by assessment id.
     */
    public Map<Long, DisclosureTimeliness.Evidence> evidenceByAssessment(long roundId, Long assessmentId, int year,
                                                                         LocalDate asOf) {
        var q = em.createNativeQuery("""
                select a.id as assessment_id, count(d.id) as produced,
                       count(d.id) filter (where d.published_on <= :asOf) as published,
                       count(d.id) filter (where d.published_on <= :asOf and d.published_on <= d.deadline) as on_time,
                       count(d.id) filter (where d.published_on <= :asOf and d.published_on > d.deadline) as late,
                       count(d.id) filter (where (d.published_on is null or d.published_on > :asOf)
                           and d.deadline < :asOf) as open_overdue
                from assessment a
                left join disclosure_record d on d.subject_id = a.subject_id and extract(year from d.produced_on) = :year
                where a.round_id = :round""" + (assessmentId == null ? "" : " and a.id = :assessment") + " group by a.id", Tuple.class)
                .setParameter("round", roundId).setParameter("year", year).setParameter("asOf", asOf);
        if (assessmentId != null) {
            q.setParameter("assessment", assessmentId);
        }
        Map<Long, DisclosureTimeliness.Evidence> out = new HashMap<>();
        for (Tuple t : tuples(q)) {
            out.put(n(t, "assessment_id"), evidence(asOf, t));
        }
        return out;
    }

    private static DisclosureTimeliness.Evidence evidence(LocalDate asOf, Tuple t) {
        return new DisclosureTimeliness.Evidence(asOf, n(t, "produced"), n(t, "published"), n(t, "on_time"),
                n(t, "late"), n(t, "open_overdue"));
    }

    private static long n(Tuple t, String column) {
        return t.get(column, Number.class).longValue();
    }

    /** The rows of a native query created with Tuple.class (typed by column alias, not by position). */
    private static List<Tuple> tuples(jakarta.persistence.Query q) {
        return q.getResultList().stream().map(Tuple.class::cast).toList();
    }
}
