package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Periods;
import gov.qinghai.followup.projects.report.Exports;
import gov.qinghai.followup.projects.report.QuarterlyReport;
import gov.qinghai.followup.projects.report.QuarterlyReports;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quarterly-reports")
@Tag(name = "Quarterly reports", description = "按季度报送省政府 (134号 五), produced by the quarterly-report job")
public class QuarterlyReportResource {
    @Inject
    QuarterlyReports reports;
    @Inject
    Exports exports;

    @GET
    @Authenticated
    @Operation(operationId = "listProjectQuarterlyReports", summary = "已生成季度报告的季度 · Quarters with a stored report")
    public List<Map<String, Object>> list(@QueryParam("fairId") @DefaultValue("1") long fairId) {
        return reports.list(fairId);
    }

    @GET
    @Path("{quarter}")
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getProjectQuarterlyReport", summary = "季度报告（JSON、CSV 或 XLSX） · One quarterly report as JSON, CSV or XLSX",
            description = "Choose with ?format=json|csv|xlsx or the Accept header. Rates vs targets by unit and 市州, "
                    + "changes since the previous quarter, late and missing reports, reported problems.")
    public Response get(@PathParam("quarter") @Window(kind = Window.Kind.QUARTER) @Parameter(example = "2017-Q4") String quarter,
                        @QueryParam("fairId") @DefaultValue("1") long fairId,
                        @QueryParam("format") @Parameter(example = "xlsx") String format,
                        @HeaderParam("Accept") String accept) {
        Periods.Quarter q = Periods.Quarter.parse(quarter)
                .orElseThrow(() -> Problems.badRequest("quarter", "quarter must look like 2017-Q4"));
        String f = format != null ? format.toLowerCase()
                : accept != null && accept.contains("text/csv") ? "csv"
                : accept != null && accept.contains("spreadsheetml") ? "xlsx" : "json";
        if (f.equals("json")) { // the stored document itself (a stored report costs its one statement)
            return Response.ok(reports.findJson(fairId, q.toString()).orElseThrow(() -> missing(q, fairId)),
                    MediaType.APPLICATION_JSON).build();
        }
        QuarterlyReport r = reports.find(fairId, q.toString()).orElseThrow(() -> missing(q, fairId));
        return exports.table("quarterly-report-" + q, QuarterlyReports.COLUMNS, QuarterlyReports.table(r), f);
    }

    private static RuntimeException missing(Periods.Quarter q, long fairId) {
        return Problems.notFound("quarterly report", q + " of fair " + fairId + " (run the quarterly-report job)");
    }
}
