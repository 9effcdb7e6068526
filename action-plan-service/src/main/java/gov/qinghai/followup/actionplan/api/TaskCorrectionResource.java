package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.service.CompletionInput;
import gov.qinghai.followup.actionplan.service.Catalogue;
import gov.qinghai.followup.actionplan.service.CorrectionService;
import gov.qinghai.followup.actionplan.service.MembersUpdate;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Tasks")
public class TaskCorrectionResource {
    @Inject
    UnitScope scope;
    @Inject
    CorrectionService corrections;
    @Inject
    Catalogue catalogue;

    @PUT
    @Path("tasks/{number}/units/{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setTaskCollectiveMembers", summary = "设定本任务中“相关…”所指单位 · Set who a 相关… collective reaches on this task", description = "135号 writes 相关州人民政府, "
            + "相关市州人民政府 … on many tasks, meaning different units on each. The seed takes the units the task's text "
            + "names, else the broadest reading (noted); an admin narrows or corrects it here. My tasks, reminders and "
            + "reporting rights follow at once; the task keeps the notice's wording. Send the version of the task unit "
            + "you read; a stale one gets 409.")
    public TaskUnitView members(@PathParam("number") int number, @PathParam("id") long id,
                                @Valid @NotNull MembersUpdate body) {
        corrections.setTaskUnitMembers(number, id, body);
        return TaskUnitView.of(catalogue.taskUnit(number, id), scope);
    }

    @PUT
    @Path("tasks/{number}/completion")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "confirmTaskCompletion", summary = "确认无指标任务已完成 · Confirm that a task without indicators is done", description = "The 督查室 (135号 三、(三)) "
            + "records the day it found the task done and the evidence; the task's status becomes MET from that day. "
            + "A task with indicators is judged by them (422). Correct a confirmation by sending it again with the "
            + "task's version; a stale one gets 409. Audited at /tasks/{number}/history.")
    public TaskView complete(@PathParam("number") int number, @Valid @NotNull CompletionInput body) {
        corrections.complete(number, body);
        return TaskView.of(catalogue.task(number), scope, catalogue.notesOf(number));
    }
}
