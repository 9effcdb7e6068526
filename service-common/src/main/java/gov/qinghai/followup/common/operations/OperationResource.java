package gov.qinghai.followup.common.operations;

import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.common.web.PageSchema;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The status resource of long work answered with 202 Accepted (its Location), and the list of them. */
@Path("/api/v1/operations")
@Tag(name = "Operations", description = "Long work (table imports, job replays in the background): state, progress "
        + "and outcome")
public class OperationResource {
    @Inject
    Operations operations;
    @Inject
    CurrentUser user;

    static final String PROBLEM = "application/problem+json";
    static final String RUNNING = "{\"id\":\"3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10\",\"kind\":\"projects-import\","
            + "\"state\":\"running\",\"progress\":{\"done\":120000,\"total\":200000,\"unit\":\"rows\"},"
            + "\"startedBy\":\"admin\",\"createdAt\":\"2026-12-07T10:00:00Z\",\"startedAt\":\"2026-12-07T10:00:01Z\","
            + "\"finishedAt\":null,\"result\":null,\"problem\":null}";

    @GET
    @Authenticated
    @Operation(operationId = "listOperations", summary = "长时操作列表 · List long operations",
            description = "The caller's own operations, newest first; an admin sees everyone's. Paged (size 1–200). "
                    + "Filter by state (queued, running, succeeded, failed) and kind (e.g. projects-import, "
                    + "job:<name>). Each item is what GET /api/v1/operations/{id} shows.")
    @APIResponse(responseCode = "200", description = "one page", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OperationPage.class), examples = @ExampleObject(name = "one running import",
            value = "{\"items\":[" + RUNNING + "],\"page\":0,\"size\":20,\"total\":1,\"totalPages\":1}")))
    @APIResponse(responseCode = "400", description = "a filter or page/size out of range, or an unknown parameter",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown state", value = """
            {"type":"/problems/bad-request","title":"Bad Request","status":400,
             "detail":"the request has invalid values: violations names each field and what it must be",
             "violations":[{"field":"state","in":"query","message":"must be queued, running, succeeded or failed"}]}""")))
    public Page<OperationView> list(
            @Valid @BeanParam PageQuery page,
            @Parameter(description = "queued, running, succeeded or failed", example = "running",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"queued", "running", "succeeded", "failed"}))
            @QueryParam("state") @Pattern(regexp = "queued|running|succeeded|failed",
                    message = "must be queued, running, succeeded or failed") String state,
            @Parameter(description = "what the operations do: projects-import, job:<name>", example = "projects-import")
            @QueryParam("kind") @Size(min = 1, max = 80) String kind) {
        return operations.list(new Operations.Filter(state, kind), user.name(), user.has(Roles.ADMIN), page);
    }

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

    /** For the OpenAPI document only: a page of operations. */
    @Schema(name = "OperationPage")
    static final class OperationPage extends PageSchema {
        public List<OperationView> items;
    }
}
