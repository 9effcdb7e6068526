package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.transparency.service.Listings;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.DisclosureRecord;
import gov.qinghai.followup.transparency.service.AssessmentService;
import gov.qinghai.followup.transparency.service.DisclosureService;
import gov.qinghai.followup.transparency.service.views.DisclosureViews;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/disclosures")
@Tag(name = "Disclosure timeliness", description = "20 个工作日内主动公开 (137号 附件 第4项)")
public class DisclosureResource {
    @Inject
    Listings listings;
    @Inject
    java.time.Clock clock;
    @Inject
    DisclosureService service;
    @Inject
    AssessmentService json;
    @Inject
    AuditTrail audit;

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "createDisclosure", summary = "登记一条应公开信息 · Record a piece of information to disclose", description = "The deadline and its explanation"
            + " are computed from the holiday calendar. A reporter only for its own unit.")
    @APIResponse(responseCode = "201", description = "the record as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisclosureViews.View.class)))
    public Response create(@Valid @NotNull DisclosureViews.Input body) {
        DisclosureViews.View created = view(service.create(body));
        return Created.at("/api/v1/disclosures/" + created.id(), created);
    }

    @PUT
    @Path("{id}/publication")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "publishDisclosure", summary = "登记公开时间 · Record when it was published")
    public DisclosureViews.View publish(@PathParam("id") long id, @Valid @NotNull DisclosureViews.Publication body) {
        return view(service.publish(id, body.publishedOn(), body.version()));
    }

    @GET
    @Authenticated
    @Operation(operationId = "listDisclosures", summary = "公开记录列表 · List disclosure records", description = "Filter by subject and open (unpublished).")
    public Page<DisclosureViews.View> list(@Valid @BeanParam PageQuery page, @QueryParam("subjectId") Long subjectId,
                                           @QueryParam("open") Boolean open) {
        return Page.of(listings.disclosures(subjectId, open), page, this::view);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getDisclosure", summary = "查看一条公开记录及期限说明 · Get one record with its deadline explanation")
    public DisclosureViews.View get(@PathParam("id") long id) {
        return view(listings.disclosure(id));
    }

    @GET
    @Path("on-time-rates")
    @Authenticated
    @Operation(operationId = "getDisclosureOnTimeRates", summary = "各考核对象全年按时公开率 · On-time rate per subject for a year", description = "Aggregated in SQL; feeds item 4.")
    public List<DisclosureViews.Rate> rates(@QueryParam("year") @NotNull @Window(kind = Window.Kind.YEAR) Integer year,
                                            @QueryParam("asOf") LocalDate asOf) {
        return service.rates(year, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getDisclosureHistory", summary = "公开记录的审计记录 · Audit trail of a record (deadline recomputations included)")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return audit.history(DisclosureRecord.class, id);
    }

    private DisclosureViews.View view(DisclosureRecord r) {
        return DisclosureViews.View.of(r, json.read(r.explanation));
    }
}
