package gov.qinghai.followup.common.audit;

import gov.qinghai.followup.common.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads the Envers history of one record as before/after pairs. */
@ApplicationScoped
public class AuditTrail {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<AuditEntry> history(Class<?> entity, Object id) {
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .setMaxResults(500)
                .getResultList();
        ObjectMapper plain = mapper.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        List<AuditEntry> out = new ArrayList<>();
        Map<String, Object> before = null;
        for (Object[] row : rows) {
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, Object> after = type == RevisionType.DEL ? null : plain.convertValue(row[0], Map.class);
            out.add(new AuditEntry(rev.id, Instant.ofEpochMilli(rev.timestamp), rev.username,
                    type.name(), before, after));
            before = after;
        }
        if (out.isEmpty() && em.find(entity, id) == null) {
            // no revision and no row: the record never existed (a seeded row has no revision yet, but exists)
            throw Problems.notFound(entity.getSimpleName(), id);
        }
        return out;
    }
}
