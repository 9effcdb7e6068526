package gov.qinghai.followup.actionplan.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.actionplan.domain.QuarterlyReport;
import gov.qinghai.followup.actionplan.report.ReportExport;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quarterly-reports")
@Tag(name = "Quarterly reports", description = "The 2017-Q3 closing report of the offensive and the quarters after it")
public class QuarterlyReportResource {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ObjectMapper mapper;
    /** Rows an export (CSV, XLSX) may hold; a larger report is refused, not cut (issue 7: bounded exports). */
    @ConfigProperty(name = "action-plan.export.max-rows")
    int maxRows;

    @Schema(name = "QuarterlyReportSummary")
    public record Summary(@Schema(example = "2017-Q3") String period, @Schema(example = "2017-09-30") LocalDate asOf,
                          Instant generatedAt) {
    }

    @GET
    @Authenticated
    @Operation(summary = "List stored quarterly reports", description = "Newest first.")
    public Page<Summary> list(@Valid @BeanParam PageQuery page) {
        return Page.of(QuarterlyReport.findAll(Sort.descending("period")), page,
                (QuarterlyReport r) -> new Summary(r.period, r.asOf, r.generatedAt));
    }

    @GET
    @Path("{period}")
    @Authenticated
    @Transactional
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "Get a quarterly report", description = "JSON, CSV (UTF-8 with BOM) or XLSX, chosen by "
            + "?format=json|csv|xlsx or the Accept header. Per group, per task and per unit; targets met or missed; "
            + "lagging units; 督查 findings. The CSV and XLSX exports hold at most action-plan.export.max-rows data rows "
            + "(default 20000): a larger report is refused with 422 problem+json (type export-too-large, naming the "
            + "limit) and stays readable as JSON.")
    public Response get(@Parameter(example = "2017-Q3") @PathParam("period") String period,
                        @Parameter(example = "csv") @QueryParam("format") String format,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        QuarterlyReport r = QuarterlyReport.<QuarterlyReport>find("period", period).firstResultOptional()
                .orElseThrow(() -> Problems.notFound("quarterly report", period + " (run the quarterly-report job)"));
        String f = format != null ? format.toLowerCase()
                : accept != null && accept.contains(XLSX) ? "xlsx" : accept != null && accept.contains(CSV) ? "csv" : "json";
        if (f.equals("json")) {
            // stored as the JSON it is served as: no parse and re-serialisation (1.2 MB for 2,000 tasks)
            return Response.ok(r.content, MediaType.APPLICATION_JSON).build();
        }
        JsonNode content;
        try {
            content = mapper.readTree(r.content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = "135-offensive-" + period;
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw Problems.badRequest("format", "format must be json, csv or xlsx");
        }
        Map<String, List<List<String>>> tables = ReportExport.tables(content);
        int rows = ReportExport.rows(tables);
        if (rows > maxRows) {
            throw tooLarge(period, rows);
        }
        return f.equals("csv")
                ? Response.ok(ReportExport.csv(content, tables), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build()
                : Response.ok(ReportExport.xlsx(tables), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
    }

    private HttpProblem tooLarge(String period, int rows) {
        return HttpProblem.builder().withType(URI.create(Problems.BASE + "export-too-large"))
                .withTitle("Export Too Large").withStatus(422)
                .withDetail("the " + period + " report has " + rows + " rows; an export holds at most " + maxRows
                        + " (action-plan.export.max-rows). Read it as JSON (?format=json).")
                .with("field", "format").with("limit", maxRows).with("rows", rows).build();
    }
}
