package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Unit;
import gov.qinghai.followup.actionplan.domain.UnitKind;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units")
@Tag(name = "Units", description = "牵头单位, 责任单位 and collectives named in 135号")
public class UnitResource {
    @Inject
    UnitScope scope;

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "List units", description = "Paged by kind and name; filter by kind.")
    public Page<UnitView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") UnitKind kind) {
        String q = kind == null ? "1 = 1" : "kind = :kind";
        Parameters p = kind == null ? new Parameters() : Parameters.with("kind", kind);
        return Page.of(Unit.find(q, Sort.by("kind").and("name"), p.map()), page, scope::view);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Transactional
    @Operation(summary = "Get one unit")
    public UnitView get(@PathParam("id") long id) {
        return scope.view(Unit.<Unit>findByIdOptional(id).orElseThrow(() -> Problems.notFound("unit", id)));
    }
}
