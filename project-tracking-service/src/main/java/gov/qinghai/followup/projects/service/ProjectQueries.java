package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Project;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The signed projects as the API lists and exports them (by 序号), each with its unit and fair fetched. */
@ApplicationScoped
public class ProjectQueries {

    /** A page of projects and the total. */
    public record Slice(List<Project> items, long total) {
    }

    public Slice page(ProjectFilter filter, int page, int size) {
        ProjectFilter.Where w = filter.where();
        return new Slice(query(w).page(page, size).list(), count(w));
    }

    /** Every project the filter selects (an export checks the count first). */
    public List<Project> all(ProjectFilter filter) {
        return query(filter.where()).list();
    }

    public long count(ProjectFilter filter) {
        return count(filter.where());
    }

    /** The project with this id; 404 otherwise. */
    public Project get(long id) {
        return Project.<Project>find("from Project p join fetch p.unit join fetch p.fair where p.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> Problems.notFound("project", id));
    }

    private static PanacheQuery<Project> query(ProjectFilter.Where w) {
        return Project.find("from Project p join fetch p.unit join fetch p.fair where " + w.condition(), Sort.by("p.seq"),
                w.params());
    }

    private static long count(ProjectFilter.Where w) {
        return Project.count("from Project p where " + w.condition(), w.params());
    }
}
