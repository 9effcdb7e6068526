package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Fair;
import gov.qinghai.followup.projects.domain.MilestoneTarget;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.service.ProjectImporter;
import gov.qinghai.followup.projects.service.TableFiles;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
    EntityManager em;
    @Inject
    AuditTrail audit;

    @GET
    @Authenticated
    @Operation(operationId = "listFairs", summary = "青洽会届次列表 · List fairs", description = "Newest edition first.")
    public Page<FairView> list(@Valid @BeanParam PageQuery page) {
        return Page.of(Fair.findAll(Sort.descending("edition")), page, FairView::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getFair", summary = "查看一届青洽会 · Get one fair")
    public FairView get(@PathParam("id") long id) {
        return FairView.of(find(id));
    }

    static Fair find(long id) {
        return Fair.<Fair>findByIdOptional(id).orElseThrow(() -> Problems.notFound("fair", id));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "createFair", summary = "新建下一届青洽会 · Create the next fair", description = "Then import its table with POST /api/v1/fairs/{id}/projects.")
    @APIResponse(responseCode = "201", description = "the fair as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FairView.class)))
    public Response create(@Valid @NotNull FairCreate body) {
        if (Fair.count("edition", body.edition()) > 0) {
            throw Problems.conflict("fair edition " + body.edition() + " exists already");
        }
        String reportingFrom = body.reportingFrom() != null ? body.reportingFrom()
                : body.heldFrom() != null ? java.time.YearMonth.from(body.heldFrom()).toString() : null;
        if (reportingFrom == null) {
            throw Problems.badRequest("heldFrom", "give heldFrom (or reportingFrom): the projects of a fair owe a "
                    + "monthly report from the fair's month on (134号 五)");
        }
        Fair f = new Fair();
        f.reportingFrom = reportingFrom;
        f.edition = body.edition();
        f.name = body.name();
        f.heldFrom = body.heldFrom();
        f.heldTo = body.heldTo();
        f.notice = body.notice();
        f.persist();
        return Created.at("/api/v1/fairs/" + f.id, FairView.of(f));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "updateFair", summary = "更正或关闭一届青洽会 · Correct a fair, or close it", description = "Its dates, the first month its projects owe a "
            + "report (reportingFrom) and closedAfter: once set, its projects owe no report after that month and the "
            + "reminders stop chasing them. Send the version you read; a stale version gets 409. Audited "
            + "(GET /api/v1/fairs/{id}/history).")
    @APIResponse(responseCode = "200", description = "the fair as stored")
    @APIResponse(responseCode = "409", description = "stale version")
    @APIResponse(responseCode = "422", description = "closedAfter before reportingFrom, or heldTo before heldFrom")
    public FairView update(@PathParam("id") long id, @Valid @NotNull FairUpdate body) {
        Fair f = find(id);
        if (f.version != body.version()) {
            throw Problems.staleVersion("fair " + id, body.version(), f.version);
        }
        if (body.closedAfter() != null && body.closedAfter().compareTo(body.reportingFrom()) < 0) {
            throw Problems.unprocessable("closedAfter", "closedAfter " + body.closedAfter()
                    + " is before reportingFrom " + body.reportingFrom());
        }
        if (body.heldFrom() != null && body.heldTo() != null && body.heldTo().isBefore(body.heldFrom())) {
            throw Problems.unprocessable("heldTo", "heldTo " + body.heldTo() + " is before heldFrom " + body.heldFrom());
        }
        f.name = body.name();
        f.heldFrom = body.heldFrom();
        f.heldTo = body.heldTo();
        f.notice = body.notice();
        f.reportingFrom = body.reportingFrom();
        f.closedAfter = body.closedAfter();
        Fair.flush();
        return FairView.of(f);
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
                    + "spooled to a temporary file, then read once, and progress is logged every 10,000 rows. A CSV may be "
                    + "UTF-8 or GB18030 (Excel on Chinese Windows): encoding says which was found; any other bytes are 400. "
                    + "Errors name the column as the file's header writes it. A 责任单位 the service does not know is an "
                    + "error on its rows, and unknownUnits lists every such name (an admin adds them with POST "
                    + "/api/v1/units).")
    @APIResponse(responseCode = "201", description = "imported (Location: the fair's projects)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "200", description = "dryRun: every row checked, nothing written",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "422", description = "row errors: every one listed, nothing written",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    public Response importProjects(@PathParam("id") long id,
                                   @QueryParam("dryRun") @DefaultValue("false") @Parameter(example = "true") boolean dryRun,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @RequestBody(description = "the table file") InputStream body) throws IOException {
        java.nio.file.Path file = Files.createTempFile("fair-" + id + "-import-", ".table");
        try {
            // spooled first: the transaction (and its connection) is not held open while a slow client uploads
            if (body == null || Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING) == 0) {
                throw Problems.badRequest("body", "send the table as text/csv or XLSX");
            }
            boolean xlsx = contentType != null && contentType.startsWith(TableFiles.XLSX);
            ImportResult result;
            try {
                // Excel on Chinese Windows saves CSV as GB18030: detected, and said in the answer (encoding)
                java.nio.charset.Charset charset = xlsx ? null : TableFiles.encodingOf(file);
                TableFiles.Lines lines = xlsx ? TableFiles.xlsx(file) : TableFiles.csv(file, charset);
                result = ImportResult.of(importer.importTable(id, lines, dryRun), xlsx ? "XLSX" : charset.name());
            } catch (TableFiles.Unreadable e) {
                throw Problems.badRequest("body", e.getMessage());
            }
            if (result.errors().isEmpty() && result.written()) {
                return Created.at("/api/v1/projects?fairId=" + id, result);
            }
            return Response.status(result.errors().isEmpty() ? 200 : 422).entity(result).build();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GET
    @Path("{id}/data-quality")
    @Authenticated
    @Operation(operationId = "countFairDataQualityFlags", summary = "各数据质量标记的项目数 · Count of projects per data-quality flag",
            description = "Irregular rows are imported, never dropped; list them with GET /api/v1/projects?flag=…")
    @SuppressWarnings("unchecked")
    public Map<String, Long> dataQuality(@PathParam("id") long id) {
        get(id);
        List<Object[]> rows = em.createNativeQuery("""
                select f, count(*) from project, unnest(quality_flags) f
                where fair_id = ?1 group by f order by f""").setParameter(1, id).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    @GET
    @Path("{id}/milestones")
    @Authenticated
    @Operation(operationId = "getMilestoneTargets", summary = "节点目标 · Milestone targets of a fair", description = "Seeded for the 18th fair from 134号 二. "
            + "version is the fair's: send it back to replace the targets.")
    public MilestoneSet milestones(@PathParam("id") long id) {
        Fair fair = find(id);
        return new MilestoneSet(id, fair.version, MilestoneTarget.<MilestoneTarget>list("fair.id = ?1 order by dueDate", id)
                .stream().map(m -> new MilestoneInput(m.dueDate, m.contractFulfilmentRate, m.constructionStartRate,
                        m.fundsInPlaceRate, m.source)).toList());
    }

    @PUT
    @Path("{id}/milestones")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "replaceMilestoneTargets", summary = "替换节点目标 · Replace the milestone targets of a fair", description = "Send the version you read (GET "
            + "…/milestones); a stale version gets 409. A target on a date that stays is updated in place, the others "
            + "are added or removed; every change is audited (GET …/milestones/history).")
    @APIResponse(responseCode = "200", description = "the targets as stored, with the new version")
    @APIResponse(responseCode = "409", description = "stale version")
    public MilestoneSet setMilestones(@PathParam("id") long id, @Valid @NotNull MilestoneSet body) {
        Fair fair = find(id);
        if (fair.version != body.version()) {
            throw Problems.staleVersion("the milestone targets of fair " + id, body.version(), fair.version);
        }
        List<MilestoneInput> targets = body.targets();
        if (targets.stream().map(MilestoneInput::dueDate).distinct().count() != targets.size()) {
            throw Problems.badRequest("dueDate", "two targets on the same date");
        }
        Map<java.time.LocalDate, MilestoneTarget> existing = new LinkedHashMap<>();
        MilestoneTarget.<MilestoneTarget>list("fair.id", id).forEach(m -> existing.put(m.dueDate, m));
        for (MilestoneInput t : targets) {
            MilestoneTarget m = existing.remove(t.dueDate());
            if (m == null) {
                m = new MilestoneTarget();
                m.fair = fair;
                m.dueDate = t.dueDate();
            }
            m.contractFulfilmentRate = t.contractFulfilmentRate();
            m.constructionStartRate = t.constructionStartRate();
            m.fundsInPlaceRate = t.fundsInPlaceRate();
            m.source = t.source();
            m.persist();
        }
        existing.values().forEach(MilestoneTarget::delete);
        // the set's version is the fair's: raised by every replacement, so that a stale read cannot overwrite it
        em.lock(fair, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        return milestones(id);
    }

    @GET
    @Path("{id}/milestones/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getMilestoneTargetsHistory", summary = "节点目标的审计记录 · Audit trail of a fair's milestone targets", description = "Every target the fair ever had, "
            + "removed ones included, with who changed what and when, before and after.")
    public Map<String, List<AuditEntry>> milestoneHistory(@PathParam("id") long id) {
        find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, max(due_date) d from milestone_target_aud "
                + "where id in (select id from milestone_target_aud where fair_id = ?1) group by id order by d, id").setParameter(1, id).setMaxResults(100).getResultList();
        Map<String, List<AuditEntry>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.merge(r[1].toString(), audit.history(MilestoneTarget.class, ((Number) r[0]).longValue()),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        return out;
    }
}
