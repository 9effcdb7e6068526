package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.AssessingOffice;
import gov.qinghai.followup.transparency.domain.AssessmentRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * 137号 第五条 分级负责: a round belongs to one office, and only that office's people act on it. A caller whose token
 * names a 市州 (unit claim) acts for that 市州's office; a caller without one for the provincial office.
 */
@ApplicationScoped
public class Offices {
    @Inject
    CurrentUser user;

    /** The 市州 whose office the caller acts for, or null for the provincial office. */
    public String callerOffice() {
        return AssessingOffice.ofUnit(user.unit().orElse(null));
    }

    /** 403 unless the caller is of the round's office. */
    public void require(AssessmentRound r) {
        String own = callerOffice();
        if (!Objects.equals(own, r.office)) {
            throw Problems.forbidden(Detail.of("tr.round.not-own", "{0} may not act on round {1} of {2} (137号 第五条"
                    + " 分级负责)", AssessingOffice.name(own), r.id, AssessingOffice.name(r.office)));
        }
    }
}
