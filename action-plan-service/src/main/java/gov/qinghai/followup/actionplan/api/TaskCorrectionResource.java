package gov.qinghai.followup.actionplan.api;

import java.time.Clock;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.domain.TaskUnitMember;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Tasks")
public class TaskCorrectionResource {
    @Inject
    Clock clock;
    @Inject
    UnitScope scope;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;

    @PUT
    @Path("tasks/{number}/units/{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "setTaskCollectiveMembers", summary = "设定本任务中“相关…”所指单位 · Set who a 相关… collective reaches on this task", description = "135号 writes 相关州人民政府, "
            + "相关市州人民政府 … on many tasks, meaning different units on each. The seed takes the units the task's text "
            + "names, else the broadest reading (noted); an admin narrows or corrects it here. My tasks, reminders and "
            + "reporting rights follow at once; the task keeps the notice's wording. Send the version of the task unit "
            + "you read; a stale one gets 409.")
    public TaskUnitView members(@PathParam("number") int number, @PathParam("id") long id,
                                @Valid @NotNull MembersUpdate body) {
        Task task = TaskResource.find(number);
        TaskUnit tu = task.units.stream().filter(u -> u.id == id).findFirst()
                .orElseThrow(() -> Problems.notFound("unit line " + id + " of task", number));
        if (!tu.unit.readPerTask()) {
            throw Problems.unprocessable("id", tu.wording + " is not a 相关… collective: it reaches the same units on "
                    + "every task" + (tu.unit.kind == UnitKind.COLLECTIVE
                    ? " (correct it with PUT /api/v1/units/" + tu.unit.id + "/members)" : ""));
        }
        if (tu.version != body.version()) {
            throw Problems.staleVersion("unit line " + id + " of task " + number, body.version(), tu.version);
        }
        List<Unit> members = scope.resolveMembers(tu.unit, body.members());
        TaskUnitMember.<TaskUnitMember>list("taskUnitId", tu.id).forEach(TaskUnitMember::delete);
        TaskUnitMember.flush();
        for (Unit m : members) {
            TaskUnitMember tm = new TaskUnitMember();
            tm.taskUnitId = tu.id;
            tm.memberId = m.id;
            tm.basis = body.basis();
            tm.persist();
        }
        em.lock(tu, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // the answer carries the new version
        TaskUnitMember.flush();
        return TaskUnitView.of(tu, scope.members(tu), scope.basis(tu));
    }

    @PUT
    @Path("tasks/{number}/completion")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Transactional
    @Operation(operationId = "confirmTaskCompletion", summary = "确认无指标任务已完成 · Confirm that a task without indicators is done", description = "The 督查室 (135号 三、(三)) "
            + "records the day it found the task done and the evidence; the task's status becomes MET from that day. "
            + "A task with indicators is judged by them (422). Correct a confirmation by sending it again with the "
            + "task's version; a stale one gets 409. Audited at /tasks/{number}/history.")
    public TaskView complete(@PathParam("number") int number, @Valid @NotNull CompletionInput body) {
        Task task = TaskResource.find(number);
        if (!task.indicators.isEmpty()) {
            throw Problems.unprocessable("number", "task " + number + " has indicators: its status follows them");
        }
        if (task.version != body.version()) {
            throw Problems.staleVersion("task " + number, body.version(), task.version);
        }
        if (body.completedOn().isBefore(ReportingCalendar.ISSUED) || body.completedOn().isAfter(LocalDate.now(clock))) {
            throw Problems.unprocessable("completedOn", "completedOn must lie between the notice's issue ("
                    + ReportingCalendar.ISSUED + ") and today");
        }
        task.completedOn = body.completedOn();
        task.completionBasis = body.basis();
        task.completionConfirmedBy = user.name();
        Task.flush();
        return TaskView.of(task, scope);
    }
}
