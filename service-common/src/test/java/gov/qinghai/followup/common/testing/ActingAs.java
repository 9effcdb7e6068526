package gov.qinghai.followup.common.testing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Calls a service bean directly (no resource, no HTTP) as the caller of a bearer token, in a fresh request context:
 * proves that an object-level rule is enforced in the service layer, not only in front of it. For a
 * {@code @QuarkusTest}.
 */
public final class ActingAs {
    private ActingAs() {
    }

    public static <T> T call(String token, Callable<T> work) throws Exception {
        JsonWebToken jwt = Arc.container().instance(JWTParser.class).get().parse(token);
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(
                    QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRoles(jwt.getGroups()).build());
            return work.call();
        } finally {
            requests.terminate();
        }
    }
}
