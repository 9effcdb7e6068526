package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.Comparator;
import gov.qinghai.followup.actionplan.domain.FigureRule;
import gov.qinghai.followup.actionplan.domain.ReportingObligation;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.LinkedFigures;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.TaskFacts;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.UnitFigure;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers, in SQL, what TaskStatusRule needs for every task on a date, and applies the rule. The figures of linked
 * indicators come from LinkedIndicatorService.forStatus(), asked before the transaction (it may wait on peers).
 */
@ApplicationScoped
public class StatusService {
    @Inject
    EntityManager em;

    /**
     * One task's derived status with the facts behind it: the last month a report is owed for (owedUntil; null when
     * none is owed at all) and why, and the owed reports missing on the date, per unit.
     */
    public record TaskState(long taskId, int number, String groupNumeral, Verdict verdict, List<IndicatorFacts> indicators,
                            int reportsFiled, int reportsMissing, YearMonth owedUntil, String reportingEndBasis,
                            List<MissingReports> missing, LocalDate deadline) {
    }

    /** Reports owed by one unit for one task and not filed, months listed. */
    public record MissingReports(long taskId, int taskNumber, long unitId, String unitName, List<String> periods) {
    }

    /**
     * Every task's status on a date. Figures: each unit's latest actual on or before the date per indicator,
     * combined by the indicator's FigureRule (domain.TaskStatusRule). Reports: owed from 2017-08 up to the month the
     * task was met or confirmed complete, else up to the month of its last deadline (domain.ReportingObligation).
     */
    @Transactional
    public Map<Integer, TaskState> all(LocalDate asOf, Map<String, LinkedFigures> linked) {
        Map<Long, List<UnitFigure>> figures = new HashMap<>();
        for (Tuple r : rows("""
                select distinct on (a.indicator_id, r.unit_id) a.indicator_id as indicator_id, u.name as unit,
                       a.value as value, a.as_of as as_of,
                       exists (select 1 from reporting_duty d where d.task_id = r.task_id and d.unit_id = r.unit_id)
                           as owes_report
                from indicator_actual a
                join progress_report r on r.id = a.report_id
                join unit u on u.id = r.unit_id
                where a.as_of <= ?1
                order by a.indicator_id, r.unit_id, a.as_of desc, r.submitted_at desc""", Date.valueOf(asOf))) {
            figures.computeIfAbsent(r.get("indicator_id", Number.class).longValue(), k -> new ArrayList<>()).add(
                    new UnitFigure(r.get("unit", String.class), r.get("value", BigDecimal.class), toDate(r.get("as_of")),
                            r.get("owes_report", Boolean.class)));
        }
        Map<Long, List<IndicatorFacts>> indicators = new HashMap<>();
        for (Tuple r : rows("""
                select id, task_id, code, unit, comparator, target, deadline, figure_rule from indicator order by code""")) {
            String code = r.get("code", String.class);
            indicators.computeIfAbsent(r.get("task_id", Number.class).longValue(), k -> new ArrayList<>()).add(
                    new IndicatorFacts(code, r.get("unit", String.class),
                            Comparator.valueOf(r.get("comparator", String.class)), r.get("target", BigDecimal.class),
                            toDate(r.get("deadline")), FigureRule.valueOf(r.get("figure_rule", String.class)),
                            figures.getOrDefault(r.get("id", Number.class).longValue(), List.of()), linked.get(code)));
        }
        Map<Long, Integer> filed = new HashMap<>();
        for (Tuple r : rows("select task_id, count(*) as filed from progress_report where period <= ?1 group by task_id",
                YearMonth.from(asOf).toString())) {
            filed.put(r.get("task_id", Number.class).longValue(), r.get("filed", Number.class).intValue());
        }
        Map<Long, List<MissingReports>> missing = new HashMap<>();
        for (MissingReports m : missing(asOf)) {
            missing.computeIfAbsent(m.taskId(), k -> new ArrayList<>()).add(m);
        }
        Map<Integer, TaskState> out = new TreeMap<>();
        for (Tuple r : rows("""
                select t.id as id, t.number as number, g.numeral as numeral, coalesce(t.deadline, ?1) as deadline,
                       t.completed_on as completed_on
                from task t join task_group g on g.id = t.group_id""", Date.valueOf(ReportingCalendar.OFFENSIVE_END))) {
            long id = r.get("id", Number.class).longValue();
            int number = r.get("number", Number.class).intValue();
            List<IndicatorFacts> ind = indicators.getOrDefault(id, List.of());
            int f = filed.getOrDefault(id, 0);
            LocalDate deadline = toDate(r.get("deadline"));
            LocalDate completedOn = toDate(r.get("completed_on"));
            // whether and since when the task is met decides the months owed, which decide the rest of the status
            Verdict figuresOnly = TaskStatusRule.derive(new TaskFacts(ind, f, 0, deadline, completedOn), asOf);
            ReportingObligation.End end = ReportingObligation.end(ind, deadline, completedOn, figuresOnly, asOf);
            List<MissingReports> owed = new ArrayList<>();
            for (MissingReports m : missing.getOrDefault(id, List.of())) {
                List<String> periods = m.periods().stream()
                        .filter(p -> end.lastPeriod() != null && !YearMonth.parse(p).isAfter(end.lastPeriod())).toList();
                if (!periods.isEmpty()) {
                    owed.add(new MissingReports(m.taskId(), m.taskNumber(), m.unitId(), m.unitName(), periods));
                }
            }
            int m = owed.stream().mapToInt(x -> x.periods().size()).sum();
            Verdict v = TaskStatusRule.derive(new TaskFacts(ind, f, m, deadline, completedOn), asOf);
            out.put(number, new TaskState(id, number, r.get("numeral", String.class), v, ind, f, m, end.lastPeriod(), end.basis(),
                    List.copyOf(owed), deadline));
        }
        return out;
    }

