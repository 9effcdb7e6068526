package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.api.UnitView;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Who a unit wording reaches: a collective (各市州人民政府 …) expands to its members, any other unit is itself. */
@ApplicationScoped
public class UnitScope {
    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<String> members(Unit u) {
        if (u.kind != UnitKind.COLLECTIVE) {
            return List.of();
        }
        return em.createNativeQuery("""
                select m.name from collective_member cm join unit m on m.id = cm.member_id
                where cm.collective_id = ?1 order by m.id""").setParameter(1, u.id).getResultList();
    }

    public String basis(Unit u) {
        if (u.kind != UnitKind.COLLECTIVE) {
            return null;
        }
        List<?> b = em.createNativeQuery("select min(basis) from collective_member where collective_id = ?1")
                .setParameter(1, u.id).getResultList();
        return b.isEmpty() ? null : (String) b.get(0);
    }

    public UnitView view(Unit u) {
        return new UnitView(u.id, u.name, u.kind, u.prefecture, members(u), basis(u), u.version);
    }

    /** True if the unit leads or shares the task, directly or through a collective. */
    public boolean inScope(long taskId, long unitId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from task_unit_scope where task_id = ?1 and unit_id = ?2")
                .setParameter(1, taskId).setParameter(2, unitId).getSingleResult()).longValue() > 0;
    }
}
