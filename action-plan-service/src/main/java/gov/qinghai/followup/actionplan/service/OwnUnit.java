package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which unit's records a caller reads: a reporter its own unit's (the unit claim of its token; 403 for another's),
 * an admin or a supervisor the unit asked for.
 */
@ApplicationScoped
public class OwnUnit {
    @Inject
    CurrentUser user;

    /** The unit to read for a request naming {@code requested} (null: none named); what: the records, for the 403. */
    public String readable(String requested, Detail what) {
        if (!user.has(Roles.REPORTER) || user.has(Roles.ADMIN) || user.has(Roles.SUPERVISOR)) {
            return requested;
        }
        String own = user.unit().orElseThrow(() -> Problems.forbidden(Detail.of("detail.forbidden.no-unit-claim",
                "token has no '{0}' claim", "unit")));
        if (requested != null && !requested.equals(own)) {
            throw Problems.forbidden(Detail.of("ap.unit.own-records-only",
                    "a reporter sees only its own unit's {0}", what));
        }
        return own;
    }
}
