package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.operations.OperationView;
import gov.qinghai.followup.common.operations.Operations;
import gov.qinghai.followup.common.operations.Work;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Fair;
import gov.qinghai.followup.projects.domain.MilestoneTarget;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.report.FairReadModel;
import gov.qinghai.followup.projects.service.FairCreate;
import gov.qinghai.followup.projects.service.FairService;
import gov.qinghai.followup.projects.service.FairUpdate;
import gov.qinghai.followup.projects.service.MilestoneInput;
import gov.qinghai.followup.projects.service.MilestoneSet;
import gov.qinghai.followup.projects.service.ProjectImporter;
import gov.qinghai.followup.projects.service.TableFiles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import gov.qinghai.followup.projects.service.ImportConfig;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fairs")
@Tag(name = "Fairs", description = "青洽会 editions whose signed projects are tracked")
public class FairResource {
    @Inject
    ProjectImporter importer;
    @Inject
    AuditTrail audit;
    @Inject
    FairService fairs;
    @Inject
    FairReadModel readModel;
    @Inject
    Operations operations;
    @Inject
    CurrentUser user;
    @Inject
    ImportConfig importConfig;

    @GET
    @Authenticated
    @Operation(operationId = "listFairs", summary = "青洽会届次列表 · List fairs", description = "Newest edition first.")
    public Page<FairView> list(@Valid @BeanParam PageQuery page) {
        return Page.of(fairs.list(), page, FairView::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getFair", summary = "查看一届青洽会 · Get one fair")
    public FairView get(@PathParam("id") long id) {
        return FairView.of(find(id));
    }

    static Fair find(long id) {
        return FairService.find(id);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createFair", summary = "新建下一届青洽会 · Create the next fair", description = "Then import its table with POST /api/v1/fairs/{id}/projects.")
    @APIResponse(responseCode = "201", description = "the fair as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FairView.class)))
    public Response create(@Valid @NotNull FairCreate body) {
        FairView created = FairView.of(fairs.create(body));
        return Created.at("/api/v1/fairs/" + created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateFair", summary = "更正或关闭一届青洽会 · Correct a fair, or close it", description = "Its dates, the first month its projects owe a "
            + "report (reportingFrom) and closedAfter: once set, its projects owe no report after that month and the "
            + "reminders stop chasing them. Send the version you read; a stale version gets 409. Audited "
            + "(GET /api/v1/fairs/{id}/history).")
    @APIResponse(responseCode = "200", description = "the fair as stored")
    @APIResponse(responseCode = "409", description = "stale version")
    @APIResponse(responseCode = "422", description = "closedAfter before reportingFrom, or heldTo before heldFrom")
    public FairView update(@PathParam("id") long id, @Valid @NotNull FairUpdate body) {
        return FairView.of(fairs.update(id, body));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getFairHistory", summary = "青洽会届次的审计记录 · Audit trail of one fair", description = "Who changed what and when, before and after.")
    public List<AuditEntry> history(@PathParam("id") long id) {
        find(id);
        return audit.history(Fair.class, id);
    }

    @POST
    @Idempotent
    @Path("{id}/projects")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", TableFiles.XLSX, "application/octet-stream"})
    @Operation(operationId = "importFairProjects", summary = "导入签约项目表（CSV 或 XLSX） · Import a fair's project table from CSV or XLSX",
            description = "Columns as in the export (seq, unit, name, party_a, party_b, total_investment, fund_sources, "
                    + "responsible_leader, responsible_persons[, source_line, quality_flags]) or the table's Chinese "
                    + "headings. dryRun=true checks every row and writes nothing. A real import is all-or-nothing: "
                    + "any row error → 422 with every error and nothing written. Up to 200,000 rows; the body may be "
                    + "as large as IMPORT_MAX_BODY_SIZE (default 100M), not the MAX_BODY_SIZE of other requests; it is "
                    + "spooled to a temporary file, then read once. A file larger than IMPORT_ASYNC_ABOVE (default 2M, "
                    + "about 10,000 rows), or any file sent with Prefer: respond-async, is imported as a tracked "
                    + "operation: 202 Accepted with Location /api/v1/operations/{id}, whose progress counts the rows "
                    + "written (every 10,000) of the table's rows, whose result summary is this ImportResult and whose "
                    + "problem is the 422 (errors, unknownUnits) or 409 the import would have answered. A CSV may be "
                    + "UTF-8 or GB18030 (Excel on Chinese Windows): encoding says which was found; any other bytes are 400. "
                    + "Errors name the column as the file's header writes it. A 责任单位 the service does not know is an "
                    + "error on its rows, and unknownUnits lists every such name (an admin adds them with POST "
                    + "/api/v1/units).")
    @APIResponse(responseCode = "201", description = "Imported (a small table; Location: the fair's projects)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "200", description = "Dry run: checked, nothing written",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "202", description = "A large table (or Prefer: respond-async): accepted as an operation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperationView.class), examples = @ExampleObject(
                    name = "accepted", value = "{\"id\":\"3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10\",\"kind\":"
                    + "\"projects-import\",\"state\":\"queued\",\"progress\":{\"done\":0,\"total\":null,"
                    + "\"unit\":\"rows\"},\"startedBy\":\"admin\",\"createdAt\":\"2026-12-07T10:00:00Z\","
                    + "\"startedAt\":null,\"finishedAt\":null,\"result\":null,\"problem\":null}")))
    @APIResponse(responseCode = "422", description = "Row errors: every one listed, nothing written",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    public Response importProjects(@PathParam("id") long id,
                                   @QueryParam("dryRun") @DefaultValue("false") @Parameter(example = "true") boolean dryRun,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @HeaderParam("Prefer") @Parameter(description = "respond-async: import as a tracked "
                                           + "operation whatever the file's size", example = "respond-async") String prefer,
                                   @RequestBody(description = "the table file") InputStream body) throws IOException {
        java.nio.file.Path file = Files.createTempFile("fair-" + id + "-import-", ".table");
        boolean handedOver = false;
        try {
            // spooled first: the transaction (and its connection) is not held open while a slow client uploads
            long size = body == null ? 0 : Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                throw Problems.badRequest("body", Detail.of("pt.import.no-table", "send the table as text/csv or XLSX"));
            }
            boolean xlsx = contentType != null && contentType.startsWith(TableFiles.XLSX);
            java.nio.charset.Charset charset;
            try {
                // Excel on Chinese Windows saves CSV as GB18030: detected, and said in the answer (encoding)
                charset = xlsx ? null : TableFiles.encodingOf(file);
            } catch (TableFiles.Unreadable e) {
                throw Problems.badRequest("body", e.detail());
            }
            String encoding = xlsx ? "XLSX" : charset.name();
            if (Operations.prefersAsync(prefer) || size > importConfig.asyncAbove().asLongValue()) {
                find(id);
                java.nio.file.Path spooled = file;
                handedOver = true;
                return Operations.accepted(operations.start("projects-import", "rows", user.name(),
                        progress -> importInBackground(id, spooled, xlsx, charset, encoding, dryRun, progress),
                        () -> delete(spooled)));
            }
            ImportResult result;
            try {
                result = ImportResult.of(importer.importTable(id, lines(file, xlsx, charset), dryRun), encoding);
            } catch (TableFiles.Unreadable e) {
                throw Problems.badRequest("body", e.detail());
            }
            if (result.errors().isEmpty() && result.written()) {
                return Created.at("/api/v1/projects?fairId=" + id, result);
            }
            return Response.status(result.errors().isEmpty() ? 200 : 422).entity(result).build();
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The body of a tracked import: total = the table's data lines, done = rows written (checked on a dry run). */
    private Work.Outcome importInBackground(long id, java.nio.file.Path file, boolean xlsx,
                                            java.nio.charset.Charset charset, String encoding, boolean dryRun,
                                            Work.Progress progress) {
        try {
            TableFiles.Lines lines = lines(file, xlsx, charset);
            long[] count = {0};
            lines.each(line -> count[0]++);
            progress.total(Math.max(0, count[0] - 1));
            ImportResult result = ImportResult.of(importer.importTable(id, lines, dryRun, progress::done), encoding);
            if (!result.errors().isEmpty()) {
                throw Problems.withDetail(HttpProblem.builder().withType(URI.create(Problems.BASE + "import-rejected"))
                        .withTitle("Unprocessable Content").withStatus(422), Detail.of("pt.import.rejected",
                                "{0} row errors: nothing was written", result.errors().size()))
                        .with("rows", result.rows()).with("errors", result.errors())
                        .with("unknownUnits", result.unknownUnits()).with("encoding", encoding).build();
            }
            progress.total(result.rows());
            progress.done(result.rows());
            return new Work.Outcome(result.written() ? "/api/v1/projects?fairId=" + id : null, result);
        } catch (TableFiles.Unreadable e) {
            throw Problems.badRequest("body", e.detail());
        } finally {
            delete(file);
        }
    }

    private static TableFiles.Lines lines(java.nio.file.Path file, boolean xlsx, java.nio.charset.Charset charset) {
        return xlsx ? TableFiles.xlsx(file) : TableFiles.csv(file, charset);
    }

    private static void delete(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GET
    @Path("{id}/data-quality")
    @Authenticated
    @Operation(operationId = "countFairDataQualityFlags", summary = "各数据质量标记的项目数 · Count of projects per data-quality flag",
            description = "Irregular rows are imported, never dropped; list them with GET /api/v1/projects?flag=…")
    public Map<String, Long> dataQuality(@PathParam("id") long id) {
        get(id);
        return readModel.dataQuality(id);
    }

    @GET
    @Path("{id}/milestones")
    @Authenticated
    @Operation(operationId = "getMilestoneTargets", summary = "节点目标 · Milestone targets of a fair", description = "Seeded for the 18th fair from 134号 二. "
            + "version is the fair's: send it back to replace the targets.")
    public MilestoneSet milestones(@PathParam("id") long id) {
        Fair fair = find(id);
        return new MilestoneSet(id, fair.version, fairs.milestones(id)
                .stream().map(m -> new MilestoneInput(m.dueDate, m.contractFulfilmentRate, m.constructionStartRate,
                        m.fundsInPlaceRate, m.source)).toList());
    }

    @PUT
    @Path("{id}/milestones")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceMilestoneTargets", summary = "替换节点目标 · Replace the milestone targets of a fair", description = "Send the version you read (GET "
            + "…/milestones); a stale version gets 409. A target on a date that stays is updated in place, the others "
            + "are added or removed; every change is audited (GET …/milestones/history).")
    @APIResponse(responseCode = "200", description = "the targets as stored, with the new version")
    @APIResponse(responseCode = "409", description = "stale version")
    public MilestoneSet setMilestones(@PathParam("id") long id, @Valid @NotNull MilestoneSet body) {
        fairs.setMilestones(id, body);
        return milestones(id);
    }

    @GET
    @Path("{id}/milestones/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getMilestoneTargetsHistory", summary = "节点目标的审计记录 · Audit trail of a fair's milestone targets", description = "Every target the fair ever had, "
            + "removed ones included, with who changed what and when, before and after.")
    public Map<String, List<AuditEntry>> milestoneHistory(@PathParam("id") long id) {
        find(id);
        Map<String, List<AuditEntry>> out = new LinkedHashMap<>();
        for (FairReadModel.AuditedRecord r : readModel.milestoneTargetsEver(id)) {
            out.merge(r.key(), audit.history(MilestoneTarget.class, r.id()),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        return out;
    }
}
