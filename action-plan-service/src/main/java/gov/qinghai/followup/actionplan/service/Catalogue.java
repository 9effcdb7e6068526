package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.Safeguard;
import gov.qinghai.followup.actionplan.domain.SeedNote;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskGroup;
import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reads of 135号 as seeded and corrected: its 50 tasks in four groups, the units and collectives they name, the
 * safeguards section and the notes on the notice's text. The resources page and map what these return.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {
    @Inject
    UnitScope scope;

    /**
     * Tasks by number: of a group (一…四), of a unit that leads or shares them (directly or through a collective,
     * under the notice's own spellings: 404 for no such unit) and with a keyword in the text or unit wording.
     */
    public PanacheQuery<Task> tasks(String group, String unit, String keyword) {
        Where w = new Where().equal("group.numeral", "g", group);
        if (unit != null) {
            w.and("id in (:ids)", "ids", scope.taskIds(unitNamed(unit)));
        }
        if (keyword != null && !keyword.isBlank()) {
            // literal text: % and _ match themselves
            w.and("(locate(:k, text) > 0 or locate(:k, coalesce(leadWording, '')) > 0"
                    + " or locate(:k, coalesce(responsibleWording, '')) > 0)", "k", keyword.strip());
        }
        return Task.find(w.query(), Sort.by("number"), w.params());
    }

    /** The task of 135号 with this number; 404 otherwise. */
    public Task task(int number) {
        return Task.byNumber(number).orElseThrow(() -> Problems.notFound("task", number));
    }

    /** The id of a task, read in a transaction of its own (the audit trail reads its revisions after it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long taskId(int number) {
        return task(number).id;
    }

    /** One unit line of a task (the line a 相关… collective's members are set on). */
    public TaskUnit taskUnit(int number, long id) {
        return task(number).units.stream().filter(u -> u.id == id).findFirst()
                .orElseThrow(() -> Problems.notFound("task unit", id));
    }

    /** What the notice's text leaves open or gets wrong for a task, as the parser found it. */
    public List<SeedNote> notesOf(int taskNumber) {
        return SeedNote.list("taskNumber", Sort.by("id"), taskNumber);
    }

    public PanacheQuery<SeedNote> notes() {
        return SeedNote.findAll(Sort.by("taskNumber").and("id"));
    }

    public PanacheQuery<Safeguard> safeguards() {
        return Safeguard.findAll(Sort.by("position"));
    }

    public PanacheQuery<TaskGroup> taskGroups() {
        return TaskGroup.findAll(Sort.by("firstTask"));
    }

    public TaskGroup taskGroup(long id) {
        return TaskGroup.<TaskGroup>findByIdOptional(id).orElseThrow(() -> Problems.notFound("task group", id));
    }

    /** Units by kind and name, of one kind when given. */
    public PanacheQuery<Unit> units(UnitKind kind) {
        Where w = new Where().equal("kind", "kind", kind);
        return Unit.find(w.query(), Sort.by("kind").and("name"), w.params());
    }

    public Unit unit(long id) {
        return Unit.<Unit>findByIdOptional(id).orElseThrow(() -> Problems.notFound("unit", id));
    }

    /** A unit by its name or a spelling the notice uses for it; 404 otherwise. */
    public Unit unitNamed(String name) {
        return Unit.byName(name).orElseThrow(() -> Problems.notFound("unit", name));
    }
}
