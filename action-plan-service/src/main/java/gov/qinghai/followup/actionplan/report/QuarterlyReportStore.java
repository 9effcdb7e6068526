package gov.qinghai.followup.actionplan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * A stored quarterly report read a page of task rows at a time. {@code quarterly_report.content} is the report
 * as stored (the record of what was reported, and what the CSV/XLSX exports flatten); from it, in SQL and in the
 * transaction that stores it, come its summary (the report without {@code tasks}) and one {@code quarterly_report_task}
 * row per task holding that task's JSON exactly as written in content (V33 derived the reports stored before it the
 * same way). A request then reads the summary and one page of rows, not the whole document (1.2 MB at 2,000 tasks).
 */
@ApplicationScoped
public class QuarterlyReportStore {
    @Inject
    EntityManager em;

    /** The summary of the report of a period, and its id for {@link #rows}; empty if none is stored. */
    public record Head(long id, String summary) {
    }

    /** Derives the summary and the task rows of a report whose content has just been written (and flushed). */
    public void derive(long reportId) {
        em.createNativeQuery("delete from quarterly_report_task where report_id = ?1").setParameter(1, reportId)
                .executeUpdate();
        em.createNativeQuery("""
                insert into quarterly_report_task (report_id, position, number, task_group, status, content)
                select r.id, t.pos, (t.elem ->> 'number')::int, t.elem ->> 'group', t.elem ->> 'status', t.elem::text
                from quarterly_report r
                cross join lateral json_array_elements(r.content::json -> 'tasks') with ordinality as t (elem, pos)
                where r.id = ?1""").setParameter(1, reportId).executeUpdate();
        em.createNativeQuery("update quarterly_report set summary = (content::jsonb - 'tasks')::text where id = ?1")
                .setParameter(1, reportId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<Head> head(String period) {
        List<Object[]> rows = em.createNativeQuery("select id, summary from quarterly_report where period = ?1")
                .setParameter(1, period).getResultList();
        return rows.stream().findFirst().map(r -> new Head(((Number) r[0]).longValue(), (String) r[1]));
    }

    /** Task rows of the report matching the filters (null: any). */
    public long count(long reportId, String status, String group) {
        return ((Number) filtered("select count(*)", reportId, status, group, "").getSingleResult()).longValue();
    }

    /** One page of task rows (each a JSON object as stored), in the report's order. */
    @SuppressWarnings("unchecked")
    public List<String> rows(long reportId, String status, String group, int offset, int limit) {
        return filtered("select content", reportId, status, group, " order by position offset :offset limit :limit")
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
    }

    private Query filtered(String select, long reportId, String status, String group, String tail) {
        Query q = em.createNativeQuery(select + " from quarterly_report_task where report_id = :report"
                + (status == null ? "" : " and status = :status") + (group == null ? "" : " and task_group = :group")
                + tail);
        q.setParameter("report", reportId);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (group != null) {
            q.setParameter("group", group);
        }
        return q;
    }
}
