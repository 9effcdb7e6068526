package gov.qinghai.followup.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller's name, or {@code system} for scheduled jobs and seeding. */
public class AuditRevisionListener implements RevisionListener {
    /** The author of revisions written by background work on this thread (a tracked operation's starter). */
    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    /** Background work acting for a person sets their name here (null clears it): its revisions carry it. */
    public static void actingAs(String name) {
        if (name == null) {
            ACTING.remove();
        } else {
            ACTING.set(name);
        }
    }

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).username = currentName();
    }

    static String currentName() {
        if (ACTING.get() != null) {
            return ACTING.get();
        }
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
