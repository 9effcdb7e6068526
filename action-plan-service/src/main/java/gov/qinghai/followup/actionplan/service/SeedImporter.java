package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.Comparator;
import gov.qinghai.followup.actionplan.domain.FigureRule;
import gov.qinghai.followup.actionplan.domain.Indicator;
import gov.qinghai.followup.actionplan.domain.LinkedSource;
import gov.qinghai.followup.actionplan.domain.Safeguard;
import gov.qinghai.followup.actionplan.domain.SeedNote;
import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.domain.TaskGroup;
import gov.qinghai.followup.actionplan.domain.TaskRole;
import gov.qinghai.followup.actionplan.domain.TaskUnit;
import gov.qinghai.followup.actionplan.domain.TaskUnitMember;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads seed/*.csv (written by scripts/parse_tasks.py from the gazette) on first start, and on every start tops up
 * what later migrations added to a database seeded before them (task deadlines, per-task members of 相关…
 * collectives, notes). Idempotent and safe with replicas: an advisory lock serialises starters.
 */
@ApplicationScoped
public class SeedImporter {
    private static final Logger LOG = Logger.getLogger(SeedImporter.class);
    private static final long LOCK_135 = 135_2017L;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent ev) {
        importMissing();
    }

    @Transactional
    public void importMissing() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_135).getSingleResult();
        if (Task.count() == 0) {
            importAll();
        }
        topUpTaskDeadlines();
        topUpTaskMembers();
        topUpNotes();
    }

    private void importAll() {
        Map<String, Unit> units = new HashMap<>();
        for (Map<String, String> r : Csv.read("seed/units.csv")) {
            Unit u = new Unit();
            u.name = r.get("name");
            u.kind = UnitKind.valueOf(r.get("kind"));
            u.prefecture = blankToNull(r.get("prefecture"));
            u.persist();
            units.put(u.name, u);
        }
        em.flush();
        for (Map<String, String> r : Csv.read("seed/collectives.csv")) {
            em.createNativeQuery("insert into collective_member (collective_id, member_id, basis) values (?1, ?2, ?3)")
                    .setParameter(1, units.get(r.get("collective")).id)
                    .setParameter(2, require(units, r.get("member")).id)
                    .setParameter(3, r.get("basis"))
                    .executeUpdate();
        }
        Map<String, TaskGroup> groups = new HashMap<>();
        TaskGroup.<TaskGroup>listAll().forEach(g -> groups.put(g.numeral, g));
        Map<Integer, Task> tasks = new HashMap<>();
        for (Map<String, String> r : Csv.read("seed/tasks.csv")) {
            Task t = new Task();
            t.number = Integer.parseInt(r.get("number"));
            t.group = groups.get(r.get("group_numeral"));
            t.text = r.get("text");
            t.leadWording = blankToNull(r.get("lead_wording"));
            t.responsibleWording = blankToNull(r.get("responsible_wording"));
            t.persist();
            tasks.put(t.number, t);
        }
        List<Map<String, String>> taskUnits = Csv.read("seed/task_units.csv");
        for (Map<String, String> r : taskUnits) {
            TaskUnit tu = new TaskUnit();
            tu.task = tasks.get(Integer.parseInt(r.get("task_number")));
            tu.role = TaskRole.valueOf(r.get("role"));
            tu.position = Integer.parseInt(r.get("position"));
            tu.wording = r.get("wording");
            tu.unit = require(units, r.get("unit"));
            tu.followedByEtc = Boolean.parseBoolean(r.get("followed_by_etc"));
            tu.persist();
        }
        List<Map<String, String>> indicators = Csv.read("seed/indicators.csv");
        for (Map<String, String> r : indicators) {
            Indicator i = new Indicator();
            i.task = tasks.get(Integer.parseInt(r.get("task_number")));
            i.code = r.get("code");
            i.name = r.get("name");
            i.unit = r.get("unit");
            i.comparator = Comparator.valueOf(r.get("comparator"));
            i.target = new BigDecimal(r.get("target"));
            i.deadline = LocalDate.parse(r.get("deadline"));
            i.deadlineBasis = r.get("deadline_basis");
            i.sourcePhrase = r.get("source_phrase");
            i.linkedSource = r.get("linked_source").isBlank() ? null : LinkedSource.valueOf(r.get("linked_source"));
            i.linkedKey = blankToNull(r.get("linked_key"));
            i.figureRule = FigureRule.valueOf(r.get("figure_rule"));
            i.figureRuleBasis = blankToNull(r.get("figure_rule_basis"));
            i.persist();
        }
        for (Map<String, String> r : Csv.read("seed/safeguards.csv")) {
            Safeguard s = new Safeguard();
            s.position = Integer.parseInt(r.get("position"));
            s.ordinal = r.get("ordinal");
            s.title = r.get("title");
            s.text = r.get("text");
            s.persist();
        }
        LOG.infof("seeded 135号: %d units, %d tasks, %d task units, %d indicators", units.size(), tasks.size(),
                taskUnits.size(), indicators.size());
    }

    /** 135号 二: each task's own deadline (V5), where not yet set. */
    private void topUpTaskDeadlines() {
        for (Map<String, String> r : Csv.read("seed/tasks.csv")) {
            Task t = Task.byNumber(Integer.parseInt(r.get("number"))).orElseThrow();
            if (t.deadline == null) {
                t.deadline = LocalDate.parse(r.get("deadline"));
                t.deadlineBasis = r.get("deadline_basis");
            }
        }
    }

    /** Who each 相关… collective reaches on its task (V6), once: afterwards admins keep them. */
    private void topUpTaskMembers() {
        if (TaskUnitMember.count() > 0) {
            return;
        }
        for (Map<String, String> r : Csv.read("seed/task_unit_members.csv")) {
            TaskUnit tu = TaskUnit.<TaskUnit>find("task.number = ?1 and role = ?2 and position = ?3",
                    Integer.parseInt(r.get("task_number")), TaskRole.valueOf(r.get("role")),
                    Integer.parseInt(r.get("position"))).firstResultOptional()
                    .filter(x -> x.unit.readPerTask())
                    .orElseThrow(() -> new IllegalStateException("seed names no 相关… task unit at " + r));
            TaskUnitMember m = new TaskUnitMember();
            m.taskUnitId = tu.id;
            m.memberId = Unit.byName(r.get("member")).orElseThrow(() -> new IllegalStateException(
                    "seed names unknown unit " + r.get("member"))).id;
            m.basis = r.get("basis");
            m.persist();
        }
    }

    private void topUpNotes() {
        for (Map<String, String> r : Csv.read("seed/notes.csv")) {
            int task = Integer.parseInt(r.get("task_number"));
            if (SeedNote.count("taskNumber = ?1 and kind = ?2 and detail = ?3", task, r.get("kind"), r.get("detail")) == 0) {
                SeedNote n = new SeedNote();
                n.taskNumber = task;
                n.kind = r.get("kind");
                n.detail = r.get("detail");
                n.persist();
            }
        }
    }

    private static Unit require(Map<String, Unit> units, String name) {
        Unit u = units.get(name);
        if (u == null) {
            throw new IllegalStateException("seed names unknown unit " + name);
        }
        return u;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
