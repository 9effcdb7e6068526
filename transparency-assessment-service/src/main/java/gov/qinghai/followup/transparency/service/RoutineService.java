package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.api.RoutineViews;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.Rectification;
import gov.qinghai.followup.transparency.domain.RoutineRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** 日常考核 records (137号 第九条) and 整改 (第十二条). */
@ApplicationScoped
public class RoutineService {
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;

    @Transactional
    public RoutineRecord record(RoutineViews.RecordInput in) {
        AssessmentSubject.<AssessmentSubject>findByIdOptional(in.subjectId())
                .orElseThrow(() -> Problems.unprocessable("subjectId", "subject " + in.subjectId() + " does not exist"));
        boolean problem = "PROBLEM".equals(in.kind());
        if (problem && in.points().signum() > 0 || !problem && in.points().signum() < 0) {
            throw Problems.badRequest("points", "a PROBLEM takes points ≤ 0 and an ACHIEVEMENT points ≥ 0"
                    + " (第九条 核减或核加)");
        }
        RoutineRecord r = new RoutineRecord();
        r.subjectId = in.subjectId();
        r.year = in.recordedOn().getYear();
        r.recordedOn = in.recordedOn();
        r.kind = in.kind();
        r.itemNo = in.itemNo();
        r.points = in.points();
        r.description = in.description();
        r.evidence = in.evidence();
        r.method = in.method();
        r.recorder = user.name();
        r.persistAndFlush();
        return r;
    }

    @SuppressWarnings("unchecked")
    public List<RoutineViews.SummaryRow> summary(int year) {
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.name, r.item_no, count(*), sum(r.points) from routine_record r
                join assessment_subject s on s.id = r.subject_id where r.year = ?1
                group by s.id, s.name, r.item_no order by s.id, r.item_no""").setParameter(1, year).getResultList();
        return rows.stream().map(r -> new RoutineViews.SummaryRow(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).longValue(), (BigDecimal) r[4])).toList();
    }

    @Transactional
    public Rectification open(RoutineViews.RectificationInput in) {
        AssessmentSubject.<AssessmentSubject>findByIdOptional(in.subjectId())
                .orElseThrow(() -> Problems.unprocessable("subjectId", "subject " + in.subjectId() + " does not exist"));
        if (in.assessmentId() != null) {
            Assessment a = Assessment.<Assessment>findByIdOptional(in.assessmentId()).orElseThrow(() ->
                    Problems.unprocessable("assessmentId", "assessment " + in.assessmentId() + " does not exist"));
            if (!a.subjectId.equals(in.subjectId())) {
                throw Problems.unprocessable("assessmentId", "assessment " + a.id + " is of another subject");
            }
        }
        Rectification r = new Rectification();
        r.subjectId = in.subjectId();
        r.assessmentId = in.assessmentId();
        r.problem = in.problem();
        r.plan = in.plan();
        r.owner = in.owner();
        r.deadline = in.deadline();
        r.status = "OPEN";
        r.persistAndFlush();
        return r;
    }

    /** The subject updates plan and status; only the office (admin/supervisor) moves the deadline. */
    @Transactional
    public Rectification update(long id, RoutineViews.RectificationUpdate in) {
        Rectification r = Rectification.<Rectification>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("rectification", id));
        user.requireUnit(AssessmentSubject.require(r.subjectId).name);
        if (r.version != in.version()) {
            throw Problems.staleVersion("rectification " + id, in.version(), r.version);
        }
        if (!in.deadline().equals(r.deadline) && !(user.has(Roles.ADMIN) || user.has(Roles.SUPERVISOR))) {
            throw Problems.forbidden("only the 政务公开领导小组办公室 (admin/supervisor) may move a deadline");
        }
        if ("DONE".equals(in.status()) && in.completedOn() == null) {
            throw Problems.badRequest("completedOn", "a DONE rectification needs completedOn");
        }
        r.plan = in.plan();
        r.owner = in.owner();
        r.deadline = in.deadline();
        r.status = in.status();
        r.completedOn = "DONE".equals(in.status()) ? in.completedOn() : null;
        Rectification.flush();
        return r;
    }
}
