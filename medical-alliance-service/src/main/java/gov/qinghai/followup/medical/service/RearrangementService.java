package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.NoticeDocument;
import gov.qinghai.followup.medical.domain.Rearrangement;
import gov.qinghai.followup.medical.domain.RearrangementStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Records that a 三级公立医院 did the 再安排、再部署 140号 五(一) asks of it, for the hospital itself (a reporter of that
 * unit) or a supervisor; the quarterly report and GET /obligations/rearrangement track who has not.
 */
@ApplicationScoped
public class RearrangementService {
    @Inject
    Clock clock;
    @Inject
    CurrentUser user;

    @Transactional
    public Rearrangement record(long institutionId, RearrangementInput in) {
        Institution i = InstitutionService.find(institutionId);
        user.requireUnit(i.name);
        if (!RearrangementStatus.owedBy(i)) {
            throw Problems.unprocessable("institutionId", Detail.of("med.rearrangement.not-owed",
                    "{0} is no 三级公立医院 ({1}, {2}); 140号 五(一) asks the 再安排、再部署 of 三级公立医院 only", i.name,
                    i.level, i.ownership));
        }
        NoticeDocument notice = NoticeDocument.of140();
        if (in.doneOn().isBefore(notice.issuedOn)) {
            throw Problems.unprocessable("doneOn", Detail.of("med.rearrangement.before-notice",
                    "a 再安排 under 140号 cannot precede the notice ({0})", notice.issuedOn));
        }
        if (in.doneOn().isAfter(LocalDate.now(clock))) {
            throw Problems.unprocessable("doneOn", Detail.of("med.in-future", "{0} is in the future", "doneOn"));
        }
        Rearrangement r = Rearrangement.ofInstitution(institutionId).orElse(null);
        if (r == null) {
            r = new Rearrangement();
            r.institutionId = institutionId;
        } else if (in.version() == null) {
            throw Problems.conflict(Detail.of("med.rearrangement.exists",
                    "the 再安排 of {0} is already recorded (version {1}); send that version to correct it", i.name,
                    r.version));
        } else if (r.version != in.version()) {
            throw Problems.staleVersion("rearrangement of institution " + institutionId, in.version(), r.version);
        }
        r.doneOn = in.doneOn();
        r.documentRef = in.documentRef().strip();
        PatientAccess.requireNoNationalId("documentRef", r.documentRef);
        r.recordedBy = user.name();
        r.persist();
        Rearrangement.flush();
        return r;
    }
}
