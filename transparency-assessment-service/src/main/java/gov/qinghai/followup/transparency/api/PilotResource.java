package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.transparency.service.CatalogueImports;
import gov.qinghai.followup.transparency.service.Listings;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.CatalogueItem;
import gov.qinghai.followup.transparency.domain.PilotUnit;
import gov.qinghai.followup.transparency.report.Csv;
import gov.qinghai.followup.common.tables.ExportLimit;
import gov.qinghai.followup.transparency.report.Exports;
import gov.qinghai.followup.transparency.report.Xlsx;
import gov.qinghai.followup.transparency.service.PilotService;
import gov.qinghai.followup.transparency.service.views.PilotViews;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.HeaderParam;
import gov.qinghai.followup.common.operations.Operations;
import gov.qinghai.followup.common.operations.OperationView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pilot")
@Tag(name = "Grassroots pilot", description = "青政办〔2017〕138号: 城北区, 乐都区, 格尔木市; milestones; 标准目录")
public class PilotResource {
    @Inject
    CatalogueImports imports;
    @Inject
    Listings listings;
    @Inject
    PilotService service;
    @Inject
    AuditTrail audit;
    @Inject
    ExportLimit limit;

    @GET
    @Path("units")
    @Authenticated
    @Operation(operationId = "listPilotUnits", summary = "试点单位列表 · List pilot units with their content areas and milestones")
    public Page<PilotViews.Unit> units(@Valid @BeanParam PageQuery page) {
        return Page.of(listings.pilotUnits(), page, service::view);
    }

    @GET
    @Path("units/{id}")
    @Authenticated
    @Operation(operationId = "getPilotUnit", summary = "查看一个试点单位 · Get one pilot unit")
    public PilotViews.Unit unit(@PathParam("id") long id) {
        return service.view(PilotService.requireUnit(id));
    }

    @PUT
    @Path("units/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updatePilotUnit", summary = "设置试点单位联系邮箱 · Set the unit's contact e-mail",
            description = "Milestone reminders (138号 五) are e-mailed there through the outbox. A stale version gets 409.")
    public PilotViews.Unit updateUnit(@PathParam("id") long id, @Valid @NotNull PilotViews.UnitUpdate body) {
        return service.view(service.updateUnit(id, body));
    }

    @POST
    @Idempotent
    @Path("units/{id}/areas")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addPilotArea", summary = "增加试点内容 · Add a content area (138号 三(二) 可以结合实际适当增加试点内容)")
    @APIResponse(responseCode = "201", description = "the content area as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PilotViews.Area.class)))
    public Response addArea(@PathParam("id") long id, @Valid @NotNull PilotViews.AreaInput body) {
        return Created.at("/api/v1/pilot/units/" + id + "/areas", PilotViews.Area.of(service.addArea(id, body.name())));
    }

    @PUT
    @Path("milestones/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "setPilotMilestone", summary = "标记试点节点完成或未完成 · Mark a milestone done or pending", description = "A reporter only for its own pilot unit.")
    public PilotViews.Milestone milestone(@PathParam("id") long id, @Valid @NotNull PilotViews.MilestoneUpdate body) {
        return PilotViews.Milestone.of(service.updateMilestone(id, body));
    }

    @GET
    @Path("units/{id}/areas")
    @Authenticated
    @Operation(operationId = "listPilotAreas", summary = "试点内容及其标准目录条目 · The unit's 试点内容 with their 标准目录 items", description = "Per area: number of catalogue"
            + " items and latest revision (one SQL aggregation), in the attachment's order; the items of one area are"
            + " GET …/catalogue?area=.")
    @APIResponse(responseCode = "200", description = "the unit's areas", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PilotViews.AreaSummary.class), examples = @ExampleObject(name = "城北区", value = """
                    [{"id": 100, "seq": 1, "name": "城乡规划", "source": "ATTACHMENT", "items": 12, "latestRevision": 3}]""")))
    public List<PilotViews.AreaSummary> areas(@PathParam("id") long id) {
        PilotService.requireUnit(id);
        return service.areaSummary(id);
    }

