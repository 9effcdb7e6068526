package gov.qinghai.followup.common.reports;

import gov.qinghai.followup.common.documents.Documents;
import gov.qinghai.followup.common.documents.OfficialDocument;
import gov.qinghai.followup.common.documents.XlsxCharts;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.tables.TableExport;
import gov.qinghai.followup.common.web.Created;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The one period-reports API of every service ({@value #PATH}): the stored reports listed, a period's latest version,
 * its versions, any version, and regeneration by an administrator. A service's resource extends this with
 * {@code @Path(PeriodReportEndpoints.PATH)} and renders a version as CSV/XLSX with its own table builders
 * ({@link #render}); a service that keeps a report per scope (project tracking: per fair) overrides {@link #scope()}.
 */
public abstract class PeriodReportEndpoints {
    public static final String PATH = "/api/v1/period-reports";
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = Documents.DOCX;
    public static final String PDF = Documents.PDF;
    private static final String FORMATS = "?format=json|csv|xlsx|docx|pdf or the Accept header: JSON (the version "
            + "fields, then the report as built), CSV (UTF-8 with BOM), XLSX (the table and a sheet 图表 of native "
            + "charts), DOCX (the document an office sends upward, laid out after GB/T 9704, with native charts) or "
            + "PDF (the same document, Chinese font embedded).";
    private static final String VERSION_EXAMPLE = "{\"kind\":\"quarterly\",\"period\":\"2017-Q3\",\"scope\":\"\","
            + "\"version\":2,\"builtAt\":\"2018-01-15T02:00:00Z\",\"dataAsOf\":\"2018-01-15T02:00:00Z\","
            + "\"builtBy\":\"admin@qinghai\",\"reason\":\"海西州 filed its September report late\",\"supersededBy\":null}";

    @Inject
    protected PeriodReports reports;
    @Inject
    protected CurrentUser user;
    @Inject
    protected Documents documents;

    /** The scope the request reads or regenerates: '' for a service with one report per period. */
    protected String scope() {
        return "";
    }

    /** The query parameter that carries the scope (for the Location of a new version); null if none. */
    protected String scopeParameter() {
        return null;
    }

    /** The scope a list is narrowed to; null lists every scope. */
    protected String listScope() {
        return null;
    }

    /** A version as {@code json}, {@code csv} or {@code xlsx} (already checked to be one of them). */
    protected abstract Response render(StoredVersion version, String format);

    /**
     * The version as the document its notice asks for (标题, 主送, 正文 with the notice's targets, tables, charts):
     * served as DOCX and PDF, and its charts added to the XLSX. Each service words its own.
     */
    protected abstract OfficialDocument document(StoredVersion version);

    /** DOCX and PDF from the version's document; JSON, CSV and XLSX by the service, the XLSX with its charts. */
    protected Response respond(StoredVersion v, String format) {
        if (format.equals("docx") || format.equals("pdf")) {
            OfficialDocument d = document(v);
            boolean docx = format.equals("docx");
            return TableExport.download(docx ? documents.docx(d) : documents.pdf(d), docx ? DOCX : PDF,
                    d.fileName() + "." + format);
        }
        Response r = render(v, format);
        if (format.equals("xlsx") && r.getStatus() == 200 && r.getEntity() instanceof byte[] xlsx) {
            return Response.fromResponse(r).entity(XlsxCharts.append(xlsx, document(v).charts())).build();
        }
        return r;
    }

    /** The page of stored periods, as the list answers it (documentation type: Page&lt;StoredPeriod&gt;). */
    @Schema(name = "StoredPeriodPage")
    public record StoredPeriodPage(List<StoredPeriod> items, int page, int size, long total, int totalPages) {
    }

    /** A version as JSON: its version fields (version, builtAt, dataAsOf, supersededBy …) then the report. */
    protected Response json(StoredVersion version) {
        return Response.ok(reports.json(version, null), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPeriodReports", summary = "已存定期报告 · Stored period reports", description = "One row per kind, period (and scope) with a stored "
            + "report and its latest version, the latest period first; ?kind= keeps one kind.")
    @APIResponse(responseCode = "200", description = "A page of stored periods", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoredPeriodPage.class),
            examples = @ExampleObject(name = "periods", value = "{\"items\":"
            + "[{\"kind\":\"quarterly\",\"period\":\"2017-Q3\",\"scope\":\"\",\"latestVersion\":2,\"latestBuiltAt\":"
            + "\"2018-01-15T02:00:00Z\"}],\"page\":0,\"size\":20,\"total\":1,\"totalPages\":1}")))
    @APIResponse(responseCode = "404", description = "no such kind in this service")
    public Page<StoredPeriod> list(@Valid @BeanParam PageQuery page,
                                   @QueryParam("kind") @Parameter(description = "only this kind, e.g. quarterly")
                                   String kind) {
        return reports.list(kind, listScope(), page);
    }

    @GET
    @Path("{kind}/{period}")
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, DOCX, PDF})
    @Operation(operationId = "getPeriodReport", summary = "某期报告的最新版本 · The latest version of a period's report", description = FORMATS
            + " Earlier versions: …/versions/{n}.")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "the version fields (PeriodReportVersion), then the report as built"),
                    examples = @ExampleObject(name = "report",
                    value = "{\"kind\":\"quarterly\",\"period\":\"2017-Q3\",\"version\":2,\"builtAt\":"
                            + "\"2018-01-15T02:00:00Z\",\"dataAsOf\":\"2018-01-15T02:00:00Z\",\"builtBy\":"
                            + "\"admin@qinghai\",\"reason\":\"late report\",\"supersededBy\":null}")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "period malformed or outside the service's window, or an "
            + "unknown format (the problem names the field)")
    @APIResponse(responseCode = "404", description = "no such kind, or no report stored for the period")
    public Response latest(@PathParam("kind") @Parameter(example = "quarterly") String kind,
                           @PathParam("period") @Parameter(example = "2017-Q3") String period,
                           @QueryParam("format") @Parameter(description = "json, csv, xlsx, docx or pdf (default: Accept)")
                           String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String f = format(format, accept);
        return respond(reports.read(kind, period, scope(), null), f);
    }

    @GET
    @Path("{kind}/{period}/versions")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPeriodReportVersions", summary = "某期报告的各版本 · The versions of a period's report", description = "Every build, the first first: when, from "
            + "data as of when, by whom, why, and which version superseded it.")
    @APIResponse(responseCode = "200", description = "the versions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PeriodReportVersion.class),
            examples = @ExampleObject(name = "versions",
            value = "[" + VERSION_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "period malformed (the problem names the field)")
    @APIResponse(responseCode = "404", description = "no such kind, or no report stored for the period")
    public List<PeriodReportVersion> versions(@PathParam("kind") @Parameter(example = "quarterly") String kind,
                                              @PathParam("period") @Parameter(example = "2017-Q3") String period) {
        return reports.versions(kind, period, scope());
    }

    @GET
    @Path("{kind}/{period}/versions/{n}")
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX, DOCX, PDF})
    @Operation(operationId = "getPeriodReportVersion", summary = "某期报告的一个版本 · One version of a period's report", description = "As the latest version is served; a "
            + "superseded version says which one superseded it (supersededBy). " + FORMATS)
    @APIResponse(responseCode = "200", description = "the version", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "the version fields (PeriodReportVersion), then the report as built"),
                    examples = @ExampleObject(name = "version",
                    value = VERSION_EXAMPLE)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "period malformed or an unknown format")
    @APIResponse(responseCode = "404", description = "no such kind, period or version")
    public Response version(@PathParam("kind") @Parameter(example = "quarterly") String kind,
                            @PathParam("period") @Parameter(example = "2017-Q3") String period,
                            @PathParam("n") @Parameter(example = "1") int n,
                            @QueryParam("format") @Parameter(description = "json, csv, xlsx, docx or pdf (default: Accept)")
                            String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String f = format(format, accept);
        return respond(reports.read(kind, period, scope(), n), f);
    }

    @POST
    @Path("{kind}/{period}/regenerate")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "regeneratePeriodReport", summary = "重新生成某期报告 · Regenerate a period's report", description = "Builds the report of an ended period from "
            + "today's data (late reports and corrections included) as its next version; the earlier versions stay "
            + "readable and say which version superseded them. A period never built gets version 1. Not a scheduled "
            + "run: the job's claim of the period is left as it is.")
    @APIResponse(responseCode = "201", description = "the new version; Location: …/versions/{n}", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodReportVersion.class),
            examples = @ExampleObject(name = "created", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "period malformed, reason missing or longer than 2000")
    @APIResponse(responseCode = "403", description = "not an admin")
    @APIResponse(responseCode = "404", description = "no such kind (or scope)")
    @APIResponse(responseCode = "422", description = "the period has not ended, or its data cannot make the report yet")
    public Response regenerate(@PathParam("kind") @Parameter(example = "quarterly") String kind,
                               @PathParam("period") @Parameter(example = "2017-Q3") String period,
                               @Valid @NotNull RegenerateRequest body, @Context UriInfo uri) {
        PeriodReportVersion v = reports.regenerate(kind, period, scope(), user.name(), body.reason());
        UriBuilder location = uri.getBaseUriBuilder().path(PATH).path(kind).path(period).path("versions")
                .path(String.valueOf(v.version()));
        if (scopeParameter() != null) {
            location.queryParam(scopeParameter(), v.scope());
        }
        return Created.builder(location.build().toString(), v).type(MediaType.APPLICATION_JSON).build();
    }

    /** ?format= first, then the Accept header; JSON by default; anything else 400 naming {@code format}. */
    protected static String format(String format, String accept) {
        if (format != null) {
            String f = format.toLowerCase(Locale.ROOT);
            if (!List.of("json", "csv", "xlsx", "docx", "pdf").contains(f)) {
                throw Problems.badRequest("format", Detail.of("common.reports.format",
                        "format must be json, csv, xlsx, docx or pdf"));
            }
            return f;
        }
        if (accept == null) {
            return "json";
        }
        return accept.contains(XLSX) ? "xlsx" : accept.contains(DOCX) ? "docx" : accept.contains(PDF) ? "pdf"
                : accept.contains(CSV) ? "csv" : "json";
    }
}
