package gov.qinghai.followup.common.events;

import gov.qinghai.followup.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed of this service (docs/events.md): the same events as the webhooks, replayable from a cursor. */
@Path("/api/v1/events")
@Tag(name = "Events", description = "Business events of this service (CloudEvents 1.0) in commit order, kept for "
        + "qinghai.events.retention: a receiver that was down reads on from its last cursor.")
public class EventFeedResource {
    static final String PAGE = """
            {"items":[{"cursor":"42","event":{"specversion":"1.0","id":"0b8e6c1a-2f4d-4c7e-9a51-3d2e1f0a9b87",
              "source":"/qinghai-followup/project-tracking-service",
              "type":"gov.qinghai.followup.projects.progress-report.submitted.v1",
              "subject":"projects/12/progress-reports/2017-09","time":"2017-10-05T02:00:00Z",
              "datacontenttype":"application/json","data":{"projectId":12,"period":"2017-09","version":1}}}],
             "nextCursor":"42","hasMore":false}""";

    @Inject
    EventFeed feed;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER, Roles.VIEWER})
    @Operation(operationId = "listEvents", summary = "事件变更流 · Change feed of events",
            description = "Events after the cursor `after` (none: from the oldest kept), oldest first, at most `size`, "
                    + "only those the caller's role may read (referral and prescription events: admin and "
                    + "supervisor). Cursors follow commit order: a transaction that commits late is never skipped. "
                    + "No event carries a patient reference or any personal data. A cursor older than the retention "
                    + "(events deleted after it) is 410 event-cursor-expired, never a silent gap.")
    @APIResponse(responseCode = "200", description = "the next events", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EventFeed.FeedPage.class), examples = @ExampleObject(name = "one event",
            value = PAGE)))
    @APIResponse(responseCode = "400", description = "after or size out of range", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "size too large", value = """
            {"title":"Bad Request","status":400,"violations":[{"field":"size","in":"query",
             "message":"must be less than or equal to 200"}]}""")))
    @APIResponse(responseCode = "410", description = "the cursor is older than the retention", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "expired", value = """
            {"type":"/problems/event-cursor-expired","title":"Gone","status":410,"field":"after","purgedThrough":1200,
             "detail":"events up to cursor 1200 were deleted after the retention (qinghai.events.retention); events after 17 may be missing"}""")))
    public EventFeed.FeedPage list(
            @Parameter(description = "the cursor of the last event read (nextCursor of the previous page)", example = "41")
            @QueryParam("after") @Min(0) Long after,
            @Parameter(description = "events per page, 1–200", example = "50")
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return feed.read(after, size);
    }
}
