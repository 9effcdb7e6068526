package gov.qinghai.followup.common.events;

import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.common.web.Created;
import gov.qinghai.followup.common.web.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Receivers of this service's events (docs/events.md), for admins: the same resource in all four services
 * (service-common); each has its own subscriptions and events.
 */
@Path("/api/v1/subscriptions")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Event subscriptions (admin)", description = "Other government systems receive this service's events "
        + "(CloudEvents 1.0, see the webhooks of this document) by signed POST (Standard Webhooks: webhook-id, "
        + "webhook-timestamp, webhook-signature). Per subscription in order, retried with back-off; paused after "
        + "qinghai.events.pause-after-failures failures in a row, never dropped.")
public class SubscriptionResource {
    static final String PROBLEM = "application/problem+json";
    static final String ID = "9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61";
    static final String VIEW = """
            {"id":"9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61","url":"https://ducha.qinghai.gov.cn/hooks/followup",
             "eventTypes":["gov.qinghai.followup.projects.progress-report.submitted.v1"],"unit":null,"prefecture":"海东市",
             "description":"省政府督查平台","state":"ACTIVE","pausedReason":null,"pausedAt":null,"consecutiveFailures":0,
             "lastError":null,"lastFailureAt":null,"lastDeliveredAt":"2017-10-05T02:00:00Z","queued":0,
             "previousSecretValidUntil":null,"createdAt":"2017-09-01T02:00:00Z","createdBy":"admin@qinghai.gov.cn"}""";
    static final String PAUSED = """
            {"id":"9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61","url":"https://ducha.qinghai.gov.cn/hooks/followup",
             "eventTypes":["gov.qinghai.followup.projects.progress-report.submitted.v1"],"unit":null,"prefecture":null,
             "description":null,"state":"PAUSED","pausedReason":"FAILURES","pausedAt":"2017-10-05T12:00:00Z",
             "consecutiveFailures":10,"lastError":"IOException: subscriber answered 503",
             "lastFailureAt":"2017-10-05T12:00:00Z","lastDeliveredAt":"2017-10-05T02:00:00Z","queued":12,
             "previousSecretValidUntil":null,"createdAt":"2017-09-01T02:00:00Z","createdBy":"admin@qinghai.gov.cn"}""";
    /** The one 404 of every /{id} operation: components.responses (EventsOpenApiFilter), referred to by each. */
    static final String NOT_FOUND_RESPONSE = "SubscriptionNotFound";
    static final String NOT_FOUND = """
            {"type":"/problems/not-found","title":"Not Found","status":404,
             "detail":"subscription 9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61 does not exist"}""";

    static final String STATE = """
            "url":"https://ducha.qinghai.gov.cn/hooks/followup",
             "eventTypes":"gov.qinghai.followup.projects.progress-report.submitted.v1","unit":null,"prefecture":"海东市",
             "description":"省政府督查平台",""";
    static final String HISTORY = "[{\"revision\":51,\"at\":\"2017-09-01T02:00:00Z\",\"by\":\"admin@qinghai.gov.cn\","
            + "\"change\":\"ADD\",\"before\":null,\"after\":{" + STATE + "\"state\":\"ACTIVE\",\"pausedReason\":null,"
            + "\"pausedAt\":null,\"secretRotatedAt\":null}},{\"revision\":101,\"at\":\"2017-10-05T12:00:00Z\","
            + "\"by\":\"admin@qinghai.gov.cn\",\"change\":\"MOD\",\"before\":{" + STATE + "\"state\":\"ACTIVE\","
            + "\"pausedReason\":null,\"pausedAt\":null,\"secretRotatedAt\":null},\"after\":{" + STATE
            + "\"state\":\"PAUSED\",\"pausedReason\":\"ADMIN\",\"pausedAt\":\"2017-10-05T12:00:00Z\","
            + "\"secretRotatedAt\":null}}]";

    @Inject
    Subscriptions subscriptions;

