package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.actionplan.domain.Finding;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.service.SupervisionService;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Supervision", description = "督查 (定期/专项/现场/明察暗访), findings, 约谈 and 问责 of 135号 三、(三)")
public class SupervisionResource {

    @Inject
    SupervisionService supervisions;

    @POST
    @Idempotent
    @Path("supervisions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordSupervision", summary = "记录一次督查 · Record a 督查", description = "With the tasks and units covered and its findings; heldOn "
            + "within the offensive's supervision (2017-08-09 to 2018-12-31), a finding's task among the 督查's tasks "
            + "and its unit one of that task (422 naming the field). A retry "
            + "with the same Idempotency-Key gets the first answer again (201, Idempotent-Replayed: true); the same "
            + "key with another body 422.")
    @APIResponse(responseCode = "201", description = "the 督查 as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionView.class)))
    public Response create(@Valid @NotNull SupervisionInput in) {
        SupervisionService.Created c = supervisions.create(in);
        Response.ResponseBuilder r = Created.builder("/api/v1/supervisions/" + c.view().id(), c.view());
        return (c.replayed() ? r.header(Idempotent.REPLAYED_HEADER, "true") : r).build();
    }

    @GET
    @Path("supervisions")
    @Authenticated
    @Operation(operationId = "listSupervisions", summary = "督查列表 · List 督查", description = "Paged, newest first; filter by kind.")
    public Page<SupervisionView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") SupervisionKind kind) {
        String q = kind == null ? "1 = 1" : "kind = :kind";
        Parameters p = kind == null ? new Parameters() : Parameters.with("kind", kind);
        return Page.of(Supervision.find(q, Sort.descending("heldOn").and("id", Sort.Direction.Descending), p.map()), page,
                SupervisionView::of);
    }

    @GET
    @Path("supervisions/{id}")
    @Authenticated
    @Operation(operationId = "getSupervision", summary = "查看一次督查 · Get one 督查")
    public SupervisionView get(@PathParam("id") long id) {
        return SupervisionView.of(Supervision.<Supervision>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("supervision", id)));
    }

    @GET
    @Path("findings")
    @Authenticated
    @Operation(operationId = "listSupervisionFindings", summary = "督查发现的问题列表 · List findings", description = "Paged; filter by unit to see what was found and done about it.")
    public Page<SupervisionView.FindingView> findings(@Valid @BeanParam PageQuery page, @QueryParam("unit") String unit) {
        String q = unit == null ? "1 = 1" : "unit.name = :unit";
        Parameters p = unit == null ? new Parameters() : Parameters.with("unit", unit);
        return Page.of(Finding.find(q, Sort.by("id"), p.map()), page, SupervisionView.FindingView::of);
    }

    @POST
    @Idempotent
    @Path("findings/{id}/admonitions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordAdmonition", summary = "就问题记录约谈 · Record a 约谈 on a finding", description = "Not dated before its 督查 nor outside the "
            + "offensive's supervision: 422 naming heldOn. A retry with the same Idempotency-Key gets "
            + "the first answer again (201, Idempotent-Replayed: true).")
    @APIResponse(responseCode = "201", description = "the 约谈 as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionView.AdmonitionView.class)))
    public Response admonish(@PathParam("id") long id, @Valid @NotNull FollowUpInput.Admonition in) {
        return Created.at("/api/v1/findings", supervisions.admonish(id, in));
    }

    @POST
    @Idempotent
    @Path("findings/{id}/accountabilities")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordAccountability", summary = "就问题记录问责 · Record a 问责 on a finding", description = "Not dated before its 督查 nor outside the "
            + "offensive's supervision (2017-08-09 to 2018-12-31): 422 naming decidedOn. A retry with the same "
            + "Idempotency-Key gets the first answer again (201, Idempotent-Replayed: true).")
    @APIResponse(responseCode = "201", description = "the 问责 as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionView.AccountabilityView.class)))
    public Response hold(@PathParam("id") long id, @Valid @NotNull FollowUpInput.Accountability in) {
        return Created.at("/api/v1/findings", supervisions.hold(id, in));
    }
}
