package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.service.InstitutionInput;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.input.LikePattern;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.Institution;
import gov.qinghai.followup.medical.domain.InstitutionKind;
import gov.qinghai.followup.medical.domain.Level;
import gov.qinghai.followup.medical.domain.Ownership;
import gov.qinghai.followup.medical.service.InstitutionService;
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
import gov.qinghai.followup.medical.service.ContactInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/institutions")
@Tag(name = "Institutions", description = "Medical institutions that lead or join alliances")
public class InstitutionResource {
    @Inject
    gov.qinghai.followup.medical.service.Listings listings;
    @Inject
    InstitutionService service;
    @Inject
    AuditTrail audit;

    @GET
    @Authenticated
    @Operation(operationId = "listInstitutions", summary = "医疗机构列表 · List institutions", description = "Paged; filter by level, ownership, kind, 市州, county "
            + "and a part of the name.")
    public Page<InstitutionView> list(@Valid @BeanParam PageQuery page, @QueryParam("level") Level level,
                                      @QueryParam("ownership") Ownership ownership,
                                      @QueryParam("kind") InstitutionKind kind,
                                      @QueryParam("prefectureId") Long prefectureId,
                                      @QueryParam("countyId") Long countyId, @QueryParam("q") String name) {
        return Page.of(listings.institutions(level, ownership, kind, prefectureId, countyId, name), page,
                InstitutionView::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getInstitution", summary = "查看一个医疗机构 · Get one institution")
    public InstitutionView get(@PathParam("id") long id) {
        return InstitutionView.of(InstitutionService.find(id));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "registerInstitution", summary = "登记医疗机构 · Register an institution", description = "A name already registered gets 409.")
    @APIResponse(responseCode = "201", description = "the institution as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InstitutionView.class)))
    public Response create(@Valid @NotNull InstitutionInput body) {
        InstitutionView created = InstitutionView.of(service.create(body));
        return Created.at("/api/v1/institutions/" + created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "updateInstitution", summary = "更正医疗机构 · Correct an institution", description = "Send the version you read; a stale version gets 409.")
    public InstitutionView update(@PathParam("id") long id, @Valid @NotNull InstitutionInput body) {
        return InstitutionView.of(service.update(id, body));
    }

    @PUT
    @Path("{id}/contact")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setInstitutionContact", summary = "设定机构接收转诊通知的地址 · Set where an institution receives referral notices", description = "Admins only. When a "
            + "referral is requested, accepted, rejected or completed, the referring and the receiving institution each "
            + "get a notice through the outbox: an e-mail to contactEmail and a POST to contactWebhook, whichever are "
            + "set (140号 三(二)4). The notice names the referral, its number, the step and the other institution, "
            + "never the patient. Audited (GET /institutions/{id}/history); a stale version gets 409.")
    @APIResponse(responseCode = "200", description = "the institution with its contact", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = InstitutionView.class),
            examples = @ExampleObject(name = "set", value = "{\"id\":1,"
            + "\"name\":\"青海省人民医院\",\"contactEmail\":\"zhuanzhen@qhsrmyy.example.gov.cn\","
            + "\"contactWebhook\":\"https://his.qhsrmyy.example.gov.cn/referral-hook\",\"version\":1}")))
    @APIResponse(responseCode = "400", description = "not an e-mail address or not an http(s) URL", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "bad e-mail", value = "{\"title\":"
            + "\"Bad Request\",\"status\":400,\"violations\":[{\"field\":\"email\",\"in\":\"body\","
            + "\"message\":\"must be a well-formed email address\"}]}")))
    public InstitutionView contact(@PathParam("id") long id, @Valid @NotNull ContactInput body) {
        return InstitutionView.of(service.contact(id, body));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getInstitutionHistory", summary = "医疗机构的审计记录 · Audit trail of one institution", description = "Who changed what and when, before and after.")
    public List<AuditEntry> history(@PathParam("id") long id) {
        InstitutionService.find(id);
        return audit.history(Institution.class, id);
    }
}
