package gov.qinghai.followup.projects.api;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fairs")
@Tag(name = "Fairs", description = "青洽会 editions whose signed projects are tracked")
public class FairResource {
    @Inject
    ProjectImporter importer;
    @Inject
    EntityManager em;

    @GET
    @Authenticated
    @Operation(summary = "List fairs", description = "Newest edition first.")
    public Page<FairView> list(@Valid @BeanParam PageQuery page) {
        return Page.of(Fair.findAll(Sort.descending("edition")), page, FairView::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get one fair")
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
    @Operation(summary = "Create the next fair", description = "Then import its table with POST /api/v1/fairs/{id}/projects.")
    public Response create(@Valid @NotNull FairCreate body) {
        if (Fair.count("edition", body.edition()) > 0) {
            throw Problems.conflict("fair edition " + body.edition() + " exists already");
        }
        Fair f = new Fair();
        f.edition = body.edition();
        f.name = body.name();
        f.heldFrom = body.heldFrom();
        f.heldTo = body.heldTo();
        f.notice = body.notice();
        f.persist();
        return Response.status(201).entity(FairView.of(f)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/projects")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", TableFiles.XLSX, "application/octet-stream"})
    @Operation(summary = "Import a fair's project table from CSV or XLSX",
            description = "Columns as in the export (seq, unit, name, party_a, party_b, total_investment, fund_sources, "
                    + "responsible_leader, responsible_persons[, source_line, quality_flags]) or the table's Chinese "
                    + "headings. dryRun=true checks every row and writes nothing. A real import is all-or-nothing: "
                    + "any row error → 422 with every error and nothing written. Up to 200,000 rows; the body may be "
                    + "as large as IMPORT_MAX_BODY_SIZE (default 100M), not the MAX_BODY_SIZE of other requests; it is "
                    + "spooled to a temporary file, then read once, and progress is logged every 10,000 rows.")
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
            TableFiles.Lines lines = contentType != null && contentType.startsWith(TableFiles.XLSX)
                    ? TableFiles.xlsx(file) : TableFiles.csv(file);
            ImportResult result;
            try {
                result = ImportResult.of(importer.importTable(id, lines, dryRun));
            } catch (TableFiles.Unreadable e) {
                throw Problems.badRequest("body", e.getMessage());
            }
            return Response.status(result.errors().isEmpty() ? (result.written() ? 201 : 200) : 422)
                    .entity(result).build();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GET
    @Path("{id}/data-quality")
    @Authenticated
    @Operation(summary = "Count of projects per data-quality flag",
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
    @Operation(summary = "Milestone targets of a fair", description = "Seeded for the 18th fair from 134号 二.")
    public List<MilestoneInput> milestones(@PathParam("id") long id) {
        find(id);
        return MilestoneTarget.<MilestoneTarget>list("fair.id = ?1 order by dueDate", id).stream()
                .map(m -> new MilestoneInput(m.dueDate, m.contractFulfilmentRate, m.constructionStartRate,
                        m.fundsInPlaceRate, m.source)).toList();
    }

    @PUT
    @Path("{id}/milestones")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Replace the milestone targets of a fair")
    public List<MilestoneInput> setMilestones(@PathParam("id") long id,
                                              @NotNull @jakarta.validation.constraints.Size(max = 20)
                                              List<@Valid @NotNull MilestoneInput> targets) {
        Fair fair = find(id);
        if (targets.stream().map(MilestoneInput::dueDate).distinct().count() != targets.size()) {
            throw Problems.badRequest("dueDate", "two targets on the same date");
        }
        MilestoneTarget.delete("fair.id", id);
        em.flush();
        for (MilestoneInput t : targets) {
            MilestoneTarget m = new MilestoneTarget();
            m.fair = fair;
            m.dueDate = t.dueDate();
            m.contractFulfilmentRate = t.contractFulfilmentRate();
            m.constructionStartRate = t.constructionStartRate();
            m.fundsInPlaceRate = t.fundsInPlaceRate();
            m.source = t.source();
            m.persist();
        }
        return milestones(id);
    }
}
