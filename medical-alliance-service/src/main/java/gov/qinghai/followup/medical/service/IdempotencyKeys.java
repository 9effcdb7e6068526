package gov.qinghai.followup.medical.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Applies a POST once per Idempotency-Key: a retry with the same key and body gets the record the first call
 * created; the same key with another body is refused. Two concurrent first calls collide on the primary key and
 * the loser's transaction rolls back (409 from the shared PersistenceConflictMapper).
 */
@ApplicationScoped
public class IdempotencyKeys {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    PatientRefs hashes;

    public String fingerprint(Object body) {
        try {
            return hashes.keyedHash(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id created earlier under this key, if any; 422 when the key was used for a different body. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> earlier(String scope, String key, String fingerprint) {
        if (key.isBlank() || key.length() > 100) {
            throw Problems.badRequest("Idempotency-Key", "Idempotency-Key must be 1–100 characters");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, entity_id from idempotency_record "
                + "where scope = ?1 and key = ?2").setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!rows.get(0)[0].equals(fingerprint)) {
            throw Problems.unprocessable("Idempotency-Key", "this Idempotency-Key was already used with a different "
                    + "request body");
        }
        return Optional.of(((Number) rows.get(0)[1]).longValue());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String fingerprint, long entityId) {
        em.createNativeQuery("insert into idempotency_record (scope, key, fingerprint, entity_id) values (?1, ?2, ?3, ?4)")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, entityId)
                .executeUpdate();
    }
}
