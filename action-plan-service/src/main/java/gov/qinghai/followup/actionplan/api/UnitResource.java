package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.CollectiveMember;
import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
    UnitScope scope;
    @Inject
    EntityManager em;

    @GET
    @Authenticated
    @Operation(operationId = "listActionPlanUnits", summary = "单位列表 · List units", description = "Paged by kind and name; filter by kind.")
    public Page<UnitView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") UnitKind kind) {
        String q = kind == null ? "1 = 1" : "kind = :kind";
        Parameters p = kind == null ? new Parameters() : Parameters.with("kind", kind);
        return Page.of(Unit.find(q, Sort.by("kind").and("name"), p.map()), page, scope::view);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getActionPlanUnit", summary = "查看一个单位 · Get one unit")
    public UnitView get(@PathParam("id") long id) {
        return scope.view(find(id));
    }

    @PUT
    @Path("{id}/members")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(operationId = "setUnitCollectiveMembers", summary = "更正“各…”所指单位 · Correct who a 各… collective reaches", description = "The one member list of 各市州人民政府, "
            + "各市州县人民政府 or 省政府各委、办、厅、局, on every task that names it. 相关… collectives are read per task "
            + "(PUT /api/v1/tasks/{number}/units/{id}/members; 422 here). Reminders, my tasks and reporting rights "
            + "follow at once. Send the version you read; a stale one gets 409.")
    public UnitView members(@PathParam("id") long id, @Valid @NotNull MembersUpdate body) {
        Unit collective = find(id);
        if (collective.kind != UnitKind.COLLECTIVE) {
            throw Problems.unprocessable("members", collective.name + " is not a collective");
        }
        if (collective.readPerTask()) {
            throw Problems.unprocessable("members", collective.name + " means different units on each task: set them "
                    + "with PUT /api/v1/tasks/{number}/units/{id}/members");
        }
        if (collective.version != body.version()) {
            throw Problems.staleVersion("unit " + id, body.version(), collective.version);
        }
        List<Unit> members = scope.resolveMembers(collective, body.members());
        CollectiveMember.<CollectiveMember>list("collectiveId", collective.id).forEach(CollectiveMember::delete);
        CollectiveMember.flush();
        for (Unit m : members) {
            CollectiveMember cm = new CollectiveMember();
            cm.collectiveId = collective.id;
            cm.memberId = m.id;
            cm.basis = body.basis();
            cm.persist();
        }
        // increment now, so the answer carries the new version
        em.lock(collective, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        CollectiveMember.flush();
        return scope.view(collective);
    }

    private static Unit find(long id) {
        return Unit.<Unit>findByIdOptional(id).orElseThrow(() -> Problems.notFound("unit", id));
    }
}
