package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.actionplan.domain.ProgressReport;
import gov.qinghai.followup.actionplan.service.ReportInput;
import gov.qinghai.followup.actionplan.service.ReportService;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Progress reports", description = "Monthly reports per task and unit, with indicator actuals")
public class ReportResource {
    @Inject
    ReportService reports;
    @Inject
    AuditTrail audit;

    @POST
    @Idempotent
    @Path("tasks/{number}/reports")
    @RolesAllowed({Roles.REPORTER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "submitTaskReport", summary = "提交任务月度报告 · File a monthly report on a task", description = "A reporter files for its own unit, and only "
            + "on tasks its unit leads or shares (directly or through a collective such as 各市州人民政府); otherwise 403. "
            + "One report per task, unit and month (409 on a second). A retry with the same Idempotency-Key gets the "
            + "first answer again (201, Idempotent-Replayed: true); the same key with another body 422.")
    @APIResponse(responseCode = "201", description = "the report as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
    public Response submit(@PathParam("number") int number, @Valid @NotNull ReportInput body) {
        ReportService.Submitted s = reports.submit(number, body);
        Response.ResponseBuilder r = Created.builder("/api/v1/reports/" + s.report().id, ReportView.of(s.report()));
        return (s.replayed() ? r.header(Idempotent.REPLAYED_HEADER, "true") : r).build();
    }

    @GET
    @Path("reports")
    @Authenticated
    @Operation(operationId = "listTaskReports", summary = "月度报告列表 · List reports", description = "Paged, newest month first; filter by task, unit and period.")
    public Page<ReportView> list(@Valid @BeanParam PageQuery page, @QueryParam("task") Integer task,
                                 @QueryParam("unit") String unit, @QueryParam("period") @Window(kind = Window.Kind.MONTH) String period) {
        return Page.of(reports.list(task, unit, period), page, ReportView::of);
    }

    @GET
    @Path("reports/{id}")
    @Authenticated
    @Operation(operationId = "getTaskReport", summary = "查看一份月度报告 · Get one report")
    public ReportView get(@PathParam("id") long id) {
        return ReportView.of(reports.get(id));
    }

    @PUT
    @Path("reports/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "correctTaskReport", summary = "更正月度报告 · Correct a report", description = "Own unit only for reporters; send the version you read.")
    public ReportView correct(@PathParam("id") long id, @Valid @NotNull ReportInput body) {
        return ReportView.of(reports.correct(id, body));
    }

    @GET
    @Path("reports/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getTaskReportHistory", summary = "月度报告的审计记录 · Audit trail of one report")
    public List<AuditEntry> history(@PathParam("id") long id) {
        reports.get(id);
        return audit.history(ProgressReport.class, id);
    }
}
