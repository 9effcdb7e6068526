package gov.qinghai.followup.medical.api;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import gov.qinghai.followup.medical.service.Listings;
import gov.qinghai.followup.medical.service.MemberInput;
import gov.qinghai.followup.medical.service.AssessmentInput;
import gov.qinghai.followup.medical.service.AllianceInput;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.Alliance;
import gov.qinghai.followup.medical.domain.AllianceKind;
import gov.qinghai.followup.medical.domain.AllianceStatus;
import gov.qinghai.followup.medical.service.AllianceService;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/alliances")
@Tag(name = "Alliances", description = "医联体 of the five kinds of 140号 三(一), members and 章程")
public class AllianceResource {
    @Inject
    Listings listings;
    @Inject
    AllianceService service;
    @Inject
    AuditTrail audit;

    @GET
    @Authenticated
    @Operation(operationId = "listAlliances", summary = "医联体列表 · List alliances", description = "Paged; filter by kind, status, 市州 and part of the name. "
            + "The 13 alliances the notice names are seeded (ids 1–13).")
    public Page<AllianceView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") AllianceKind kind,
                                   @QueryParam("status") AllianceStatus status,
                                   @QueryParam("prefectureId") Long prefectureId, @QueryParam("q") String name) {
        return Page.ofRows(listings.alliances(kind, status, prefectureId, name), page, rows -> {
            Map<Long, String> leads = Listings.institutionNames(rows.stream().map(a -> a.leadInstitutionId).toList());
            return rows.stream().map(a -> AllianceView.of(a, leads.get(a.leadInstitutionId))).toList();
        });
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getAlliance", summary = "查看医联体及其章程 · Get one alliance with its 章程")
    public AllianceView get(@PathParam("id") long id) {
        return AllianceView.of(AllianceService.find(id));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "registerAlliance", summary = "登记医联体 · Register an alliance", description = "The lead becomes a LEAD member. A 市州医疗集团 needs a "
            + "市州 and a 市级 lead; a 县域医共体 a county and a 县级公立医院 lead (422 naming the field otherwise).")
    @APIResponse(responseCode = "201", description = "the alliance as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AllianceView.class)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AllianceInput.class), examples = @ExampleObject(name = "市州医疗集团",
            summary = "a 市州医疗集团 of 海西州 (prefecture 3 of the seed), its 市级 lead left out until registered",
            value = "{\"name\":\"海西州人民医院医疗集团\",\"kind\":\"PREFECTURE_GROUP\",\"prefectureId\":3,"
                    + "\"status\":\"ESTABLISHED\",\"establishedOn\":\"2017-09-15\",\"countyPilot\":false,"
                    + "\"charter\":{\"nature\":\"非独立法人的医疗协作组织\",\"purpose\":\"推动优质医疗资源下沉,促进分级诊疗\","
                    + "\"tasks\":\"技术帮扶、人才培养、双向转诊\",\"members\":\"牵头医院及县级医院、乡镇卫生院\","
                    + "\"governance\":\"理事会领导下的院长负责制\",\"responsibilities\":\"主体单位与成员单位的责任、权利和义务\","
                    + "\"rules\":\"双向转诊、医疗质量管理制度\"}}"))) @Valid @NotNull AllianceInput body) {
        AllianceView created = AllianceView.of(service.create(body));
        return Created.at("/api/v1/alliances/" + created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "updateAlliance", summary = "更新医联体及其章程 · Update an alliance and its 章程", description = "A reporter only for the alliance its unit "
            + "leads. Send the version you read; stale → 409.")
    public AllianceView update(@PathParam("id") long id, @Valid @NotNull AllianceInput body) {
        return AllianceView.of(service.update(id, body));
    }

    @PUT
    @Path("{id}/assessment")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "assessAlliance", summary = "记录“有明显成效”评估 · Record the 有明显成效 assessment", description = "140号 二: every 市州 needs at least one "
            + "effective alliance in 2017.")
    public AllianceView assess(@PathParam("id") long id, @Valid @NotNull AssessmentInput body) {
        return AllianceView.of(service.assess(id, body));
    }

    @GET
    @Path("{id}/members")
    @Authenticated
    @Operation(operationId = "listAllianceMembers", summary = "医联体成员 · Members of an alliance", description = "Paged; with ?on=2017-12-31 only those members that day.")
    public Page<MemberView> members(@PathParam("id") long id, @Valid @BeanParam PageQuery page,
                                    @QueryParam("on") LocalDate on) {
        AllianceService.find(id);
        return Page.ofRows(listings.members(id, on), page, rows -> {
            Map<Long, String> names = Listings.institutionNames(rows.stream().map(m -> m.institutionId).toList());
            return rows.stream().map(m -> MemberView.of(m, names.get(m.institutionId))).toList();
        });
    }

    @POST
    @Idempotent
    @Path("{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "addAllianceMember", summary = "增加一段期间的成员 · Add a member for a period", description = "409 if the institution is already a member in an "
            + "overlapping period.")
    @APIResponse(responseCode = "201", description = "the membership as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response addMember(@Parameter(example = "1") @PathParam("id") long id,
                              @RequestBody(required = true, content = @Content(mediaType = "application/json",
                                      schema = @Schema(implementation = MemberInput.class), examples = @ExampleObject(
                                      name = "a member since 2017-09", summary = "青海大学附属医院 (2) joins alliance 1",
                                      value = "{\"institutionId\":2,\"role\":\"MEMBER\",\"joinedOn\":\"2017-09-01\"}")))
                              @Valid @NotNull MemberInput body) {
        return Created.at("/api/v1/alliances/" + id + "/members", MemberView.of(service.addMember(id, body)));
    }

    @PUT
    @Path("{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "updateAllianceMember", summary = "变更成员角色或期间 · Change a member's role or period (e.g. end it)")
    public MemberView updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                   @Valid @NotNull MemberInput body) {
        return MemberView.of(service.updateMember(id, memberId, body));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getAllianceHistory", summary = "医联体的审计记录 · Audit trail of one alliance")
    public List<AuditEntry> history(@PathParam("id") long id) {
        AllianceService.find(id);
        return audit.history(Alliance.class, id);
    }
}
