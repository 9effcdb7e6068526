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
import gov.qinghai.followup.transparency.domain.Scheme;
import gov.qinghai.followup.transparency.domain.SchemeLine;
import gov.qinghai.followup.transparency.service.SchemeService;
import gov.qinghai.followup.transparency.service.views.SchemeViews;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/schemes")
@Tag(name = "Assessment schemes", description = "政务公开考核内容 of 137号 附件, versioned per year with points")
public class SchemeResource {
    @Inject
    Listings listings;
    @Inject
    SchemeService schemes;
    @Inject
    AuditTrail audit;

    @GET
    @Authenticated
    @Operation(operationId = "listSchemes", summary = "考核方案列表 · List schemes", description = "Newest year and revision first; filter by year.")
    public Page<SchemeViews.Summary> list(@Valid @BeanParam PageQuery page, @QueryParam("year") @Window(kind = Window.Kind.YEAR) Integer year) {
        return Page.of(listings.schemes(year), page, schemes::summary);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getScheme", summary = "查看考核方案（项目、内容、分值、数据说明） · Get a scheme with items, content lines, points and data notes")
    public SchemeViews.Detail get(@PathParam("id") long id) {
        return schemes.detail(SchemeService.require(id));
    }

    @POST
    @Idempotent
    @Path("{id}/copies")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "copyScheme", summary = "复制方案为某年的新版本 · Copy a scheme into a new revision for a year", description = "第七条: points and standards "
            + "are adjusted every year; the copy gets the next revision number of that year.")
    @APIResponse(responseCode = "201", description = "the new revision as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SchemeViews.Summary.class)))
    public Response copy(@PathParam("id") long id, @Valid @NotNull SchemeViews.Copy body) {
        Scheme s = schemes.copy(id, body.year(), body.title());
        return Created.at("/api/v1/schemes/" + s.id, schemes.summary(s));
    }

    @PUT
    @Path("{id}/lines/{lineId}/points")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setContentLinePoints", summary = "设置考核内容分值 · Set the points of a content line", description = "Refused (409) once an annual round uses"
            + " the scheme; 减分项 lines take negative points.")
    public SchemeViews.Line setPoints(@PathParam("id") long id, @PathParam("lineId") long lineId,
                                      @Valid @NotNull SchemeViews.LinePoints body) {
        SchemeLine l = schemes.setPoints(id, lineId, body.points(), body.version());
        return SchemeViews.Line.of(l);
    }

    @PUT
    @Path("{id}/items/{itemId}/cap")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setSchemeItemCap", summary = "设置加分项或减分项上限 · Set the cap of the 加分项 or 减分项 item")
    public SchemeViews.Summary setCap(@PathParam("id") long id, @PathParam("itemId") long itemId,
                                      @Valid @NotNull SchemeViews.ItemCap body) {
        schemes.setCap(id, itemId, body.cap(), body.version());
        return schemes.summary(SchemeService.require(id));
    }

    @PUT
    @Path("{id}/timeliness-rule")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setTimelinessRule", summary = "设置二十个工作日规则 · Set the 20-working-day rule of a scheme (137号 附件 第4项)", description = "Which regular"
            + " content line the per-subject on-time rate feeds (null: off, assessors score it) and the rate that earns"
            + " its full points: points = round1(line points × min(rate, fullMarksRate) / fullMarksRate). Send the"
            + " scheme's version; refused (409) once an annual round uses the scheme.")
    public SchemeViews.Detail setTimelinessRule(@PathParam("id") long id,
                                                @Valid @NotNull SchemeViews.TimelinessRuleInput body) {
        return schemes.detail(schemes.setTimelinessRule(id, body.lineId(), body.fullMarksRate(), body.version()));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getSchemeHistory", summary = "考核方案的审计记录 · Audit trail of a scheme (title, timeliness rule)")
    public List<AuditEntry> history(@PathParam("id") long id) {
        SchemeService.require(id);
        return audit.history(Scheme.class, id);
    }

    @GET
    @Path("{id}/lines/{lineId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getContentLineHistory", summary = "考核内容分值的审计记录 · Audit trail of a content line's points")
    public List<AuditEntry> lineHistory(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return audit.history(SchemeLine.class, lineId);
    }
}
