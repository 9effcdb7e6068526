package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.TaskRole;
import gov.qinghai.followup.actionplan.service.OwnUnit;
import gov.qinghai.followup.actionplan.service.UnitTasks;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/my-tasks")
@Tag(name = "My tasks", description = "The tasks a unit leads or shares, directly or through a collective")
public class MyTasksResource {
    @Inject
    UnitTasks unitTasks;
    @Inject
    OwnUnit own;

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
    public Page<MyTaskView> mine(@Valid @BeanParam PageQuery page,
                                 @Parameter(example = "西宁市政府") @QueryParam("unit") String unitName) {
        String name = own.readable(unitName, Detail.of("ap.records.tasks", "tasks"));
        if (name == null) {
            throw Problems.badRequest("unit", Detail.of("ap.unit.required", "unit is required"));
        }
        UnitTasks.Slice tasks = unitTasks.of(name, page.size, page.offset());
        return Page.of(tasks.items().stream().map(t -> new MyTaskView(t.taskNumber(), t.groupNumeral(), t.role(),
                t.via(), t.owesReport(), t.text())).toList(), page, tasks.total());
    }
}
