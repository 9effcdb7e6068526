package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.domain.ProgressReport;
import gov.qinghai.followup.projects.service.ProgressService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Tag(name = "Progress reports", description = "Monthly reports by the responsible units (134号 五: by the 5th)")
public class ReportResource {

    @GET
    @Authenticated
    @Operation(operationId = "listCurrentProgressReports", summary = "当前有效的进展报告 · List current reports", description = "Filter by month, unit and lateness.")
    public Page<ReportView> list(@Valid @BeanParam PageQuery page,
                                 @QueryParam("period") @Window(kind = Window.Kind.MONTH) @Parameter(example = "2017-09") String period,
                                 @QueryParam("unitId") @Parameter(example = "6") Long unitId,
                                 @QueryParam("late") @Parameter(example = "true") Boolean late) {
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
        List<ReportView> items = ProgressReport.<ProgressReport>find("from ProgressReport r join fetch r.project pr "
                        + "join fetch pr.unit where " + where, Sort.by("r.period").and("pr.seq"), p)
                .page(page.page, page.size).list().stream().map(ReportView::of).toList();
        return Page.of(items, page, ProgressReport.count("from ProgressReport r where " + where, p));
    }
}
