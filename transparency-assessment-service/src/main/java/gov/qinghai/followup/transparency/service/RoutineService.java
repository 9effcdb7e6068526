package gov.qinghai.followup.transparency.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.Grade;
import gov.qinghai.followup.transparency.domain.Rectification;
import gov.qinghai.followup.transparency.domain.RoutineRecord;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import gov.qinghai.followup.transparency.service.views.RoutineViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 日常考核 records (137号 第九条) and 整改 (第十二条). */
@ApplicationScoped
public class RoutineService {
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;

    @Transactional
    public RoutineRecord record(RoutineViews.RecordInput in) {
        AssessmentSubject s = AssessmentSubject.<AssessmentSubject>findByIdOptional(in.subjectId())
                .orElseThrow(() -> Problems.unprocessable("subjectId", Detail.of("tr.subject.unknown",
                        "subject {0} does not exist", in.subjectId())));
        checkSign(in.kind(), in.points());
        checkItem(s, in.itemNo());
        requireNotApplied(in.subjectId(), in.recordedOn().getYear(), Detail.of("tr.action.record", "record"));
        RoutineRecord r = new RoutineRecord();
        r.subjectId = in.subjectId();
        r.recorder = user.name();
        apply(r, in.recordedOn(), in.kind(), in.itemNo(), in.points(), in.description(), in.evidence(), in.method());
        r.persistAndFlush();
        return r;
    }

