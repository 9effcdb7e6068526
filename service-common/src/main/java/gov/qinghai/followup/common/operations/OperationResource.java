package gov.qinghai.followup.common.operations;

import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The status resource of long work answered with 202 Accepted (its Location). */
@Path("/api/v1/operations")
@Tag(name = "Operations", description = "Long work (table imports, job replays in the background): state, progress "
        + "and outcome")
public class OperationResource {
    @Inject
    Operations operations;
    @Inject
    CurrentUser user;

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getOperation", summary = "长时操作进度 · Where a long operation stands",
            description = "state queued → running → succeeded or "
            + "failed; progress done of total (rows or steps; total null while unknown); result (location and "
            + "summary) when it succeeded, problem (problem+json) when it failed. An operation whose replica stopped "
            + "is failed with problem type operation-interrupted. Only the user who started it and admins read it.")
    @APIResponse(responseCode = "200", description = "The operation", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = OperationView.class), examples = {
            @ExampleObject(name = "running", value = "{\"id\":\"3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10\",\"kind\":"
                    + "\"projects-import\",\"state\":\"running\",\"progress\":{\"done\":120000,\"total\":200000,"
                    + "\"unit\":\"rows\"},\"startedBy\":\"admin\",\"createdAt\":\"2026-12-07T10:00:00Z\","
                    + "\"startedAt\":\"2026-12-07T10:00:01Z\",\"finishedAt\":null,\"result\":null,\"problem\":null}"),
            @ExampleObject(name = "failed", value = "{\"id\":\"3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10\",\"kind\":"
                    + "\"projects-import\",\"state\":\"failed\",\"progress\":{\"done\":0,\"total\":3,\"unit\":"
                    + "\"rows\"},\"startedBy\":\"admin\",\"createdAt\":\"2026-12-07T10:00:00Z\",\"startedAt\":"
                    + "\"2026-12-07T10:00:01Z\",\"finishedAt\":\"2026-12-07T10:00:02Z\",\"result\":null,\"problem\":"
                    + "{\"type\":\"/problems/operation-interrupted\",\"title\":"
                    + "\"Service Unavailable\",\"status\":503,\"detail\":\"interrupted: …\"}}")}))
    @APIResponse(responseCode = "403", description = "Started by another user (and the caller is no admin)")
    @APIResponse(responseCode = "404", description = "No such operation")
    public OperationView get(@PathParam("id") @Parameter(example = "3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10") UUID id) {
        return operations.read(id, user.name(), user.has(Roles.ADMIN));
    }
}
