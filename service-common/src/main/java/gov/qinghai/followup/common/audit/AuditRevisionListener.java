package gov.qinghai.followup.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller's name, or {@code system} for scheduled jobs and seeding. */
public class AuditRevisionListener implements RevisionListener {
    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).username = currentName();
    }

    static String currentName() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return "system";
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return "system";
        }
        return identity.getPrincipal().getName();
    }
}
