package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.input.Window;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import gov.qinghai.followup.actionplan.domain.QuarterlyReport;
import gov.qinghai.followup.actionplan.report.QuarterlyReportBuilder;
import gov.qinghai.followup.actionplan.report.QuarterlyReportStore;
import gov.qinghai.followup.actionplan.report.ReportExport;
import gov.qinghai.followup.common.tables.TableExport;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quarterly-reports")
@Tag(name = "Quarterly reports", description = "The 2017-Q3 closing report of the offensive and the quarters after it")
public class QuarterlyReportResource {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Order of the summary's fields in the JSON answer, before the page of task rows. */
    static final List<String> SUMMARY_FIELDS = List.of("period", "asOf", "generatedAt", "notice", "groups", "units",
            "laggingUnits", "findings");

    @Inject
    ObjectMapper mapper;
    @Inject
    QuarterlyReportStore store;
    /** Rows an export (CSV, XLSX) may hold; a larger report is refused, not cut (bounded exports). */
    @ConfigProperty(name = "action-plan.export.max-rows")
    int maxRows;

    @Schema(name = "QuarterlyReportSummary")
    public record Summary(@Schema(example = "2017-Q3") String period, @Schema(example = "2017-09-30") LocalDate asOf,
                          Instant generatedAt) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "listActionPlanQuarterlyReports", summary = "已生成的季度报告 · List stored quarterly reports", description = "Newest first.")
    public Page<Summary> list(@Valid @BeanParam PageQuery page) {
        // period, asOf and generatedAt only: not each report's stored document
        List<Summary> items = QuarterlyReport.getEntityManager().createQuery(
                        "select r.period, r.asOf, r.generatedAt from QuarterlyReport r order by r.period desc", Object[].class)
                .setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
                .map(r -> new Summary((String) r[0], (LocalDate) r[1], (Instant) r[2])).toList();
        return Page.of(items, page, QuarterlyReport.count());
    }

    /**
     * The JSON answer (OpenAPI schema; the resource writes the stored JSON, summary and task rows, as it was stored).
     * The summary repeats on every page; tasks pages the report's task rows.
     */
    @Schema(name = "QuarterlyReport", description = "A stored quarterly report of the offensive (青政办〔2017〕135号): "
            + "per group, unit, lagging units and 督查 findings, and one page of its task rows")
    public record View(@Schema(example = "2017-Q3") String period, @Schema(example = "2017-09-30") LocalDate asOf,
                       Instant generatedAt, @Schema(example = "青政办〔2017〕135号") String notice,
                       List<QuarterlyReportBuilder.GroupRow> groups, List<QuarterlyReportBuilder.UnitRow> units,
                       List<QuarterlyReportBuilder.LaggingRow> laggingUnits,
                       List<QuarterlyReportBuilder.FindingRow> findings,
                       @Schema(description = "the report's task rows in task order, one page (page, size ≤ 200), "
                               + "filtered by status and group") Page<QuarterlyReportBuilder.TaskRow> tasks) {
    }

    @GET
    @Path("{period}")
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(operationId = "getActionPlanQuarterlyReport", summary = "查看季度报告 · Get a quarterly report", description = "JSON, CSV (UTF-8 with BOM) or XLSX, chosen by "
            + "?format=json|csv|xlsx or the Accept header. Per group, per task and per unit; targets met or missed; "
            + "lagging units; 督查 findings. As JSON the summary comes with one page of the task rows (tasks: items, "
            + "page, size, total, totalPages; page and size as in every list, size ≤ 200; filter by status and group), "
            + "so an answer stays small however many tasks the report holds. The CSV and XLSX exports hold the whole "
            + "report, at most action-plan.export.max-rows data rows (default 20000): a larger report is refused with "
            + "422 problem+json (type export-too-large, naming the limit) and stays readable as JSON, a page at a time.")
    @APIResponse(responseCode = "200", description = "the report: JSON with a page of task rows, or the whole report "
            + "as CSV or XLSX", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                            .enums.SchemaType.STRING)),
                    @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                            .enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "no report stored for the period")
    @APIResponse(responseCode = "422", description = "CSV/XLSX export above action-plan.export.max-rows")
    public Response get(@Parameter(example = "2017-Q3") @PathParam("period") @Window(kind = Window.Kind.QUARTER) String period,
                        @Parameter(example = "csv") @QueryParam("format") String format,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept, @Valid @BeanParam PageQuery page,
                        @Parameter(description = "only task rows with this status", example = "OVERDUE")
                        @QueryParam("status") @Pattern(regexp = "NOT_STARTED|ON_TRACK|AT_RISK|OVERDUE|MET",
                                message = "must be one of NOT_STARTED, ON_TRACK, AT_RISK, OVERDUE, MET") String status,
                        @Parameter(description = "only task rows of this group (numeral 一…四)", example = "三")
                        @QueryParam("group") @Pattern(regexp = "[一二三四]", message = "must be one of 一, 二, 三, 四")
                        String group) {
        String f = format != null ? format.toLowerCase()
                : accept != null && accept.contains(XLSX) ? "xlsx" : accept != null && accept.contains(CSV) ? "csv" : "json";
        if (f.equals("json")) {
            return Response.ok(page(period, page, status, group), MediaType.APPLICATION_JSON).build();
        }
        QuarterlyReport r = QuarterlyReport.<QuarterlyReport>find("period", period).firstResultOptional()
                .orElseThrow(() -> notFound(period));
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
                ? TableExport.download(ReportExport.csv(content, tables), TableExport.CSV, file + ".csv")
                : TableExport.download(ReportExport.xlsx(tables), TableExport.XLSX, file + ".xlsx");
    }

    /**
     * The stored summary with one page of the stored task rows, each written as stored (no parse of the rows, and
     * never the whole report: 1.2 MB at 2,000 tasks).
     */
    private ObjectNode page(String period, PageQuery page, String status, String group) {
        QuarterlyReportStore.Head head = store.head(period).orElseThrow(() -> notFound(period));
        ObjectNode summary;
        try {
            summary = (ObjectNode) mapper.readTree(head.summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode out = mapper.createObjectNode();
        SUMMARY_FIELDS.stream().filter(summary::has).forEach(name -> out.set(name, summary.get(name)));
        summary.fields().forEachRemaining(e -> {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        long total = store.count(head.id(), status, group);
        ObjectNode tasks = out.putObject("tasks");
        ArrayNode items = tasks.putArray("items");
        if (page.offset() < total) {
            store.rows(head.id(), status, group, page.offset(), page.size).forEach(row -> items.addRawValue(new RawValue(row)));
        }
        tasks.put("page", page.page).put("size", page.size).put("total", total)
                .put("totalPages", (total + page.size - 1) / page.size);
        return out;
    }

    private static RuntimeException notFound(String period) {
        return Problems.notFound("quarterly report", period + " (run the quarterly-report job)");
    }

    private HttpProblem tooLarge(String period, int rows) {
        return HttpProblem.builder().withType(URI.create(Problems.BASE + "export-too-large"))
                .withTitle("Export Too Large").withStatus(422)
                .withDetail("the " + period + " report has " + rows + " rows; an export holds at most " + maxRows
                        + " (action-plan.export.max-rows). Read it as JSON (?format=json).")
                .with("field", "format").with("limit", maxRows).with("rows", rows).build();
    }
}
