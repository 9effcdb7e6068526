package gov.qinghai.followup.transparency.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored first answers of POSTs carrying an Idempotency-Key (table idempotency_record). */
@ApplicationScoped
public class IdempotencyStore {
    @Inject
    EntityManager em;

    public record Stored(String path, int status, String contentType, byte[] body) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Optional<Stored> find(String user, String key) {
        List<Object[]> rows = em.createNativeQuery("select path, status, content_type, body from idempotency_record"
                + " where username = ?1 and idem_key = ?2").setParameter(1, user).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                (byte[]) r[3]));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(String user, String key, String path, int status, String contentType, byte[] body) {
        em.createNativeQuery("""
                insert into idempotency_record (username, idem_key, method, path, status, content_type, body, created_at)
                values (?1, ?2, 'POST', ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, user).setParameter(2, key).setParameter(3, path).setParameter(4, status)
                .setParameter(5, contentType).setParameter(6, body).setParameter(7, Instant.now()).executeUpdate();
    }
}
