package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import gov.qinghai.followup.common.problem.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a unit wording reaches: 各… collectives their one member list, 相关… collectives the members read for the task
 * (135号 writes 相关州人民政府 on tasks 2, 3, 4 … meaning different 州 on each), any other unit itself.
 */
@ApplicationScoped
public class UnitScope {
    static final String PER_TASK = "read per task: see each task's units";
    @Inject
    EntityManager em;

    /** The members of a collective's one list; empty for a unit and for a 相关… collective (read per task). */
    public List<String> members(Unit u) {
        if (u.kind != UnitKind.COLLECTIVE || u.readPerTask()) {
            return List.of();
        }
        return names("""
                select m.name from collective_member cm join unit m on m.id = cm.member_id
                where cm.collective_id = ?1 order by m.id""", u.id);
    }

    /** The units a task's collective wording reaches on that task. */
    public List<String> members(TaskUnit tu) {
        if (!tu.unit.readPerTask()) {
            return members(tu.unit);
        }
        return names("""
                select m.name from task_unit_member tm join unit m on m.id = tm.member_id
                where tm.task_unit_id = ?1 order by m.id""", tu.id);
    }

    /** A 相关… collective on a task line: its members are set for this task alone (TaskUnitMember). */
    public boolean readPerTask(TaskUnit tu) {
        return tu.unit.readPerTask();
    }

    public String basis(Unit u) {
        if (u.kind != UnitKind.COLLECTIVE) {
            return null;
        }
        return u.readPerTask() ? PER_TASK
                : first("select min(basis) from collective_member where collective_id = ?1", u.id);
    }

    public String basis(TaskUnit tu) {
        return tu.unit.readPerTask()
                ? first("select min(basis) from task_unit_member where task_unit_id = ?1", tu.id) : basis(tu.unit);
    }

    /**
     * The units an admin names as a collective's members, each known, of the kind the collective reaches (市州
     * governments, or provincial departments for 省政府…委、办、厅、局) and named once; 422 naming the entry otherwise.
     */
    public List<Unit> resolveMembers(Unit collective, List<String> names) {
        List<Unit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String field = "members[" + i + "]";
            Unit m = Unit.byName(name).orElseThrow(() -> Problems.unprocessable(field, Detail.of("ap.unit.unknown",
                    "unknown unit {0}", name)));
            if (m.kind != collective.memberKind()) {
                throw Problems.unprocessable(field, Detail.of("ap.collective.member-kind",
                        "{0} reaches units of kind {1}; {2} is {3}",
                        collective.name, collective.memberKind(), name, m.kind));
            }
            if (!seen.add(name)) {
                throw Problems.unprocessable(field, Detail.of("ap.given-twice", "{0} given twice", name));
            }
            out.add(m);
        }
        return out;
    }

    /** True if the unit leads or shares the task, directly or through a collective. */
    public boolean inScope(long taskId, long unitId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from task_unit_scope where task_id = ?1 and unit_id = ?2")
                .setParameter(1, taskId).setParameter(2, unitId).getSingleResult()).longValue() > 0;
    }

    /** The tasks a unit leads or shares, directly or through a collective (never empty: -1 stands for none). */
    @SuppressWarnings("unchecked")
    public List<Long> taskIds(Unit u) {
        List<Long> ids = ((List<Number>) em.createNativeQuery(
                "select distinct task_id from task_unit_scope where unit_id = ?1").setParameter(1, u.id)
                .getResultList()).stream().map(Number::longValue).collect(java.util.stream.Collectors.toList());
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String sql, long id) {
        return em.createNativeQuery(sql).setParameter(1, id).getResultList();
    }

    private String first(String sql, long id) {
        List<?> b = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return b.isEmpty() ? null : (String) b.get(0);
    }
}
