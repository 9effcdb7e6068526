package gov.qinghai.followup.medical.service;

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
            throw Problems.unprocessable("institutionId", i.name + " is no 三级公立医院 (" + i.level + ", " + i.ownership
                    + "); 140号 五(一) asks the 再安排、再部署 of 三级公立医院 only");
        }
        NoticeDocument notice = NoticeDocument.of140();
        if (in.doneOn().isBefore(notice.issuedOn)) {
            throw Problems.unprocessable("doneOn", "a 再安排 under 140号 cannot precede the notice (" + notice.issuedOn + ")");
        }
        if (in.doneOn().isAfter(LocalDate.now(clock))) {
            throw Problems.unprocessable("doneOn", "doneOn is in the future");
        }
        Rearrangement r = Rearrangement.ofInstitution(institutionId).orElse(null);
        if (r == null) {
            r = new Rearrangement();
            r.institutionId = institutionId;
        } else if (in.version() == null) {
            throw Problems.conflict("the 再安排 of " + i.name + " is already recorded (version " + r.version + "); send "
                    + "that version to correct it");
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
