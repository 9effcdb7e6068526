package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.projects.service.ProjectQueries;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.service.ProgressQueries;
import gov.qinghai.followup.projects.service.ProgressService;
import gov.qinghai.followup.projects.service.ReportSubmission;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{id}/reports")
@Tag(name = "Progress reports", description = "Monthly reports by the responsible units (134号 五: by the 5th)")
public class ProjectReportResource {
    @Inject
    ProgressService progress;
    @Inject
    ProgressQueries queries;
    @Inject
    ProjectQueries projects;

    @POST
    @Idempotent
    @RolesAllowed({Roles.REPORTER, Roles.ADMIN})
    @Operation(operationId = "submitProgressReport", summary = "提交月度进展 · Submit the monthly report on a project",
            description = "Only the project's own unit (or an admin). Due by the 5th of the next month, 23:59:59 "
                    + "Beijing time; later reports are accepted and marked late. A second report for the same month "
                    + "supersedes the first, which stays in the history. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "created (or, with Idempotent-Replayed: true, the stored answer "
            + "of an earlier request with the same Idempotency-Key); Location: the project's reports",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "the project belongs to another unit")
    @APIResponse(responseCode = "422", description = "inconsistent report, future month, or reused Idempotency-Key")
    public Response submit(@PathParam("id") long id, @Valid @NotNull ReportSubmission body) {
        return Created.at("/api/v1/projects/" + id + "/reports", ReportView.of(progress.submit(id, body)));
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProjectProgressReports", summary = "项目的全部进展报告（含被替代的） · All reports on a project, superseded ones included", description = "Newest first.")
    public List<ReportView> history(@PathParam("id") long id) {
        projects.get(id);
        return queries.history(id).stream().map(ReportView::of).toList();
    }
}
