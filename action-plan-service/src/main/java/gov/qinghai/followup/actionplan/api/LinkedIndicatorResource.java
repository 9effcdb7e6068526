package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.service.LinkedIndicatorService;
import gov.qinghai.followup.actionplan.service.LinkedIndicatorService.Linked;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/by-code/{code}/linked")
@Tag(name = "Indicators")
public class LinkedIndicatorResource {
    @Inject
    LinkedIndicatorService linked;

    @GET
    @Authenticated
    @Operation(operationId = "getLinkedIndicatorValue", summary = "关联指标的当前值 · Current value of a linked indicator", description = "Asks the peer service that measures it "
            + "(29-family-doctor, 29-alliances: medical-alliance-service per 市州; 39-*: project-tracking-service). When "
            + "the peer is down or slow the answer is the last known value with its time and stale=true, never an error.")
    public Linked get(@PathParam("code") String code) {
        return linked.fetch(code);
    }
}
