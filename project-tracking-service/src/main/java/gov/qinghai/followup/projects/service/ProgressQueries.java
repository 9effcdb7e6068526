package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.projects.domain.ProgressReport;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The units' monthly reports as the API lists them (134号 五), each with its project and unit fetched. */
@ApplicationScoped
public class ProgressQueries {

    /** A page of current reports and the total; filters that are null do not apply. */
    public record Slice(List<ProgressReport> items, long total) {
    }

    public Slice current(String period, Long unitId, Boolean late, int page, int size) {
        StringBuilder where = new StringBuilder("r.isCurrent = true");
        Parameters p = new Parameters();
        if (period != null) {
            where.append(" and r.period = :period");
            p.and("period", period);
        }
        if (unitId != null) {
            where.append(" and r.project.unit.id = :unit");
            p.and("unit", unitId);
        }
        if (late != null) {
            where.append(" and r.late = :late");
            p.and("late", late);
        }
        List<ProgressReport> items = ProgressReport.<ProgressReport>find("from ProgressReport r join fetch r.project pr "
                + "join fetch pr.unit where " + where, Sort.by("r.period").and("pr.seq"), p).page(page, size).list();
        return new Slice(items, ProgressReport.count("from ProgressReport r where " + where, p));
    }

    /** Every report on a project, superseded ones included, newest first (at most 500). */
    public List<ProgressReport> history(long projectId) {
        return ProgressReport.<ProgressReport>find("from ProgressReport r join fetch r.project p join fetch p.unit "
                + "where p.id = ?1", Sort.descending("r.period", "r.submittedAt"), projectId).page(0, 500).list();
    }
}
