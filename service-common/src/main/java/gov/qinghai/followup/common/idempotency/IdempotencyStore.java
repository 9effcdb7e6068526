package gov.qinghai.followup.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code idempotency_record} of the service's own schema (one per service, created by its migrations).
 *
 * <p>The claim is the first statement of the write's transaction: an uncommitted row is the pending claim.
 * PostgreSQL makes a concurrent {@code INSERT … ON CONFLICT DO NOTHING} of the same (caller, key) wait for that
 * transaction: if it commits, the waiter finds the stored answer; if it rolls back (a failed first attempt), the
 * waiter's insert succeeds and it becomes the first. The wait is bounded by {@code lock_timeout}. Because the
 * answer is stored in the same transaction as the write, a committed row always holds an answer, and a crash can
 * never leave a claim without its write or a write without its claim.
 *
 * <p>A record is kept for {@code idempotency.retention} (default 24 h) from the first request. A claim that meets
 * an older committed record takes it over (the same key is then a new request, whether or not
 * {@link IdempotencyPurge} has deleted the old record yet); the purge only frees the space.
 */
@ApplicationScoped
public class IdempotencyStore {
    /** PostgreSQL lock_not_available: the bounded wait for the first request ran out. */
    static final String LOCK_TIMEOUT = "55P03";

    @Inject
    EntityManager em;
    @Inject
    IdempotencyConfig config;

    public record Answer(String fingerprint, String target, int status, String contentType, byte[] body,
                         String location) {
    }

    /** Thrown when a first request with the same key is still running after the bounded wait. */
    public static class StillRunning extends RuntimeException {
        StillRunning(Throwable cause) {
            super("first request with this key still running", cause, false, false);
        }
    }

    /**
     * Empty when this call now holds the claim (a new key, or one whose record is older than the retention);
     * else the answer stored by the first call with this key. ON CONFLICT DO UPDATE locks the existing row even
     * when its WHERE is false, so an unexpired record read here cannot be purged before this transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Answer> claim(String caller, String key, String fingerprint, String target) {
        em.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                .setParameter(1, config.waitForFirst().toMillis() + "ms").getSingleResult();
        int inserted;
        try {
            inserted = em.createNativeQuery("""
                    insert into idempotency_record as r (caller, idem_key, fingerprint, target, created_at)
                    values (?1, ?2, ?3, ?4, now())
                    on conflict (caller, idem_key) do update
                       set fingerprint = excluded.fingerprint, target = excluded.target, status = null,
                           content_type = null, body = null, location = null, created_at = excluded.created_at
                     where r.status is not null and r.created_at < now() - ?5 * interval '1 millisecond'""")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, target)
                    .setParameter(5, config.retention().toMillis())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (LOCK_TIMEOUT.equals(sqlState(e))) {
                throw new StillRunning(e);
            }
            throw e;
        }
        em.createNativeQuery("select set_config('lock_timeout', reset_val, true) from pg_settings "
                + "where name = 'lock_timeout'").getSingleResult();
        return inserted == 1 ? Optional.empty() : Optional.of(stored(caller, key));
    }

    /** Stores the answer (with its Location header, if any) on the claimed row, in the write's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String caller, String key, int status, String contentType, byte[] body, String location) {
        em.createNativeQuery("update idempotency_record set status = ?3, content_type = ?4, body = ?5, location = ?6 "
                        + "where caller = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status).setParameter(4, contentType)
                .setParameter(5, body).setParameter(6, location).executeUpdate();
    }

    private Answer stored(String caller, String key) {
        List<jakarta.persistence.Tuple> rows = em.createNativeQuery("select fingerprint, target, status, content_type, "
                + "body, location from idempotency_record where caller = ?1 and idem_key = ?2", jakarta.persistence.Tuple.class)
                .setParameter(1, caller).setParameter(2, key).getResultList();
        jakarta.persistence.Tuple r = rows.get(0);
        return new Answer(r.get("fingerprint", String.class), r.get("target", String.class),
                r.get("status", Number.class).intValue(), r.get("content_type", String.class), r.get("body", byte[].class),
                r.get("location", String.class));
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
