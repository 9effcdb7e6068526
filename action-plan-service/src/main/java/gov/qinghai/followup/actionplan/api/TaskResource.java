package gov.qinghai.followup.actionplan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.service.Catalogue;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Tasks", description = "The 50 tasks of 135号 with their 牵头单位, 责任单位 and indicators")
public class TaskResource {
    /** The numerals of 135号's four task groups. */
    static final String GROUP = "[一二三四]";
    @Inject
    UnitScope scope;
    @Inject
    Catalogue catalogue;
    @Inject
    AuditTrail audit;

    @GET
    @Path("tasks")
    @Authenticated
    @Operation(operationId = "listTasks", summary = "任务列表 · List tasks", description = "Paged, by number, with each task's deadline; filter by group "
            + "numeral (一…四), by a unit that leads or shares the task (directly or through a collective; the "
            + "notice's own spelling such as 西宁市人民政府 is accepted), and by a keyword in the task's text or unit "
            + "wording. The same filters on /task-status give each task's status.")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    @APIResponse(responseCode = "404", description = "No unit of that name or spelling")
    public Page<TaskSummaryView> list(@Valid @BeanParam PageQuery page,
                                      @Parameter(example = "三", schema = @Schema(type = SchemaType.STRING,
                                              pattern = GROUP)) @QueryParam("group") String group,
                                      @Parameter(example = "西宁市人民政府") @QueryParam("unit") @Size(max = 100) String unit,
                                      @Parameter(example = "煤炭") @QueryParam("q") @Size(max = 100) String keyword) {
        // the four groups of 135号 (一…四): a problem in the request's language, not a bean-validation message
        if (group != null && !group.matches(GROUP)) {
            throw Problems.badRequest("group", Detail.of("ap.tasks.group", "group must be one of 一, 二, 三, 四"));
        }
        return Page.of(catalogue.tasks(group, unit, keyword), page, TaskSummaryView::of);
    }

    @GET
    @Path("tasks/{number}")
    @Authenticated
    @Operation(operationId = "getTask", summary = "查看一项任务 · Get one task", description = "Full text, units in the notice's order (collectives with "
            + "the units they reach), indicators and notes on the notice's text.")
    public TaskView get(@PathParam("number") int number) {
        return TaskView.of(catalogue.task(number), scope, catalogue.notesOf(number));
    }

    @GET
    @Path("tasks/{number}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getTaskHistory", summary = "任务的审计记录 · Audit trail of one task", description = "Completions confirmed by the 督查室 and any other "
            + "change, with who, when, before and after.")
    public List<AuditEntry> history(@PathParam("number") int number) {
        return audit.history(Task.class, catalogue.taskId(number));
    }
}
