package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.TaskRole;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/my-tasks")
@Tag(name = "My tasks", description = "The tasks a unit leads or shares, directly or through a collective")
public class MyTasksResource {
    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;

    @Schema(name = "MyTask")
    public record MyTaskView(@Schema(example = "29") int taskNumber, @Schema(example = "三") String groupNumeral,
                             @Schema(example = "RESPONSIBLE") TaskRole role,
                             @Schema(example = "各市州人民政府", description = "the collective wording that reaches the unit; "
                                     + "null when named directly") String via,
                             @Schema(example = "false", description = "the unit owes the monthly report of this task")
                             boolean owesReport,
                             @Schema(example = "抓好医药卫生体制改革，……") String text) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "listUnitTasks", summary = "本单位的任务 · Tasks of a unit", description = "A reporter sees its own unit's; others pass ?unit=.")
    @SuppressWarnings("unchecked")
    public Page<MyTaskView> mine(@Valid @BeanParam PageQuery page,
                                 @Parameter(example = "西宁市政府") @QueryParam("unit") String unitName) {
        String name = unitName;
        if (user.has(Roles.REPORTER) && !user.has(Roles.ADMIN) && !user.has(Roles.SUPERVISOR)) {
            String own = user.unit().orElseThrow(() -> Problems.forbidden("token has no 'unit' claim"));
            if (name != null && !name.equals(own)) {
                throw Problems.forbidden("a reporter sees only its own unit's tasks");
            }
            name = own;
        }
        if (name == null) {
            throw Problems.badRequest("unit", "unit is required");
        }
        String unit = name;
        Unit u = Unit.byName(unit).orElseThrow(() -> Problems.notFound("unit", unit));
        String from = """
                from task_unit_scope s join task t on t.id = s.task_id join task_group g on g.id = t.group_id
                left join unit v on v.id = s.via_collective_id where s.unit_id = ?1""";
        long total = ((Number) em.createNativeQuery("select count(*) " + from).setParameter(1, u.id)
                .getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                select t.number, g.numeral, s.role, v.name,
                       exists (select 1 from reporting_duty d where d.task_id = t.id and d.unit_id = s.unit_id), t.text
                """ + from + " order by t.number, s.role, v.name limit ?2 offset ?3")
                .setParameter(1, u.id).setParameter(2, page.size).setParameter(3, page.offset()).getResultList();
        return Page.of(rows.stream().map(r -> new MyTaskView(((Number) r[0]).intValue(), (String) r[1],
                TaskRole.valueOf((String) r[2]), (String) r[3], (Boolean) r[4], (String) r[5])).toList(), page, total);
    }
}
