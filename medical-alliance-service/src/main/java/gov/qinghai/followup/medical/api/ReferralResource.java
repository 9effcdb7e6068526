package gov.qinghai.followup.medical.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.medical.service.Listings;
import gov.qinghai.followup.medical.service.TransitionInput;
import gov.qinghai.followup.medical.service.ReferralRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Clock;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.FhirReferral;
import gov.qinghai.followup.medical.domain.Referral;
import gov.qinghai.followup.medical.domain.ReferralAction;
import gov.qinghai.followup.medical.domain.ReferralStatus;
import gov.qinghai.followup.medical.report.ReferralStatistics;
import gov.qinghai.followup.medical.service.PatientAccess;
import gov.qinghai.followup.medical.service.ReferralService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "双向转诊 with a FHIR Task-aligned lifecycle (140号 三(二)3–4)")
public class ReferralResource {
    @Inject
    gov.qinghai.followup.medical.service.Listings listings;
    @Inject
    Clock clock;
    @Inject
    ReferralService service;
    @Inject
    ReferralStatistics statistics;
    @Inject
    AuditTrail audit;
    @Inject
    PatientAccess access;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "requestReferral", summary = "申请转诊 · Request a referral", description = "A reporter for the referring institution. UP must go to a "
            + "higher grade, DOWN to a lower one and carry dischargeSummaryRef. Contracted patients get PRIORITY; a "
            + "referral outside every shared alliance is allowed and flagged outOfAlliance. The national ID is turned "
            + "into patientRef and never kept.")
    @APIResponse(responseCode = "201", description = "the referral as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    public Response request(@RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReferralRequest.class), examples = @ExampleObject(
            name = "UP to 青海省人民医院", summary = "from the institution POST /api/v1/institutions' example registers "
            + "(id 1000 on a fresh system) to the seed's 青海省人民医院 (id 1)", value = ReferralRequest.EXAMPLE)))
                            @Valid @NotNull ReferralRequest body) {
        ReferralView created = ReferralView.of(service.request(body));
        return Created.at("/api/v1/referrals/" + created.id(), created);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "listReferrals", summary = "转诊列表 · List referrals", description = "Paged; the receiving institution's queue order: clinical "
            + "urgency first (stat, asap, urgent, routine), then PRIORITY (签约 patients), then oldest request first. Patient-level rows: a reporter sees only referrals "
            + "from or to its own institution; supervisors and admins all; viewers none (403: use /statistics).")
    public Page<ReferralView> list(@Valid @BeanParam PageQuery page, @QueryParam("toInstitutionId") Long to,
                                   @QueryParam("fromInstitutionId") Long from, @QueryParam("status") ReferralStatus status,
                                   @QueryParam("allianceId") Long allianceId, @QueryParam("patientRef") String patientRef,
                                   @QueryParam("outOfAlliance") Boolean outOfAlliance) {
        return Page.of(listings.referrals(access.ownInstitution().orElse(null), to, from, status, allianceId,
                patientRef, outOfAlliance), page, ReferralView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "getReferral", summary = "查看一次转诊 · Get one referral", description = "For the referring and receiving institutions' reporters, "
            + "supervisors and admins (403 otherwise).")
    public ReferralView get(@PathParam("id") long id) {
        Referral r = ReferralService.find(id);
        access.requireInvolvedInReferral(id, r.fromInstitutionId, r.toInstitutionId);
        return ReferralView.of(r);
    }

    @GET
    @Path("{id}/fhir")
    @Produces("application/fhir+json")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "getReferralFhir", summary = "转诊的 FHIR R4 表示 · One referral as FHIR R4 Task + ServiceRequest", description = "A collection Bundle: the "
            + "ServiceRequest (requester = referring institution, performer = receiving one, reasonCode, priority) and "
            + "the Task tracking it (status as in fhirStatus, business referral number as identifier). The patient is "
            + "the pseudonymous patientRef only. Same access as GET /referrals/{id}.")
    @APIResponse(responseCode = "200", description = "the Bundle", content = @Content(mediaType = "application/fhir+json",
            schema = @Schema(type = SchemaType.OBJECT, description = "a FHIR R4 Bundle (Task + ServiceRequest)"), examples = @ExampleObject(name = "bundle", value = "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
                    + "\"entry\":[{\"resource\":{\"resourceType\":\"ServiceRequest\",\"status\":\"active\"}},"
                    + "{\"resource\":{\"resourceType\":\"Task\",\"status\":\"requested\"}}]}")))
    public Response fhir(@PathParam("id") long id) throws com.fasterxml.jackson.core.JsonProcessingException {
        Referral r = ReferralService.find(id);
        access.requireInvolvedInReferral(id, r.fromInstitutionId, r.toInstitutionId);
        java.util.Map<Long, String> names = Listings.institutionNames(List.of(r.fromInstitutionId,
                r.toInstitutionId));
        return Response.ok(mapper.writeValueAsString(FhirReferral.bundle(r, names.get(r.fromInstitutionId),
                names.get(r.toInstitutionId))), "application/fhir+json").build();
    }

    @POST
    @Path("{id}/{action}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "advanceReferral", summary = "转诊推进一步 · Move a referral one step", description = "action = accept | reject | start | complete | hold | "
            + "resume | fail (by the receiving institution; hold, fail need a reason) or cancel | void (by the referring "
            + "one; void = FHIR entered-in-error, for a referral made in error while it is open, needs a reason). Illegal steps get 409 'illegal-transition' with "
            + "the allowed actions; reject/cancel need a reason, complete needs feedback (422 naming the field).")
    public ReferralView act(@PathParam("id") long id, @PathParam("action") String action,
                            @Valid @NotNull TransitionInput body) {
        ReferralAction a;
        try {
            a = ReferralAction.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("referral action", action);
        }
        return ReferralView.of(service.act(id, a, body));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getReferralHistory", summary = "转诊的审计记录 · Audit trail of one referral")
    public List<AuditEntry> history(@PathParam("id") long id) {
        ReferralService.find(id);
        return audit.history(Referral.class, id);
    }

    @GET
    @Path("statistics")
    @Authenticated
    @Operation(operationId = "getReferralStatistics", summary = "各医联体或市州的转诊统计 · Referral statistics per alliance or 市州", description = "Volumes up and down, share downward, "
            + "mean hours to acceptance, and referrals still requested after pendingDays, for requests in [from, to].")
    public ReferralStatistics.Result statistics(
            @QueryParam("groupBy") @DefaultValue("ALLIANCE") ReferralStatistics.GroupBy groupBy,
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
            @QueryParam("pendingDays") @DefaultValue("3") @Min(0) @Max(365) int pendingDays,
            @QueryParam("asOf") Instant asOf) {
        if (to.isBefore(from)) {
            throw Problems.badRequest("to", Detail.of("med.referral.statistics-to-before-from", "to is before from"));
        }
        return statistics.compute(groupBy, from, to, pendingDays, asOf == null ? Instant.now(clock) : asOf);
    }
}
