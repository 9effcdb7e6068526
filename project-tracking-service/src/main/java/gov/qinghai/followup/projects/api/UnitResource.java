package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.domain.ResponsibleUnit;
import gov.qinghai.followup.projects.domain.UnitKind;
import gov.qinghai.followup.projects.service.UnitCreate;
import gov.qinghai.followup.projects.service.UnitService;
import gov.qinghai.followup.projects.service.UnitUpdate;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units")
@Tag(name = "Responsible units", description = "责任单位 of the attachment table")
public class UnitResource {
    @Inject
    AuditTrail audit;
    @Inject
    UnitService units;

    @GET
    @Authenticated
    @Operation(operationId = "listResponsibleUnits", summary = "责任单位列表 · List responsible units", description = "Paged; filter by kind and 市州.")
    public Page<UnitView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") UnitKind kind,
                               @QueryParam("prefecture") String prefecture) {
        return Page.of(units.list(kind, prefecture), page, UnitView::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getResponsibleUnit", summary = "查看一个责任单位 · Get one responsible unit")
    public UnitView get(@PathParam("id") long id) {
        return UnitView.of(find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateResponsibleUnit", summary = "更正责任单位 · Correct a unit's kind, 市州, park or contact", description = "Send the version you read; "
            + "a stale version gets 409. The contact (contactEmail and/or contactWebhook) receives the unit's reminders "
            + "through the outbox.")
    public UnitView update(@PathParam("id") long id, @Valid @NotNull UnitUpdate body) {
        return UnitView.of(units.update(id, body));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createResponsibleUnit", summary = "新增责任单位 · Add a responsible unit", description = "A later fair may name a 责任单位 the 18th did not have "
            + "(e.g. 黄南州政府): add it before importing that fair's table, with the name exactly as the table writes "
            + "it. Audited (GET /api/v1/units/{id}/history). Its contact (e-mail and/or webhook) receives its reminders.")
    @APIResponse(responseCode = "409", description = "a unit of that name exists")
    @APIResponse(responseCode = "201", description = "the unit as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)))
    public Response create(@Valid @NotNull UnitCreate body) {
        UnitView created = UnitView.of(units.create(body));
        return Created.at("/api/v1/units/" + created.id(), created);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getResponsibleUnitHistory", summary = "责任单位的审计记录 · Audit trail of one unit", description = "Who changed what and when, before and after.")
    public List<AuditEntry> history(@PathParam("id") long id) {
        find(id);
        return audit.history(ResponsibleUnit.class, id);
    }

    private static ResponsibleUnit find(long id) {
        return UnitService.find(id);
    }
}