    @GET
    @Path("units/{id}/acceptance-checklist")
    @Authenticated
    @Operation(operationId = "getAcceptanceChecklist", summary = "试点验收清单 · The 验收 checklist of 138号 五(三) for a unit", description = "Each requirement of the"
            + " acceptance stage with what this service knows: milestones, the 标准目录 per 试点内容; documents it does"
            + " not hold are NOT_TRACKED, never counted as met.")
    @APIResponse(responseCode = "200", description = "the checklist", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = PilotViews.ChecklistItem.class), examples = @ExampleObject(name = "格尔木市", value = """
                    [{"code": "ACCEPTANCE_REPORT", "requirement": "形成试点工作总体报告报送省政务公开领导小组办公室（2018年9月底前）",
                      "basis": "138号 五", "status": "OPEN", "evidence": "due 2018-09-30"},
                     {"code": "STANDARD_CATALOGUE", "requirement": "政务公开事项标准目录（每个试点内容）",
                      "basis": "138号 四(二)、五(三)", "status": "OPEN", "evidence": "7 of 8 试点内容 have catalogue items"}]""")))
    public List<PilotViews.ChecklistItem> acceptanceChecklist(@PathParam("id") long id) {
        PilotService.requireUnit(id);
        return service.acceptanceChecklist(id);
    }

    @GET
    @Path("units/{id}/catalogue")
    @Authenticated
    @Operation(operationId = "getPilotCatalogue", summary = "试点单位的标准目录 · The unit's 标准目录", description = "JSON, CSV or XLSX with the columns 试点内容, 名称, 依据, 内容,"
            + " 主体, 时限, 方式, 要求 — chosen by ?format= or Accept; ?area= narrows it to one 试点内容. Above the export"
            + " limit (EXPORT_MAX_ROWS, default 10000 rows) it is refused with 422 export-too-large naming the limit.")
    public Response catalogue(@PathParam("id") long id, @QueryParam("format") String format,
                              @QueryParam("area") String area, @Context HttpHeaders headers) {
        PilotUnit u = PilotService.requireUnit(id);
        String f = Exports.format(format, headers);
        Long areaId = area == null ? null : service.areaId(id, area);
        limit.check(service.catalogueSize(id, areaId), "area", ExportLimit.onePerRequest("?area=", "试点内容"));
        Map<Long, String> areas = service.areaNames(id);
        List<CatalogueItem> items = service.catalogue(id, areaId);
        List<List<?>> rows = new ArrayList<>();
        for (CatalogueItem c : items) {
            rows.add(List.of(areas.get(c.areaId), c.name, c.basis, c.content, c.responsibleBody, c.timeLimit,
                    c.method, c.requirement));
        }
        return Exports.respond(f, "catalogue-" + u.name + "-r" + u.catalogueRevision,
                "标准目录", PilotService.COLUMNS, rows,
                () -> items.stream().map(c -> PilotViews.Item.of(c, areas.get(c.areaId))).toList());
    }

    @POST
    @Idempotent
    @Path("units/{id}/catalogue")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "addCatalogueItem", summary = "增加标准目录条目 · Add a catalogue item", description = "Bumps the unit's catalogue revision.")
    @APIResponse(responseCode = "201", description = "the catalogue item as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PilotViews.Item.class)))
    public Response addItem(@PathParam("id") long id, @Valid @NotNull PilotViews.ItemInput body) {
        CatalogueItem c = service.saveItem(id, null, body);
        return Created.at("/api/v1/pilot/units/" + id + "/catalogue", PilotViews.Item.of(c, body.area()));
    }

    @PUT
    @Path("units/{id}/catalogue/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "updateCatalogueItem", summary = "动态调整标准目录条目 · Adjust a catalogue item (动态调整)", description = "Send the version you read.")
    public PilotViews.Item updateItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                      @Valid @NotNull PilotViews.ItemInput body) {
        return PilotViews.Item.of(service.saveItem(id, itemId, body), body.area());
    }

    @POST
    @Path("units/{id}/catalogue/import")
    @Consumes({Exports.CSV, Xlsx.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "importPilotCatalogue", summary = "导入标准目录（CSV 或 XLSX） · Import a catalogue in the export's columns (CSV or XLSX)", description = "Creates or updates"
            + " by (试点内容, 名称); one new revision for the import; a bad row rejects the whole file (422) and writes"
            + " nothing. A file of more than CATALOGUE_IMPORT_ASYNC_ABOVE_ROWS data rows (default 1000), or any file"
            + " sent with Prefer: respond-async, is imported as a tracked operation (kind catalogue-import): 202"
            + " Accepted with Location /api/v1/operations/{id}, whose progress counts the rows read of the file's rows,"
            + " whose result summary is this CatalogueImportResult and whose problem is the 422 the import would have"
            + " answered. The unit, the caller's right to it and the header row are checked first, at once.")
    @APIResponse(responseCode = "200", description = "Imported at once (a catalogue of up to CATALOGUE_IMPORT_ASYNC_ABOVE_ROWS rows)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PilotViews.ImportResult.class),
            examples = @ExampleObject(name = "imported", value = "{\"revision\": 2, \"created\": 3, \"updated\": 1, \"unchanged\": 5}")))
    @APIResponse(responseCode = "202", description = "A large file (or Prefer: respond-async): accepted as an operation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperationView.class), examples = @ExampleObject(
                    name = "accepted", value = "{\"id\":\"3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10\",\"kind\":"
                    + "\"catalogue-import\",\"state\":\"queued\",\"progress\":{\"done\":0,\"total\":null,"
                    + "\"unit\":\"rows\"},\"startedBy\":\"admin\",\"createdAt\":\"2026-12-07T10:00:00Z\","
                    + "\"startedAt\":null,\"finishedAt\":null,\"result\":null,\"problem\":null}")))
    public Response importCatalogue(@PathParam("id") long id, @Context HttpHeaders headers,
                                    @HeaderParam("Prefer") @Parameter(description = "respond-async: import as a tracked "
                                            + "operation whatever the file's size", example = "respond-async") String prefer,
                                    byte[] body) {
        String type = headers.getMediaType() == null ? "" : headers.getMediaType().toString();
        List<List<String>> rows;
        if (type.startsWith(Xlsx.MEDIA_TYPE)) {
            try {
                rows = Xlsx.read(body);
            } catch (IOException | RuntimeException e) {
                throw Problems.badRequest("body", Detail.of("tr.pilot.xlsx", "not a readable XLSX file"));
            }
        } else {
            rows = Csv.parse(new String(body, StandardCharsets.UTF_8));
        }
        CatalogueImports.Started started = imports.start(id, rows, Operations.prefersAsync(prefer));
        return started.operation() != null ? Operations.accepted(started.operation())
                : Response.ok(started.result()).build();
    }

    @GET
    @Path("catalogue-items/{itemId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getCatalogueItemHistory", summary = "标准目录条目的各版本 · Versions of one catalogue item", description = "Every adjustment, who and when.")
    public List<AuditEntry> itemHistory(@PathParam("itemId") long itemId) {
        listings.catalogueItem(itemId);
        return audit.history(CatalogueItem.class, itemId);
    }
}
