package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.rows.Rows;
import gov.qinghai.followup.projects.domain.ReportingDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The units' current monthly reports (134号 五: 每月5日前报送项目进展情况和存在的问题), one row per project and month,
 * with the deadline each was judged against (23:59:59 北京时间 on the 5th of the next month) and whether it was late.
 */
@ApplicationScoped
public class ProgressReportTable {
    public static final List<String> COLUMNS = List.of("report_id", "fair", "project_seq", "project_name", "unit",
            "period", "contract_performed", "construction_started", "completed", "funds_in_place",
            "over_total_reason", "funds_decrease_reason", "progress", "problems", "submitted_at", "submitted_by",
            "due_at", "late");

    @Inject
    EntityManager em;

    /** The filters of GET /api/v1/reports, and the fair. */
    public record Filter(String period, Long unitId, Boolean late, Long fairId) {
    }

    public record Line(long reportId, String fair, int projectSeq, String projectName, String unit, String period,
                       boolean contractPerformed, boolean constructionStarted, boolean completed,
                       BigDecimal fundsInPlace, String overTotalReason, String fundsDecreaseReason, String progress,
                       String problems, Instant submittedAt, String submittedBy, boolean late) {
        List<Object> cells() {
            return Arrays.asList(reportId, fair, projectSeq, projectName, unit, period, Exports.yesNo(contractPerformed),
                    Exports.yesNo(constructionStarted), Exports.yesNo(completed), fundsInPlace, overTotalReason,
                    fundsDecreaseReason, progress, problems, submittedAt, submittedBy,
                    ReportingDeadline.dueFor(YearMonth.parse(period)).toInstant(), Exports.yesNo(late));
        }
    }

    private static final String FROM = """
            from progress_report r join project p on p.id = r.project_id join fair f on f.id = p.fair_id
            join responsible_unit u on u.id = p.unit_id
            where r.is_current""";

    @Transactional
    public long count(Filter filter) {
        return ((Number) bind(em.createNativeQuery("select count(*) " + FROM + where(filter)), filter)
                .getSingleResult()).longValue();
    }

    @Transactional
    public List<Line> lines(Filter filter) {
        Query q = bind(em.createNativeQuery("""
                select r.id as report_id, f.name as fair, p.seq as project_seq, p.name as project_name,
                       u.name as unit, r.period as period, r.contract_performed as contract_performed,
                       r.construction_started as construction_started, r.completed as completed,
                       r.funds_in_place as funds_in_place, r.over_total_reason as over_total_reason,
                       r.funds_decrease_reason as funds_decrease_reason, r.progress as progress,
                       r.problems as problems, r.submitted_at as submitted_at, r.submitted_by as submitted_by,
                       r.late as late
                """ + FROM + where(filter) + " order by r.period, f.edition, p.seq", Tuple.class), filter);
        return Rows.map(q, t -> new Line(Rows.count(t, "report_id"), Rows.text(t, "fair"),
                Rows.integer(t, "project_seq"), Rows.text(t, "project_name"), Rows.text(t, "unit"),
                Rows.text(t, "period"), Rows.bool(t, "contract_performed"), Rows.bool(t, "construction_started"),
                Rows.bool(t, "completed"), Rows.decimal(t, "funds_in_place"), Rows.text(t, "over_total_reason"),
                Rows.text(t, "funds_decrease_reason"), Rows.text(t, "progress"), Rows.text(t, "problems"),
                Rows.instant(t, "submitted_at"), Rows.text(t, "submitted_by"), Rows.bool(t, "late")));
    }

    public static List<List<Object>> rows(List<Line> lines) {
        return lines.stream().map(Line::cells).toList();
    }

    /** The conditions of the filters that are set (only those are bound: a null has no SQL type to bind with). */
    private static String where(Filter f) {
        return (f.period() == null ? "" : " and r.period = :period") + (f.unitId() == null ? "" : " and p.unit_id = :unit")
                + (f.late() == null ? "" : " and r.late = :late") + (f.fairId() == null ? "" : " and p.fair_id = :fair");
    }

    private static Query bind(Query q, Filter f) {
        if (f.period() != null) {
            q.setParameter("period", f.period());
        }
        if (f.unitId() != null) {
            q.setParameter("unit", f.unitId());
        }
        if (f.late() != null) {
            q.setParameter("late", f.late());
        }
        if (f.fairId() != null) {
            q.setParameter("fair", f.fairId());
        }
        return q;
    }
}
