package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.service.StatusService.MissingReports;
import gov.qinghai.followup.actionplan.service.StatusService.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units that lag (135号 三、(三): 对行动不坚决、落实不得力、整改不到位的，及时约谈): overdue tasks and indicators
 * behind target on tasks they owe reports for, and missing monthly reports, with the evidence. Severity weighs
 * an overdue task 3, a task at risk on its indicators 2, a 整改 past its deadline and not reported done 2 (整改不到位),
 * a missing report 1. Withdrawn findings and 督查 do not count.
 */
@ApplicationScoped
public class LaggingService {
    @Inject
    StatusService status;
    @Inject
    SupervisionService supervisions;

    public record LaggingUnit(String unit, int severity, int overdueTasks, int tasksBehindTarget, int missingReports,
                              int overdueRectifications, List<String> evidence) {
    }

    @Transactional
    public List<LaggingUnit> lagging(LocalDate asOf, Map<String, LinkedFigures> linked) {
        Map<Integer, TaskState> states = status.all(asOf, linked);
        Map<Long, List<String>> dutyUnits = new HashMap<>();
        Map<String, Acc> byUnit = new HashMap<>();
        for (jakarta.persistence.Tuple r : status.rows("""
                select d.task_id as task_id, u.name as unit from reporting_duty d join unit u on u.id = d.unit_id""")) {
            dutyUnits.computeIfAbsent(r.get("task_id", Number.class).longValue(), k -> new ArrayList<>())
                    .add(r.get("unit", String.class));
        }
        for (TaskState s : states.values()) {
            boolean overdue = s.verdict().status() == TaskStatus.OVERDUE;
            boolean behind = s.verdict().status() == TaskStatus.AT_RISK
                    && s.verdict().reasons().stream().anyMatch(x -> x.contains("behind the pace"));
            if (!overdue && !behind) {
                continue;
            }
            for (String unit : dutyUnits.getOrDefault(s.taskId(), List.of())) {
                Acc a = byUnit.computeIfAbsent(unit, k -> new Acc());
                if (overdue) {
                    a.overdue++;
                } else {
                    a.behind++;
                }
                // missing months are listed per unit below; keep the rest (deadlines, pace, the offensive's end)
                s.verdict().reasons().stream().filter(x -> !x.endsWith("monthly report(s) missing"))
                        .forEach(x -> a.evidence.add("task " + s.number() + " " + s.verdict().status() + ": " + x));
            }
        }
        for (MissingReports m : states.values().stream().flatMap(s -> s.missing().stream()).toList()) {
            Acc a = byUnit.computeIfAbsent(m.unitName(), k -> new Acc());
            a.missing += m.periods().size();
            a.evidence.add("task " + m.taskNumber() + ": report missing for " + String.join(", ", m.periods()));
        }
        for (SupervisionService.OverdueRectification r : supervisions.overdueRectifications(asOf)) {
            Acc a = byUnit.computeIfAbsent(r.unit(), k -> new Acc());
            a.rectifications++;
            a.evidence.add("finding " + r.findingId() + " of the 督查 of " + r.supervisionHeldOn() + " ("
                    + r.supervisionTitle() + (r.taskNumber() == null ? "" : ", task " + r.taskNumber())
                    + "): 整改 due " + r.deadline() + ", " + r.state());
        }
        return byUnit.entrySet().stream()
                .map(e -> new LaggingUnit(e.getKey(), 3 * e.getValue().overdue + 2 * e.getValue().behind
                        + 2 * e.getValue().rectifications + e.getValue().missing, e.getValue().overdue,
                        e.getValue().behind, e.getValue().missing, e.getValue().rectifications, e.getValue().evidence))
                .sorted(Comparator.comparingInt(LaggingUnit::severity).reversed().thenComparing(LaggingUnit::unit))
                .toList();
    }

    private static final class Acc {
        int overdue;
        int behind;
        int missing;
        int rectifications;
        final List<String> evidence = new ArrayList<>();
    }
}
