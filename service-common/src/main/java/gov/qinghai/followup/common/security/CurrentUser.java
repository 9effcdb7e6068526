package gov.qinghai.followup.common.security;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, and the object-level rule that a reporter writes only its own unit's records. */
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> unit() {
        return Optional.ofNullable(jwt.<Object>getClaim(Roles.UNIT_CLAIM)).map(Object::toString);
    }

    /** Admins and supervisors act for every unit; a reporter only for the unit in its token. */
    public void requireUnit(String unit) {
        if (has(Roles.ADMIN) || has(Roles.SUPERVISOR)) {
            return;
        }
        String own = unit().orElseThrow(() -> Problems.forbidden(
                Detail.of("detail.forbidden.no-unit-claim", "token has no '{0}' claim", Roles.UNIT_CLAIM)));
        if (!own.equals(unit)) {
            throw Problems.forbidden(Detail.of("detail.forbidden.other-unit",
                    "unit '{0}' may not act on a record of unit '{1}'", own, unit));
        }
    }
}
