package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.TaskRole;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;

/** The tasks a unit leads or shares (135号 二), directly or through a collective, read from task_unit_scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitTasks {
    private static final String FROM = """
            from task_unit_scope s join task t on t.id = s.task_id join task_group g on g.id = t.group_id
            left join unit v on v.id = s.via_collective_id where s.unit_id = ?1""";
    @Inject
    EntityManager em;

    /** One task of a unit: via, the collective wording that reaches it (null when named directly). */
    public record UnitTask(int taskNumber, String groupNumeral, TaskRole role, String via, boolean owesReport,
                           String text) {
    }

    /** A page of them, with the total. */
    public record Slice(List<UnitTask> items, long total) {
    }

    /** The unit's tasks by number, role and collective; 404 for no unit of that name or spelling. */
    public Slice of(String unitName, int limit, long offset) {
        Unit u = Unit.byName(unitName).orElseThrow(() -> Problems.notFound("unit", unitName));
        long total = ((Number) em.createNativeQuery("select count(*) " + FROM).setParameter(1, u.id)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select t.number as number, g.numeral as numeral, s.role as role, v.name as via,
                       exists (select 1 from reporting_duty d where d.task_id = t.id and d.unit_id = s.unit_id)
                           as owes_report,
                       t.text as text
                """ + FROM + " order by t.number, s.role, v.name limit ?2 offset ?3", Tuple.class)
                .setParameter(1, u.id).setParameter(2, limit).setParameter(3, offset).getResultList();
        return new Slice(rows.stream().map(r -> new UnitTask(r.get("number", Number.class).intValue(),
                r.get("numeral", String.class), TaskRole.valueOf(r.get("role", String.class)),
                r.get("via", String.class), Boolean.TRUE.equals(r.get("owes_report", Boolean.class)),
                r.get("text", String.class))).toList(), total);
    }
}