    public static RoutineRecord require(long id) {
        return RoutineRecord.<RoutineRecord>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("routine record", id));
    }

    /** Correct a record (第九条): the version read, not removed, and its year's result not yet published. */
    @Transactional
    public RoutineRecord update(long id, RoutineViews.RecordUpdate in) {
        RoutineRecord r = editable(id, in.version(), Detail.of("tr.action.correct", "correct"));
        checkSign(in.kind(), in.points());
        checkItem(AssessmentSubject.require(r.subjectId), in.itemNo());
        if (in.recordedOn().getYear() != r.year) {
            requireNotApplied(r.subjectId, in.recordedOn().getYear(),
                    Detail.of("tr.action.move-into", "move a record into"));
        }
        apply(r, in.recordedOn(), in.kind(), in.itemNo(), in.points(), in.description(), in.evidence(), in.method());
        RoutineRecord.flush();
        return r;
    }

    /** Remove a record with a reason: it stays, marked removed, and no longer counts (score, summary, bulletin). */
    @Transactional
    public RoutineRecord remove(long id, RoutineViews.Removal in) {
        RoutineRecord r = editable(id, in.version(), Detail.of("tr.action.remove", "remove"));
        r.removedAt = Instant.now(clock);
        r.removedBy = user.name();
        r.removalReason = in.reason();
        RoutineRecord.flush();
        return r;
    }

    private RoutineRecord editable(long id, long version, Detail action) {
        RoutineRecord r = require(id);
        if (r.version != version) {
            throw Problems.staleVersion("routine record " + id, version, r.version);
        }
        if (r.removedAt != null) {
            throw Problems.conflict(Detail.of("tr.routine.removed", "routine record {0} was removed on {1} by {2}: it"
                    + " cannot be changed any more", id, r.removedAt, r.removedBy));
        }
        requireNotApplied(r.subjectId, r.year, action);
        return r;
    }

    /** 第九条 records are applied at the annual assessment: once the subject's result for the year is out, they are frozen. */
    private void requireNotApplied(long subjectId, int year, Detail action) {
        List<?> rounds = em.createNativeQuery("""
                select r.id from assessment a join assessment_round r on r.id = a.round_id
                where a.subject_id = ?1 and r.year = ?2 and a.stage = 'RESULT_PUBLISHED'""")
                .setParameter(1, subjectId).setParameter(2, year).getResultList();
        if (!rounds.isEmpty()) {
            throw Problems.conflict(Detail.of("tr.routine.applied", "cannot {0} a {1} routine record of subject {2}:"
                    + " the {1} annual assessment (round {3}) already applied the year's records and published the"
                    + " result (137号 第九条 在年度考核时核减或核加)", action, year, subjectId, rounds.get(0)));
        }
    }

    /**
     * 137号 附件 第8项 备注 "此项为市、州政府考核内容": a record on item 8 for a provincial department would never count in
     * its score (the item is left out) but would be listed in the bulletin, so it is refused.
     */
    private static void checkItem(AssessmentSubject s, int itemNo) {
        if (itemNo == 8 && s.kind != SubjectKind.PREFECTURE_GOVERNMENT) {
            throw Problems.unprocessable("itemNo", Detail.of("tr.routine.item-8", "item 8 (政务服务) does not apply to"
                    + " {0} ({1}): 137号 附件 第8项 备注 此项为市、州政府考核内容", s.name, s.kind));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void checkSign(String kind, BigDecimal points) {
        if (!Grade.fitsEntryScale(points)) {
            throw Problems.unprocessable("points", Detail.of("tr.routine.points-scale", "points {0} have more than {1}"
                    + " decimal: 第九条 records are kept as entered, in steps of 0.1; refused, not rounded",
                    points.toPlainString(), Grade.ENTRY_SCALE));
        }
        boolean problem = "PROBLEM".equals(kind);
        if (problem && points.signum() > 0 || !problem && points.signum() < 0) {
            throw Problems.badRequest("points", Detail.of("tr.routine.points-sign",
                    "a PROBLEM takes points ≤ 0 and an ACHIEVEMENT points ≥ 0 (第九条 核减或核加)"));
        }
    }

    private static void apply(RoutineRecord r, LocalDate recordedOn, String kind, int itemNo, BigDecimal points,
                              String description, String evidence, String method) {
        r.year = recordedOn.getYear();
        r.recordedOn = recordedOn;
        r.kind = kind;
        r.itemNo = itemNo;
        r.points = points;
        r.description = description;
        r.evidence = evidence;
        r.method = method;
    }

    @SuppressWarnings("unchecked")
    public List<RoutineViews.SummaryRow> summary(int year) {
        List<Tuple> rows = em.createNativeQuery("""
                select s.id as subject_id, s.name, r.item_no, count(*) as records, sum(r.points) as points
                from routine_record r
                join assessment_subject s on s.id = r.subject_id where r.year = ?1 and r.removed_at is null
                group by s.id, s.name, r.item_no order by s.id, r.item_no""", Tuple.class).setParameter(1, year)
                .getResultList();
        return rows.stream().map(r -> new RoutineViews.SummaryRow(r.get("subject_id", Number.class).longValue(),
                r.get("name", String.class), r.get("item_no", Number.class).intValue(),
                r.get("records", Number.class).longValue(), r.get("points", BigDecimal.class))).toList();
    }

    @Transactional
    public Rectification open(RoutineViews.RectificationInput in) {
        AssessmentSubject.<AssessmentSubject>findByIdOptional(in.subjectId())
                .orElseThrow(() -> Problems.unprocessable("subjectId", Detail.of("tr.subject.unknown",
                        "subject {0} does not exist", in.subjectId())));
        if (in.assessmentId() != null) {
            Assessment a = Assessment.<Assessment>findByIdOptional(in.assessmentId()).orElseThrow(() ->
                    Problems.unprocessable("assessmentId", Detail.of("tr.rectification.unknown-assessment",
                            "assessment {0} does not exist", in.assessmentId())));
            if (!a.subjectId.equals(in.subjectId())) {
                throw Problems.unprocessable("assessmentId", Detail.of("tr.rectification.other-subject",
                        "assessment {0} is of another subject", a.id));
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
            throw Problems.forbidden(Detail.of("tr.rectification.deadline-office",
                    "only the 政务公开领导小组办公室 (admin/supervisor) may move a deadline"));
        }
        boolean office = user.has(Roles.ADMIN) || user.has(Roles.SUPERVISOR);
        // 137号 第十二条: the unit reports its rectification to the office; the office verifies it and closes it
        if ("DONE".equals(in.status()) && !office && !"DONE".equals(r.status)) {
            throw Problems.forbidden(Detail.of("tr.rectification.office-closes", "a unit reports its rectification"
                    + " (status REPORTED); only the 政务公开领导小组办公室 (admin/supervisor) closes it after verifying"
                    + " (137号 第十二条)"));
        }
        if ("DONE".equals(r.status) && !office) {
            throw Problems.conflict(Detail.of("tr.rectification.closed", "rectification {0} was verified and closed by"
                    + " the office: only the office may reopen it", id));
        }
        boolean done = "DONE".equals(in.status()) || "REPORTED".equals(in.status());
        if (done && in.completedOn() == null) {
            throw Problems.badRequest("completedOn", Detail.of("tr.rectification.done-needs-date",
                    "a {0} rectification needs completedOn", in.status()));
        }
        if (done && in.completedOn().isAfter(today())) {
            throw Problems.unprocessable("completedOn", Detail.of("tr.rectification.done-in-future", "completedOn {0}"
                    + " is after today: a rectification is reported done once it is done", in.completedOn()));
        }
        if ("REPORTED".equals(in.status()) && (in.report() == null || in.report().isBlank())) {
            throw Problems.unprocessable("report", Detail.of("tr.rectification.report-required",
                    "report what was rectified (137号 第十二条 整改情况报告)"));
        }
        r.plan = in.plan();
        r.owner = in.owner();
        r.deadline = in.deadline();
        if ("REPORTED".equals(in.status()) && !"REPORTED".equals(r.status)) {
            r.reportedBy = user.name();
        }
        if ("DONE".equals(in.status()) && !"DONE".equals(r.status)) {
            // the office closing directly is its verification
            r.verifiedBy = user.name();
            r.verifiedAt = Instant.now(clock);
        }
        r.status = in.status();
        r.report = in.report() == null ? r.report : in.report();
        r.completedOn = done ? in.completedOn() : null;
        Rectification.flush();
        return r;
    }

    /** 第十二条: the office accepts a reported rectification (DONE) or sends it back (IN_PROGRESS) with a note. */
    @Transactional
    public Rectification verify(long id, RoutineViews.Verification in) {
        Rectification r = Rectification.<Rectification>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("rectification", id));
        if (r.version != in.version()) {
            throw Problems.staleVersion("rectification " + id, in.version(), r.version);
        }
        if (!"REPORTED".equals(r.status)) {
            throw Problems.conflict(Detail.of("tr.rectification.not-reported", "rectification {0} is {1}: only a"
                    + " REPORTED rectification is verified", id, r.status));
        }
        r.status = in.accepted() ? "DONE" : "IN_PROGRESS";
        if (!in.accepted()) {
            r.completedOn = null;
        }
        r.verifiedBy = user.name();
        r.verifiedAt = Instant.now(clock);
        r.verificationNote = in.note();
        Rectification.flush();
        return r;
    }
}
