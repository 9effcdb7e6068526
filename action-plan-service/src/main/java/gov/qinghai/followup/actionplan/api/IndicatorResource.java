package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.actionplan.domain.Indicator;
import gov.qinghai.followup.actionplan.service.IndicatorInput;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
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

@Path("/api/v1")
@Tag(name = "Indicators", description = "Quantitative targets of the tasks; the notice's text stays beside them")
public class IndicatorResource {
    @Inject
    gov.qinghai.followup.actionplan.service.IndicatorService indicators;
    @Inject
    AuditTrail audit;

    @GET
    @Path("indicators")
    @Authenticated
    @Operation(operationId = "listIndicators", summary = "指标列表 · List indicators", description = "Paged by task number and code; filter by task number.")
    public Page<IndicatorView> list(@Valid @BeanParam PageQuery page, @QueryParam("task") Integer task) {
        return Page.of(indicators.list(task), page, IndicatorView::of);
    }

    @GET
    @Path("indicators/{id}")
    @Authenticated
    @Operation(operationId = "getIndicator", summary = "查看一个指标 · Get one indicator")
    public IndicatorView get(@PathParam("id") long id) {
        return IndicatorView.of(indicators.get(id));
    }

    @POST
    @Idempotent
    @Path("tasks/{number}/indicators")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createIndicator", summary = "为任务增加指标 · Add an indicator to a task", description = "For a target the seed missed; cite the "
            + "notice's words in sourcePhrase.")
    @APIResponse(responseCode = "201", description = "the indicator as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorView.class)))
    public Response create(@PathParam("number") int number, @Valid @NotNull IndicatorInput body) {
        long id = indicators.create(number, body);
        return Created.at("/api/v1/indicators/" + id, IndicatorView.of(indicators.get(id)));
    }

    @PUT
    @Path("indicators/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateIndicator", summary = "更正指标 · Correct an indicator", description = "Send the version you read; stale gets 409. The code "
            + "stays.")
    public IndicatorView update(@PathParam("id") long id, @Valid @NotNull IndicatorInput body) {
        indicators.update(id, body);
        return IndicatorView.of(indicators.get(id));
    }

    @GET
    @Path("indicators/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getIndicatorHistory", summary = "指标的审计记录 · Audit trail of one indicator")
    public List<AuditEntry> history(@PathParam("id") long id) {
        indicators.get(id);
        return audit.history(Indicator.class, id);
    }
}
