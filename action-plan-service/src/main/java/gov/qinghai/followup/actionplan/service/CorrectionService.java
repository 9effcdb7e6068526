package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.CollectiveMember;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskGroup;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.domain.TaskUnitMember;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An admin's or the 督查室's corrections of what the seed read from the notice: a group's wording, who a collective
 * reaches (on every task, or on one task for 相关…), and the confirmation that a task without indicators is done
 * (135号 三、(三)). One transaction each, on the version the caller read (409 when stale); the resource answers with
 * the record read afresh.
 */
@ApplicationScoped
public class CorrectionService {
    @Inject
    Clock clock;
    @Inject
    UnitScope scope;
    @Inject
    CurrentUser user;
    @Inject
    EntityManager em;
    @Inject
    StatusService status;
    @Inject
    StatusChanges changes;

    @Transactional
    public void updateGroup(long id, TaskGroupUpdate body) {
        TaskGroup group = TaskGroup.<TaskGroup>findByIdOptional(id).orElseThrow(() -> Problems.notFound("task group", id));
        if (group.version != body.version()) {
            throw Problems.staleVersion("task group " + id, body.version(), group.version);
        }
        group.name = body.name();
        group.heading = body.heading();
        TaskGroup.flush();
    }

    /** The one member list of a 各… collective, on every task that names it. */
    @Transactional
    public void setCollectiveMembers(long id, MembersUpdate body) {
        Unit collective = Unit.<Unit>findByIdOptional(id).orElseThrow(() -> Problems.notFound("unit", id));
        if (collective.kind != UnitKind.COLLECTIVE) {
            throw Problems.unprocessable("members", Detail.of("ap.collective.not-collective", "{0} is not a collective",
                    collective.name));
        }
        if (collective.readPerTask()) {
            throw Problems.unprocessable("members", Detail.of("ap.collective.per-task", "{0} means different units on "
                    + "each task: set them with PUT /api/v1/tasks/{number}/units/{id}/members", collective.name));
        }
        if (collective.version != body.version()) {
            throw Problems.staleVersion("unit " + id, body.version(), collective.version);
        }
        List<Unit> members = scope.resolveMembers(collective, body.members());
        CollectiveMember.<CollectiveMember>list("collectiveId", collective.id).forEach(CollectiveMember::delete);
        CollectiveMember.flush();
        for (Unit m : members) {
            CollectiveMember cm = new CollectiveMember();
            cm.collectiveId = collective.id;
            cm.memberId = m.id;
            cm.basis = body.basis();
            cm.persist();
        }
        // increment now, so the answer carries the new version
        em.lock(collective, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        CollectiveMember.flush();
    }

    /** Who a 相关… collective reaches on one task. */
    @Transactional
    public void setTaskUnitMembers(int number, long id, MembersUpdate body) {
        Task task = Task.byNumber(number).orElseThrow(() -> Problems.notFound("task", number));
        TaskUnit tu = task.units.stream().filter(u -> u.id == id).findFirst()
                .orElseThrow(() -> Problems.notFound("unit line", id));
        if (!tu.unit.readPerTask()) {
            throw Problems.unprocessable("id", tu.unit.kind == UnitKind.COLLECTIVE
                    ? Detail.of("ap.task-unit.same-on-every-task", "{0} is not a 相关… collective: it reaches the "
                    + "same units on every task (correct it with PUT /api/v1/units/{1}/members)", tu.wording,
                    tu.unit.id)
                    : Detail.of("ap.task-unit.not-a-collective", "{0} is not a 相关… collective: it reaches the same "
                    + "units on every task", tu.wording));
        }
        if (tu.version != body.version()) {
            throw Problems.staleVersion("unit line " + id, body.version(), tu.version);
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
    }

    /** The 督查室 confirms a task without indicators done on a day, between the notice's issue and today. */
    @Transactional
    public void complete(int number, CompletionInput body) {
        Task task = Task.byNumber(number).orElseThrow(() -> Problems.notFound("task", number));
        if (!task.indicators.isEmpty()) {
            throw Problems.unprocessable("number", Detail.of("ap.task.has-indicators",
                    "task {0} has indicators: its status follows them", number));
        }
        if (task.version != body.version()) {
            throw Problems.staleVersion("task " + number, body.version(), task.version);
        }
        if (body.completedOn().isBefore(ReportingCalendar.ISSUED) || body.completedOn().isAfter(LocalDate.now(clock))) {
            throw Problems.unprocessable("completedOn", Detail.of("ap.task.completed-on",
                    "completedOn must lie between the notice's issue ({0}) and today", ReportingCalendar.ISSUED));
        }
        LocalDate today = LocalDate.now(clock);
        TaskStatus before = statusToday(number, today);
        task.completedOn = body.completedOn();
        task.completionBasis = body.basis();
        task.completionConfirmedBy = user.name();
        Task.flush();
        changes.record(StatusChanges.completion(task, today, before, statusToday(number, today)));
    }

    /** The task's status today as this transaction sees it (a task without indicators: no peer figure counts). */
    private TaskStatus statusToday(int number, LocalDate today) {
        return status.all(today, Map.of()).get(number).verdict().status();
    }
}
