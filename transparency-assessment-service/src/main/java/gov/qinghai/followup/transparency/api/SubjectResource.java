package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.transparency.service.Listings;
import gov.qinghai.followup.common.web.Created;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.AssessmentSubject;
import gov.qinghai.followup.transparency.domain.SubjectKind;
import gov.qinghai.followup.transparency.service.SubjectService;
import gov.qinghai.followup.transparency.service.views.AssessmentViews;
import gov.qinghai.followup.transparency.service.views.SubjectInput;
import gov.qinghai.followup.transparency.service.views.SubjectViews;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/subjects")
@Tag(name = "Assessment subjects", description = "考核对象: 市州 governments and provincial departments (137号 第五条)")
public class SubjectResource {
    @Inject
    Listings listings;
    @Inject
    AuditTrail audit;
    @Inject
    SubjectService service;

    @GET
    @Authenticated
    @Operation(operationId = "listSubjects", summary = "考核对象列表 · List assessment subjects", description = "Paged; filter by kind and by active.")
    public Page<SubjectView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") SubjectKind kind,
                                  @QueryParam("active") Boolean active) {
        PanacheQuery<AssessmentSubject> q = listings.subjects(kind, active);
        return Page.of(q, page, SubjectView::of);
    }

    @POST
    @Path("{id}/deactivation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateSubject", summary = "停用考核对象 · Deactivate a subject", description = "With a reason (e.g. 机构改革). The subject keeps its"
            + " history and results and is no longer taken into a new round (422 there). Send the version you read.")
    @APIResponse(responseCode = "200", description = "deactivated", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SubjectView.class)))
    @APIResponse(responseCode = "409", description = "stale version")
    public SubjectView deactivate(@PathParam("id") long id, @Valid @NotNull SubjectViews.Deactivation body) {
        return SubjectView.of(service.deactivate(id, body.version(), body.reason()));
    }

    @POST
    @Path("{id}/activation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "activateSubject", summary = "重新启用考核对象 · Activate a deactivated subject again", description = "Send the version you read.")
    @APIResponse(responseCode = "200", description = "active again", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SubjectView.class)))
    public SubjectView activate(@PathParam("id") long id, @Valid @NotNull AssessmentViews.VersionOnly body) {
        return SubjectView.of(service.activate(id, body.version()));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getSubject", summary = "查看一个考核对象 · Get one subject")
    public SubjectView get(@PathParam("id") long id) {
        return SubjectView.of(service.require(id));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createSubject", summary = "新增考核对象 · Add a subject", description = "e.g. a provincial department; names are unique (409).")
    @APIResponse(responseCode = "201", description = "the subject as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SubjectView.class)))
    public Response create(@Valid @NotNull SubjectInput body) {
        SubjectView created = SubjectView.of(service.create(body));
        return Created.at("/api/v1/subjects/" + created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateSubject", summary = "更正考核对象 · Correct a subject", description = "Send the version you read; a stale version gets 409.")
    public SubjectView update(@PathParam("id") long id, @Valid @NotNull SubjectInput body) {
        return SubjectView.of(service.update(id, body));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getSubjectHistory", summary = "考核对象的审计记录 · Audit trail of one subject", description = "Who changed what and when, before and after.")
    public List<AuditEntry> history(@PathParam("id") long id) {
        service.require(id);
        return audit.history(AssessmentSubject.class, id);
    }
}
