package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.service.MembersUpdate;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.actionplan.service.UnitScope;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units")
@Tag(name = "Units", description = "牵头单位, 责任单位 and collectives named in 135号")
public class UnitResource {
    @Inject
    gov.qinghai.followup.actionplan.service.CorrectionService corrections;
    @Inject
    UnitScope scope;
    @Inject
    gov.qinghai.followup.actionplan.service.Catalogue catalogue;

    @GET
    @Authenticated
    @Operation(operationId = "listActionPlanUnits", summary = "单位列表 · List units", description = "Paged by kind and name; filter by kind.")
    public Page<UnitView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") UnitKind kind) {
        return Page.of(catalogue.units(kind), page, (Unit u) -> UnitView.of(u, scope));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getActionPlanUnit", summary = "查看一个单位 · Get one unit")
    public UnitView get(@PathParam("id") long id) {
        return UnitView.of(catalogue.unit(id), scope);
    }

    @PUT
    @Path("{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setUnitCollectiveMembers", summary = "更正“各…”所指单位 · Correct who a 各… collective reaches", description = "The one member list of 各市州人民政府, "
            + "各市州县人民政府 or 省政府各委、办、厅、局, on every task that names it. 相关… collectives are read per task "
            + "(PUT /api/v1/tasks/{number}/units/{id}/members; 422 here). Reminders, my tasks and reporting rights "
            + "follow at once. Send the version you read; a stale one gets 409.")
    public UnitView members(@PathParam("id") long id, @Valid @NotNull MembersUpdate body) {
        corrections.setCollectiveMembers(id, body);
        return UnitView.of(catalogue.unit(id), scope);
    }
}
