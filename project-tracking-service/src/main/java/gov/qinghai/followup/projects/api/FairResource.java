package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Fair;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fairs")
@Tag(name = "Fairs", description = "青洽会 editions whose signed projects are tracked")
public class FairResource {

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
        return FairView.of(Fair.<Fair>findByIdOptional(id).orElseThrow(() -> Problems.notFound("fair", id)));
    }
}
