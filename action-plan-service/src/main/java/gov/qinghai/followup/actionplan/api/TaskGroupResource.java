package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.TaskGroup;
import gov.qinghai.followup.actionplan.service.TaskGroupUpdate;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/task-groups")
@Tag(name = "Task groups", description = "The four groups of 135号 二、目标任务")
public class TaskGroupResource {
    @Inject
    gov.qinghai.followup.actionplan.service.CorrectionService corrections;
    @Inject
    AuditTrail audit;
    @Inject
    gov.qinghai.followup.actionplan.service.Catalogue catalogue;

    @GET
    @Authenticated
    @Operation(operationId = "listTaskGroups", summary = "任务组列表 · List the task groups", description = "一 找准发力点 (1–13), 二 找准创新点 (14–20), "
            + "三 找准主攻点 (21–38), 四 找准突破点 (39–50); paged.")
    public Page<TaskGroupView> list(@Valid @BeanParam PageQuery page) {
        return Page.of(catalogue.taskGroups(), page, TaskGroupView::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getTaskGroup", summary = "查看一个任务组 · Get one task group")
    public TaskGroupView get(@PathParam("id") long id) {
        return TaskGroupView.of(catalogue.taskGroup(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateTaskGroup", summary = "更正任务组名称或标题 · Correct a group's name or heading", description = "Send the version you read; a stale "
            + "version gets 409.")
    public TaskGroupView update(@PathParam("id") long id, @Valid @NotNull TaskGroupUpdate body) {
        corrections.updateGroup(id, body);
        return TaskGroupView.of(catalogue.taskGroup(id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getTaskGroupHistory", summary = "任务组的审计记录 · Audit trail of one group", description = "Who changed what and when, before and after.")
    public List<AuditEntry> history(@PathParam("id") long id) {
        catalogue.taskGroup(id);
        return audit.history(TaskGroup.class, id);
    }
}