    @POST
    @Operation(operationId = "createSubscription", summary = "登记事件订阅 · Register an event subscription (admin)",
            description = "URL, event types of this service and an optional filter (unit or 市州). The answer "
                    + "carries the signing secret once: it is never shown again (rotate it to get a new one). Events "
                    + "published from now on are delivered.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SubscriptionInput.class), examples = @ExampleObject(name = "督查平台",
            value = """
            {"url":"https://ducha.qinghai.gov.cn/hooks/followup",
             "eventTypes":["gov.qinghai.followup.projects.progress-report.submitted.v1"],"prefecture":"海东市",
             "description":"省政府督查平台"}""")))
    @APIResponse(responseCode = "201", description = "registered; the secret is in this answer only", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = SubscriptionSecret.class),
            examples = @ExampleObject(name = "registered", value = "{\"subscription\":" + VIEW
                    + ",\"secret\":\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\",\"previousSecretValidUntil\":null}")))
    @APIResponse(responseCode = "400", description = "a field missing or malformed (url not http(s), unknown 市州)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "bad url", value = """
            {"title":"Bad Request","status":400,"violations":[{"field":"url","in":"body",
             "message":"must be an absolute http or https URL"}]}""")))
    @APIResponse(responseCode = "422", description = "an event type this service does not publish", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "unknown type", value = """
            {"type":"/problems/unprocessable","title":"Unprocessable Content","status":422,"field":"eventTypes",
             "detail":"unknown event type gov.qinghai.followup.projects.nothing.v1; this service publishes: …"}""")))
    public Response create(@Valid @NotNull SubscriptionInput in) {
        SubscriptionSecret created = subscriptions.create(in);
        return Created.at("/api/v1/subscriptions/" + created.subscription().id(), created);
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "事件订阅列表 · List event subscriptions (admin)",
            description = "Newest first, paged (size 1–200): state (ACTIVE, PAUSED and why), consecutive failures, "
                    + "last error, events queued. Never a secret.")
    @APIResponse(responseCode = "200", description = "one page", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SubscriptionPage.class), examples = @ExampleObject(name = "one paused",
            value = "{\"items\":[" + PAUSED + "],\"page\":0,\"size\":20,\"total\":1,\"totalPages\":1}")))
    @APIResponse(responseCode = "400", description = "page/size out of range", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "size too large", value = """
            {"title":"Bad Request","status":400,"violations":[{"field":"size","in":"query",
             "message":"must be less than or equal to 200"}]}""")))
    public Page<Subscription> list(@Valid @BeanParam PageQuery page) {
        return subscriptions.list(page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubscription", summary = "查看事件订阅 · One event subscription (admin)",
            description = "State, failures, last error, events queued. Never a secret.")
    @APIResponse(responseCode = "200", description = "the subscription", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Subscription.class), examples = @ExampleObject(name = "active", value = VIEW)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND_RESPONSE)
    public Subscription get(@Parameter(description = "subscription id", example = ID) @PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateSubscriptionSecret", summary = "更换订阅签名密钥 · Rotate a subscription's secret (admin)",
            description = "A new secret, shown in this answer only. Until previousSecretValidUntil (now + "
                    + "qinghai.events.secret-grace, 24 h by default) each delivery carries two signatures, with the new "
                    + "and the previous secret, so the receiver can switch without losing a delivery.")
    @APIResponse(responseCode = "200", description = "the new secret", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SubscriptionSecret.class), examples = @ExampleObject(name = "rotated",
            value = "{\"subscription\":" + VIEW + ",\"secret\":\"whsec_3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAA\","
                    + "\"previousSecretValidUntil\":\"2017-10-06T02:00:00Z\"}")))
    @APIResponse(responseCode = "404", ref = NOT_FOUND_RESPONSE)
    public SubscriptionSecret rotate(@Parameter(description = "subscription id", example = ID) @PathParam("id") UUID id) {
        return subscriptions.rotate(id);
    }

    @POST
    @Path("{id}/pause")
    @Operation(operationId = "pauseSubscription", summary = "暂停事件订阅 · Pause a subscription (admin)",
            description = "Nothing is sent; events keep queuing for it and are delivered in order on resume.")
    @APIResponse(responseCode = "200", description = "paused", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Subscription.class), examples = @ExampleObject(name = "paused", value = PAUSED)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND_RESPONSE)
    public Subscription pause(@Parameter(description = "subscription id", example = ID) @PathParam("id") UUID id) {
        return subscriptions.pause(id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeSubscription", summary = "恢复事件订阅 · Resume a subscription (admin)",
            description = "Active again, failures counted from 0: the next dispatch delivers what queued, oldest "
                    + "first, back-off from the start.")
    @APIResponse(responseCode = "200", description = "active", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Subscription.class), examples = @ExampleObject(name = "active", value = VIEW)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND_RESPONSE)
    public Subscription resume(@Parameter(description = "subscription id", example = ID) @PathParam("id") UUID id) {
        return subscriptions.resume(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getSubscriptionHistory", summary = "事件订阅变更记录 · Who changed a subscription (admin)",
            description = "Every change, oldest first, with who and when (the Envers audit of the services' own "
                    + "records): created (ADD), rotated (secretRotatedAt), paused (by an admin, or by system after "
                    + "qinghai.events.pause-after-failures failed deliveries: pausedReason FAILURES) and resumed (MOD). "
                    + "The fields before and after; never a secret.")
    @APIResponse(responseCode = "200", description = "the changes", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AuditEntry.class, type = SchemaType.ARRAY), examples = @ExampleObject(
            name = "created, then paused by an admin", value = HISTORY)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND_RESPONSE)
    public List<AuditEntry> history(@Parameter(description = "subscription id", example = ID) @PathParam("id") UUID id) {
        return subscriptions.history(id);
    }

    /** For the OpenAPI document only: a page of subscriptions. */
    @Schema(name = "SubscriptionPage")
    static final class SubscriptionPage extends PageSchema {
        public List<Subscription> items;
    }
}
