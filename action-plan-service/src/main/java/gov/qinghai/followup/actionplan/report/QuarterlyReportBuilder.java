package gov.qinghai.followup.actionplan.report;

import java.time.Clock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.actionplan.domain.Numbers;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Actual;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.service.LaggingService;
import gov.qinghai.followup.actionplan.service.StatusService;
import gov.qinghai.followup.actionplan.service.StatusService.TaskState;
import gov.qinghai.followup.common.jobs.JobMetrics;
import gov.qinghai.followup.common.reports.NewVersion;
import gov.qinghai.followup.common.reports.PeriodReportStore;
import gov.qinghai.followup.common.reports.PeriodReportVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import gov.qinghai.followup.common.labels.Labels;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the quarterly report of the offensive (per group, task and unit; lagging units; 督查 findings). */
@ApplicationScoped
public class QuarterlyReportBuilder {
    @Inject
    Clock clock;
    @Inject
    StatusService status;
    @Inject
    LaggingService lagging;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    JobMetrics metrics;
    @Inject
    PeriodReportStore store;

    /** The kind of the shared period-report store (common.reports): /api/v1/period-reports/quarterly/{period}. */
    public static final String KIND = "quarterly";

    public record Content(String period, LocalDate asOf, Instant generatedAt, String notice, List<GroupRow> groups,
                          List<TaskRow> tasks, List<UnitRow> units, List<LaggingRow> laggingUnits,
                          List<FindingRow> findings) {
    }

    public record GroupRow(String numeral, String name, int tasks, Map<TaskStatus, Integer> byStatus,
                           int targetsDue, int targetsMet, int targetsMissed) {
    }

    /** statusLabel: the status in Chinese (labels.properties), as the province reads it. */
    public record TaskRow(int number, String group, TaskStatus status, String statusLabel, List<String> reasons,
                          List<IndicatorRow> indicators) {
    }

    /** met is null until the deadline has passed (TaskStatusRule.deadlinePassed: due on the date is still open); source is REPORT or the peer service; stale: its last known figure. */
    public record IndicatorRow(String code, String comparator, BigDecimal target, LocalDate deadline, BigDecimal actual,
                               LocalDate actualAsOf, String source, boolean stale, Boolean met) {
        static IndicatorRow of(IndicatorFacts i, Actual a, LocalDate asOf) {
            return new IndicatorRow(i.code(), i.comparator().symbol, Numbers.plain(i.target()), i.deadline(),
                    a == null ? null : Numbers.plain(a.value()), a == null ? null : a.asOf(),
                    a == null ? null : a.source(), a != null && a.stale(),
                    // the status's own reading of a deadline: due on the date is not yet missed
                    !TaskStatusRule.deadlinePassed(i.deadline(), asOf) ? null
                            : a != null && i.comparator().satisfied(a.value(), i.target()));
        }
    }

    public record UnitRow(String unit, int tasksOwed, int reportsFiled) {
    }

    public record LaggingRow(String unit, int severity, int overdueTasks, int tasksBehindTarget, int missingReports,
                             int overdueRectifications) {
    }

    public record FindingRow(LocalDate heldOn, String kind, String title, String unit, Integer taskNumber, String text,
                             int admonitions, int accountabilities) {
    }

    /** A report just stored: its version, and how many task rows it holds. */
    public record Stored(PeriodReportVersion version, int tasks) {
    }