    /**
     * Duty units' reports not filed for every month from 2017-08 whose 5th-of-next-month passed, before the end of
     * each task's reporting is applied (all() does that: use its TaskState.missing()).
     */
    List<MissingReports> missing(LocalDate asOf) {
        YearMonth last = ReportingCalendar.lastOverduePeriod(asOf);
        if (last == null) {
            return List.of();
        }
        List<MissingReports> out = new ArrayList<>();
        for (Tuple r : rows("""
                select d.task_id as task_id, t.number as number, d.unit_id as unit_id, u.name as unit,
                       string_agg(p.period, ',' order by p.period) as periods
                from reporting_duty d
                join task t on t.id = d.task_id
                join unit u on u.id = d.unit_id
                cross join (select to_char(cast(?1 as date) + g * interval '1 month', 'YYYY-MM') as period
                            from generate_series(0, ?2) g) p
                where not exists (select 1 from progress_report r
                                  where r.task_id = d.task_id and r.unit_id = d.unit_id and r.period = p.period)
                group by d.task_id, t.number, d.unit_id, u.name
                order by t.number, u.name""",
                // months as integers: PostgreSQL then knows how many there are (a date series is guessed at 1,000
                // rows, and that guess, over 2,000 tasks, made it JIT-compile the query: 1.5 s of 1.8 s)
                Date.valueOf(ReportingCalendar.FIRST_PERIOD.atDay(1)),
                (int) ChronoUnit.MONTHS.between(ReportingCalendar.FIRST_PERIOD, last))) {
            out.add(new MissingReports(r.get("task_id", Number.class).longValue(), r.get("number", Number.class).intValue(),
                    r.get("unit_id", Number.class).longValue(), r.get("unit", String.class),
                    List.of(r.get("periods", String.class).split(","))));
        }
        return out;
    }

    /** A native query's rows as tuples, read by column name (no positional casts). */
    @SuppressWarnings("unchecked")
    List<Tuple> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    /** A native query's date column, whichever type the driver hands back. */
    public static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((Date) o).toLocalDate();
    }
}
