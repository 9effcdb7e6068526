package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.rows.Rows;
import gov.qinghai.followup.projects.domain.Reminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders and overdue notices (134号 五: 每月5日前报送) with their projects, one row per project a reminder
 * names, in the reminder's own order (by fair and 序号): what a 督查 office checks the units against.
 */
@ApplicationScoped
public class ReminderTable {
    public static final List<String> COLUMNS = List.of("reminder_id", "kind", "period", "unit", "due_at",
            "created_at", "project_count", "fair", "project_seq", "project_name");

    @Inject
    EntityManager em;

    /** The filters of GET /api/v1/reminders; with a fair, only that fair's projects. */
    public record Filter(Long unitId, String period, Reminder.Kind kind, Long fairId) {
    }

    public record Line(long reminderId, Reminder.Kind kind, String period, String unit, Instant dueAt,
                       Instant createdAt, long projectCount, String fair, Integer projectSeq, String projectName) {
        List<Object> cells() {
            return new ArrayList<>(java.util.Arrays.asList(reminderId, Exports.label(kind), period, unit, dueAt,
                    createdAt, projectCount, fair, projectSeq, projectName));
        }
    }

    private static final String FROM = """
            from reminder r join responsible_unit u on u.id = r.unit_id
            cross join lateral unnest(r.project_ids) with ordinality as x(project_id, ord)
            left join project p on p.id = x.project_id left join fair f on f.id = p.fair_id
            where true""";

    /** The conditions of the filters that are set (only those are bound: a null has no SQL type to bind with). */
    private static String where(Filter f) {
        return (f.unitId() == null ? "" : " and r.unit_id = :unit") + (f.period() == null ? "" : " and r.period = :period")
                + (f.kind() == null ? "" : " and r.kind = :kind") + (f.fairId() == null ? "" : " and p.fair_id = :fair");
    }

    @Transactional
    public long count(Filter filter) {
        return ((Number) bind(em.createNativeQuery("select count(*) " + FROM + where(filter)), filter).getSingleResult()).longValue();
    }

    @Transactional
    public List<Line> lines(Filter filter) {
        Query q = bind(em.createNativeQuery("""
                select r.id as reminder_id, r.kind as kind, r.period as period, u.name as unit, r.due_at as due_at,
                       r.created_at as created_at, cardinality(r.project_ids) as project_count, f.name as fair,
                       p.seq as project_seq, p.name as project_name
                """ + FROM + where(filter) + " order by r.period desc, r.kind, r.unit_id, r.id, x.ord", Tuple.class), filter);
        return Rows.map(q, t -> new Line(Rows.count(t, "reminder_id"), Reminder.Kind.valueOf(Rows.text(t, "kind")),
                Rows.text(t, "period"), Rows.text(t, "unit"), Rows.instant(t, "due_at"), Rows.instant(t, "created_at"),
                Rows.count(t, "project_count"), Rows.text(t, "fair"), Rows.integer(t, "project_seq"),
                Rows.text(t, "project_name")));
    }

    public static List<List<Object>> rows(List<Line> lines) {
        return lines.stream().map(Line::cells).toList();
    }

    private static Query bind(Query q, Filter f) {
        if (f.unitId() != null) {
            q.setParameter("unit", f.unitId());
        }
        if (f.period() != null) {
            q.setParameter("period", f.period());
        }
        if (f.kind() != null) {
            q.setParameter("kind", f.kind().name());
        }
        if (f.fairId() != null) {
            q.setParameter("fair", f.fairId());
        }
        return q;
    }
}
