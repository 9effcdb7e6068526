package gov.qinghai.followup.common.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The key the subscriptions' secrets are sealed with (SecretCipher, qinghai.events.secret-key), read once, and what a
 * start does with it: a secret stored in plain text before sealing existed is sealed now (rows written before db/events
 * V260), then every stored secret must open with the key. One that does not stops the start, naming the setting and
 * the subscription: with another key every delivery to it would fail, and none is ever sent unsigned.
 */
@ApplicationScoped
public class SealedSecrets {
    private static final Logger LOG = Logger.getLogger(SealedSecrets.class);

    @Inject
    EventsConfig config;
    @Inject
    EntityManager em;

    private volatile SecretCipher cipher;

    public SecretCipher cipher() {
        SecretCipher c = cipher;
        if (c == null) {
            c = SecretCipher.at(config.secretKey());
            cipher = c;
        }
        return c;
    }

    void onStart(@Observes StartupEvent event) {
        int sealed;
        try {
            sealed = sealAndCheckInTransaction();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("refusing to start: " + e.getMessage(), e);
        }
        if (sealed > 0) {
            LOG.infof("sealed the plain-text signing secrets of %d event subscription(s) with %s", sealed,
                    SecretCipher.SETTING);
        }
    }

    /** {@link #sealAndCheck} in a transaction of its own (a start's, or an operator's check). */
    public int sealAndCheckInTransaction() {
        return QuarkusTransaction.requiringNew().call(this::sealAndCheck);
    }

    /**
     * Seals the plain secrets (a row changed meanwhile by another replica is left to it) and opens every one; returns
     * how many rows it sealed. A secret that does not open is an IllegalStateException naming the setting.
     */
    public int sealAndCheck() {
        SecretCipher c = cipher();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select id, secret, previous_secret from event_subscription", Tuple.class)
                .getResultList();
        int sealed = 0;
        for (Tuple r : rows) {
            UUID id = r.get("id", UUID.class);
            String secret = r.get("secret", String.class);
            String previous = r.get("previous_secret", String.class);
            String s = SecretCipher.isSealed(secret) ? secret : c.seal(id, secret);
            String p = previous == null || SecretCipher.isSealed(previous) ? previous : c.seal(id, previous);
            if (!s.equals(secret) || (p != null && !p.equals(previous))) {
                sealed += em.createNativeQuery("""
                        update event_subscription set secret = ?2, previous_secret = ?3
                        where id = ?1 and secret = ?4 and previous_secret is not distinct from ?5""")
                        .setParameter(1, id).setParameter(2, s).setParameter(3, p).setParameter(4, secret)
                        .setParameter(5, previous).executeUpdate();
            }
            c.open(id, s);
            if (p != null) {
                c.open(id, p);
            }
        }
        return sealed;
    }
}
