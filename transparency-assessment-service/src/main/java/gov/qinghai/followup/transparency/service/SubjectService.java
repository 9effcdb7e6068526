package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import gov.qinghai.followup.transparency.service.views.SubjectInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The 考核对象 of 137号 第五条 and their life cycle (create, correct, deactivate, activate). */
@ApplicationScoped
public class SubjectService {

    @Transactional
    public AssessmentSubject create(SubjectInput body) {
        if (AssessmentSubject.byName(body.name()).isPresent()) {
            throw Problems.conflict(Detail.of("tr.subject.exists", "subject '{0}' already exists", body.name()));
        }
        AssessmentSubject s = new AssessmentSubject();
        apply(s, body);
        s.persistAndFlush();
        return s;
    }

    @Transactional
    public AssessmentSubject update(long id, SubjectInput body) {
        AssessmentSubject s = AssessmentSubject.require(id);
        if (body.version() == null) {
            throw Problems.badRequest("version", Detail.of("tr.version-required", "version is required on update"));
        }
        if (s.version != body.version()) {
            throw Problems.staleVersion("subject " + id, body.version(), s.version);
        }
        apply(s, body);
        AssessmentSubject.flush();
        return s;
    }

    /** Kept with its history and results; no longer taken into a new round. */
    @Transactional
    public AssessmentSubject deactivate(long id, long version, String reason) {
        AssessmentSubject s = versioned(id, version);
        s.active = false;
        s.deactivationReason = reason;
        AssessmentSubject.flush();
        return s;
    }

    @Transactional
    public AssessmentSubject activate(long id, long version) {
        AssessmentSubject s = versioned(id, version);
        s.active = true;
        s.deactivationReason = null;
        AssessmentSubject.flush();
        return s;
    }

    public AssessmentSubject require(long id) {
        return AssessmentSubject.require(id);
    }

    private static AssessmentSubject versioned(long id, long version) {
        AssessmentSubject s = AssessmentSubject.require(id);
        if (s.version != version) {
            throw Problems.staleVersion("subject " + id, version, s.version);
        }
        return s;
    }

    private static void apply(AssessmentSubject s, SubjectInput body) {
        if (body.kind() == SubjectKind.PREFECTURE_GOVERNMENT && body.prefecture() == null) {
            throw Problems.badRequest("prefecture", Detail.of("tr.subject.prefecture-required",
                    "a 市州 government needs its prefecture"));
        }
        if ((body.kind() == SubjectKind.PREFECTURE_DEPARTMENT || body.kind() == SubjectKind.COUNTY_GOVERNMENT)
                && body.prefecture() == null) {
            throw Problems.unprocessable("prefecture", Detail.of("tr.subject.prefecture-office", "a {0} is assessed"
                    + " by its 市州's office (137号 第五条 第二款): name the prefecture", body.kind()));
        }
        s.name = body.name();
        s.kind = body.kind();
        s.prefecture = body.prefecture();
        s.contactEmail = body.contactEmail();
    }
}
