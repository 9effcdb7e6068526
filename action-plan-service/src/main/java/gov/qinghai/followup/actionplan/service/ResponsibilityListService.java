package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.common.labels.Labels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice's 责任清单和完成时限表 (135号 四、保障措施(一): 省政府办公厅制定责任清单和完成时限表): for every task its
 * number, group, text, lead and responsible units as the notice words them, deadline and quantified targets, in the
 * notice's order. Assembled in one SQL statement (indicators aggregated per task).
 */
@ApplicationScoped
public class ResponsibilityListService {
    @Inject
    EntityManager em;

    /** One line of the table. deadline: the task's own, or the offensive's end (三季度) where its text gives none. */
    public record Line(int taskNumber, String group, String taskText, String leadUnits, String responsibleUnits,
                       LocalDate deadline, String indicators) {
    }

    /** The column keys, in order; their Chinese headings are {@code column.<key>} in labels.properties. */
    public static final List<String> COLUMNS = List.of("task_number", "group", "task_text", "lead_units",
            "responsible_units", "deadline", "indicators");

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> lines() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select t.number as number, g.numeral || '、' || g.name as grp, t.text as text,
                       coalesce(t.lead_wording, '') as lead, coalesce(t.responsible_wording, '') as responsible,
                       coalesce(t.deadline, ?1) as deadline,
                       coalesce((select string_agg(i.name || ' ' || case i.comparator when 'GE' then '≥' when 'LE'
                                           then '≤' else '=' end || ' ' || cast(trim_scale(i.target) as varchar)
                                           || coalesce(i.unit, '') || '（' || to_char(i.deadline, 'YYYY-MM-DD') || '前）',
                                           '；' order by i.code)
                                 from indicator i where i.task_id = t.id), '') as indicators
                from task t join task_group g on g.id = t.group_id
                order by t.number""", Tuple.class)
                .setParameter(1, Date.valueOf(ReportingCalendar.OFFENSIVE_END)).getResultList();
        List<Line> out = new ArrayList<>();
        for (Tuple r : rows) {
            out.add(new Line(r.get("number", Number.class).intValue(), r.get("grp", String.class),
                    r.get("text", String.class), r.get("lead", String.class), r.get("responsible", String.class),
                    StatusService.toDate(r.get("deadline")), r.get("indicators", String.class)));
        }
        return out;
    }

    /** The Chinese headings of the columns. */
    public static List<String> headings() {
        return COLUMNS.stream().map(c -> Labels.get().heading(c)).toList();
    }

    /** A line as cells in column order: numbers and dates typed for the spreadsheet. */
    public static List<Object> cells(Line l) {
        return List.of(l.taskNumber(), l.group(), l.taskText(), l.leadUnits(), l.responsibleUnits(), l.deadline(),
                l.indicators());
    }
}
