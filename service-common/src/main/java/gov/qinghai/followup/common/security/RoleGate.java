package gov.qinghai.followup.common.security;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one gate every API request passes before anything else looks at it (routing, content type, body, parameters):
 * no token or an invalid one is 401, a valid token that carries none of the four roles of DESIGN.md ({@code groups: []},
 * {@code ["citizen"]}) is 403. Reads need one of the four roles like writes do; what a role may do beyond that is each
 * operation's {@code @RolesAllowed} and the object-level checks of {@link CurrentUser}. Every service's API is under
 * this filter (it runs for every JAX-RS request, pre-matching), so no resource can forget it; there is no anonymous
 * operation. The management interface (health, metrics, OpenAPI) is not JAX-RS and stays outside.
 */
public class RoleGate {
    /** A token must carry at least one of these to be answered at all. */
    public static final Set<String> KNOWN_ROLES = Set.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER, Roles.VIEWER);

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> requireKnownRole(ContainerRequestContext request) {
        return identities.getDeferredIdentity().map(RoleGate::verdict);
    }

    static Response verdict(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (identity.getRoles().stream().noneMatch(KNOWN_ROLES::contains)) {
            throw Problems.forbidden(Detail.of("detail.forbidden.no-role",
                    "the token carries none of the roles {0} (claim 'groups'): nothing can be read or written without one",
                    Roles.VIEWER + ", " + Roles.REPORTER + ", " + Roles.SUPERVISOR + ", " + Roles.ADMIN));
        }
        return null;
    }
}