    /**
     * Builds the report of the quarter and stores it as its next version in the shared period-report store (kind
     * {@value #KIND}); its task rows are stored beside it, read a page at a time (1.2 MB at 2,000 tasks).
     */
    @Transactional
    public Stored buildAndStore(String quarter, LocalDate asOf, Map<String, LinkedFigures> linked, String builtBy,
                                String reason) {
        Content c = build(quarter, asOf, linked);
        String json;
        try {
            json = mapper.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // data as of generatedAt: the statuses and figures are read in this transaction when the report is built
        PeriodReportVersion v = store.append(new NewVersion(KIND, quarter, "", builtBy, reason, c.generatedAt(), json,
                "tasks"));
        metrics.reportGenerated("quarterly-report");
        return new Stored(v, c.tasks().size());
    }

    @SuppressWarnings("unchecked")
    public Content build(String quarter, LocalDate asOf, Map<String, LinkedFigures> linked) {
        Map<Integer, TaskState> states = status.all(asOf, linked);
        List<TaskRow> tasks = states.values().stream().map(s -> new TaskRow(s.number(), s.groupNumeral(),
                s.verdict().status(), Labels.get().of(s.verdict().status()), s.verdict().reasons(), s.indicators().stream()
                .map(i -> IndicatorRow.of(i, s.verdict().actuals().get(i.code()), asOf)).toList()))
                .toList();
        List<Tuple> groupRows = em.createNativeQuery(
                "select numeral, name from task_group order by first_task", Tuple.class).getResultList();
        List<GroupRow> groups = groupRows.stream().map(g -> {
            String numeral = g.get("numeral", String.class);
            List<TaskRow> in = tasks.stream().filter(t -> t.group().equals(numeral)).toList();
            Map<TaskStatus, Integer> by = new EnumMap<>(TaskStatus.class);
            for (TaskStatus st : TaskStatus.values()) {
                by.put(st, (int) in.stream().filter(t -> t.status() == st).count());
            }
            List<IndicatorRow> due = in.stream().flatMap(t -> t.indicators().stream()).filter(i -> i.met() != null).toList();
            int met = (int) due.stream().filter(IndicatorRow::met).count();
            return new GroupRow(numeral, g.get("name", String.class), in.size(), by, due.size(), met, due.size() - met);
        }).toList();
        YearMonth end = YearMonth.from(asOf);
        List<Tuple> unitRows = em.createNativeQuery("""
                select u.name as unit, count(distinct d.task_id) as tasks_owed,
                       (select count(*) from progress_report r where r.unit_id = u.id and r.period between ?1 and ?2)
                           as reports_filed
                from reporting_duty d join unit u on u.id = d.unit_id
                group by u.id, u.name order by u.id""", Tuple.class)
                .setParameter(1, end.minusMonths(2).toString()).setParameter(2, end.toString()).getResultList();
        List<UnitRow> units = unitRows.stream().map(r -> new UnitRow(r.get("unit", String.class),
                r.get("tasks_owed", Number.class).intValue(), r.get("reports_filed", Number.class).intValue())).toList();
        List<LaggingRow> lag = lagging.lagging(asOf, linked).stream().map(l -> new LaggingRow(l.unit(), l.severity(),
                l.overdueTasks(), l.tasksBehindTarget(), l.missingReports(), l.overdueRectifications())).toList();
        List<Tuple> findingRows = em.createNativeQuery("""
                select s.held_on as held_on, s.kind as kind, s.title as title, u.name as unit,
                       f.task_number as task_number, f.text as text,
                       (select count(*) from admonition a where a.finding_id = f.id and a.withdrawn_at is null)
                           as admonitions,
                       (select count(*) from accountability a where a.finding_id = f.id and a.withdrawn_at is null)
                           as accountabilities
                from finding f join supervision s on s.id = f.supervision_id join unit u on u.id = f.unit_id
                -- withdrawn records are kept but do not count
                where s.held_on between ?1 and ?2 and s.withdrawn_at is null and f.withdrawn_at is null
                order by s.held_on, f.id""", Tuple.class)
                .setParameter(1, Date.valueOf(end.minusMonths(2).atDay(1))).setParameter(2, Date.valueOf(asOf))
                .getResultList();
        List<FindingRow> findings = findingRows.stream().map(r -> new FindingRow(StatusService.toDate(r.get("held_on")),
                r.get("kind", String.class), r.get("title", String.class), r.get("unit", String.class),
                r.get("task_number") == null ? null : r.get("task_number", Number.class).intValue(),
                r.get("text", String.class), r.get("admonitions", Number.class).intValue(),
                r.get("accountabilities", Number.class).intValue())).toList();
        return new Content(quarter, asOf, Instant.now(clock), "青政办〔2017〕135号", groups, tasks, units, lag, findings);
    }

    /** Column order of the exports, kept beside the content they flatten. */
    static final Map<String, List<String>> SHEETS = new LinkedHashMap<>();

    static {
        SHEETS.put("groups", List.of("numeral", "name", "tasks", "MET", "ON_TRACK", "AT_RISK", "OVERDUE", "NOT_STARTED",
                "targetsDue", "targetsMet", "targetsMissed"));
        SHEETS.put("tasks", List.of("number", "group", "status", "indicator", "comparator", "target", "deadline", "actual",
                "actualAsOf", "source", "stale", "met", "reasons"));
        SHEETS.put("units", List.of("unit", "tasksOwed", "reportsFiled"));
        SHEETS.put("laggingUnits", List.of("unit", "severity", "overdueTasks", "tasksBehindTarget", "missingReports",
                "overdueRectifications"));
        SHEETS.put("findings", List.of("heldOn", "kind", "title", "unit", "taskNumber", "text", "admonitions",
                "accountabilities"));
    }
}
