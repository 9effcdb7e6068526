package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.rows.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small SQL read models of a fair: its data-quality counts and the records its audit trails cover. */
@ApplicationScoped
public class FairReadModel {
    @Inject
    EntityManager em;

    /** One audited record and the key it is shown under (a target's due date, a figure's key). */
    public record AuditedRecord(long id, String key) {
    }

    /** flag → number of the fair's projects carrying it, by flag. */
    @Transactional
    public Map<String, Long> dataQuality(long fairId) {
        Map<String, Long> out = new LinkedHashMap<>();
        Rows.map(em.createNativeQuery("""
                select f as flag, count(*) as n from project, unnest(quality_flags) f
                where fair_id = ?1 group by f order by f""", Tuple.class).setParameter(1, fairId),
                t -> Map.entry(Rows.text(t, "flag"), Rows.count(t, "n")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Every milestone target the fair ever had, removed ones included, by due date (at most 100). */
    @Transactional
    public List<AuditedRecord> milestoneTargetsEver(long fairId) {
        return Rows.map(em.createNativeQuery("""
                select id, cast(max(due_date) as varchar) as k from milestone_target_aud
                where id in (select id from milestone_target_aud where fair_id = ?1)
                group by id order by k, id""", Tuple.class).setParameter(1, fairId).setMaxResults(100),
                t -> new AuditedRecord(Rows.count(t, "id"), Rows.text(t, "k")));
    }

    /** Every headline figure the fair ever had, removed ones included, by key (at most 100). */
    @Transactional
    public List<AuditedRecord> headlineFiguresEver(long fairId) {
        return Rows.map(em.createNativeQuery("""
                select id, max(key) as k from headline_figure_aud
                where id in (select id from headline_figure_aud where fair_id = ?1)
                group by id order by k, id""", Tuple.class).setParameter(1, fairId).setMaxResults(100),
                t -> new AuditedRecord(Rows.count(t, "id"), Rows.text(t, "k")));
    }
}
