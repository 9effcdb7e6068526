package gov.qinghai.followup.common.outbox;

import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.outbox.OutboxViews.Cancellation;
import gov.qinghai.followup.common.outbox.OutboxViews.MessageView;
import gov.qinghai.followup.common.outbox.OutboxViews.State;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.common.web.PageSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
 * The notification outbox of this service, for admins (README "Outbox"): find the message a receiver keeps
 * refusing, retry it now or cancel it with a reason. The same resource is in all four services (service-common);
 * each sees its own schema's outbox.
 */
@Path("/api/v1/admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Outbox (admin)", description = "Reminders, e-mails and webhooks waiting for delivery: per recipient only "
        + "the oldest undelivered message is tried, with back-off 1 min → 1 h, for ever. A message its receiver always "
        + "refuses holds the recipient's newer ones back until an admin retries it (after fixing the receiver) or "
        + "cancels it.")
public class OutboxAdminResource {
    static final String PROBLEM = "application/problem+json";
    static final String BAD_ID = """
            {"type":"/problems/not-found","title":"Not Found","status":404,
             "detail":"outbox message 5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11 does not exist"}""";
    static final String DELIVERED = """
            {"type":"/problems/outbox-message-delivered","title":"Conflict","status":409,
             "detail":"outbox message 5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11 was delivered at 2017-10-01T08:01:00Z; it cannot be cancelled",
             "state":"DELIVERED"}""";
    static final String CANCELLED = """
            {"type":"/problems/outbox-message-cancelled","title":"Conflict","status":409,
             "detail":"outbox message 5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11 was cancelled by admin@qinghai.gov.cn at 2017-10-01T10:00:00Z; it cannot be retried",
             "state":"CANCELLED"}""";
    static final String BUSY = """
            {"type":"/problems/outbox-message-busy","title":"Conflict","status":409,
             "detail":"outbox message 5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11 is being sent right now; retry in 10 seconds"}""";
    static final String NO_REASON = """
            {"title":"Bad Request","status":400,"violations":[{"field":"reason","in":"body","message":"must not be blank"}]}""";
    static final String MESSAGE = """
            {"id":"5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11","topic":"progress-reminder","eventKey":"reminder-42",
             "channel":"WEBHOOK","recipient":"https://oapi.dingtalk.com/robot/send?***","sequence":7,
             "subject":"2017-09签约项目进展情况报送提醒","state":"PENDING","failing":true,"attempts":6,"attemptsSinceRetry":6,
             "maxAttemptsReached":false,"lastError":"IOException: webhook answered 400",
             "nextAttemptAt":"2017-10-01T09:32:00Z","blockedBy":null,"createdAt":"2017-10-01T08:00:00Z",
             "deliveredAt":null,"retriedAt":null,"retriedBy":null,"cancelledAt":null,"cancelledBy":null,"cancelReason":null}""";

    @Inject
    OutboxOperations operations;

    @GET
    @Operation(operationId = "listOutboxMessages", summary = "发件箱消息列表 · List outbox messages (admin)", description = "Newest first, paged (size 1–200). Filter by "
            + "state (PENDING: not delivered yet, DELIVERED, CANCELLED), failing (PENDING with at least one failed "
            + "attempt), channel, recipient (as stored or as shown: a webhook URL's user-info, query and fragment are "
            + "shown as ***) and topic. Each message shows attempts, last error, next attempt, sequence, created and "
            + "delivered times, the recipient's older message it waits for (blockedBy) and what admins did to it; "
            + "never its body or data.")
    @APIResponse(responseCode = "200", description = "one page", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = MessagePage.class), examples = @ExampleObject(name = "a refused message",
            value = "{\"items\":[" + MESSAGE + "],\"page\":0,\"size\":20,\"total\":1,\"totalPages\":1}")))
    @APIResponse(responseCode = "400", description = "a filter or page/size out of range", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "size too large", value = """
            {"title":"Bad Request","status":400,"violations":[{"field":"size","in":"query",
             "message":"must be less than or equal to 200"}]}""")))
    public Page<MessageView> list(
            @Valid @BeanParam PageQuery page,
            @Parameter(description = "PENDING (not delivered yet), DELIVERED or CANCELLED", example = "PENDING",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "DELIVERED", "CANCELLED"}))
            @QueryParam("state") @Pattern(regexp = "PENDING|DELIVERED|CANCELLED",
                    message = "must be PENDING, DELIVERED or CANCELLED") String state,
            @Parameter(description = "true: PENDING with at least one failed attempt; false: the others",
                    example = "true")
            @QueryParam("failing") Boolean failing,
            @Parameter(description = "EMAIL, WEBHOOK or EVENT (an event subscription)", example = "WEBHOOK",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"EMAIL", "WEBHOOK", "EVENT"}))
            @QueryParam("channel") @Pattern(regexp = "EMAIL|WEBHOOK|EVENT", message = "must be EMAIL, WEBHOOK or EVENT") String channel,
            @Parameter(description = "e-mail address or webhook URL, as stored or as this list shows it",
                    example = "https://oapi.dingtalk.com/robot/send?***")
            @QueryParam("recipient") @Size(max = 500) String recipient,
            @Parameter(description = "kind of event", example = "progress-reminder")
            @QueryParam("topic") @Size(max = 100) String topic) {
        return operations.list(new OutboxOperations.Filter(state == null ? null : State.valueOf(state),
                failing, channel == null ? null : Channel.valueOf(channel),
                recipient, topic), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOutboxMessage", summary = "查看一条发件箱消息 · One outbox message (admin)", description = "As in the list: never its body or data.")
    @APIResponse(responseCode = "200", description = "the message", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = MessageView.class), examples = @ExampleObject(name = "failing",
            value = MESSAGE)))
    @APIResponse(responseCode = "404", description = "no such message", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown id", value = BAD_ID)))
    public MessageView get(@Parameter(description = "message id", example = "5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11")
                           @PathParam("id") UUID id) {
        return operations.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getOutboxMessageHistory", summary = "发件箱消息的审计记录 · Audit trail of an outbox message (admin)", description = "Every retry and the cancellation: "
            + "who, when and the reason (before/after of retriedAt, retriedBy, cancelledAt, cancelledBy, cancelReason).")
    @APIResponse(responseCode = "200", description = "oldest first", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class),
            examples = @ExampleObject(name = "cancelled", value = """
            [{"revision":51,"at":"2017-10-01T10:00:00Z","by":"admin@qinghai.gov.cn","change":"MOD","before":null,
              "after":{"retriedAt":null,"retriedBy":null,"cancelledAt":"2017-10-01T10:00:00Z",
                       "cancelledBy":"admin@qinghai.gov.cn","cancelReason":"接收方永久拒收（HTTP 400），已电话通知海东市政府"}}]""")))
    @APIResponse(responseCode = "404", description = "no such message", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown id", value = BAD_ID)))
    public List<AuditEntry> history(@Parameter(description = "message id",
            example = "5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11") @PathParam("id") UUID id) {
        return operations.history(id);
    }

    @POST
    @Path("{id}/retry")
    @Operation(operationId = "retryOutboxMessage", summary = "立即重发一条发件箱消息 · Retry an outbox message now (admin)", description = "After the receiver was fixed: the "
            + "message is due now and its back-off starts again from notifications.first-retry-delay (FAILED becomes "
            + "PENDING); the next dispatcher poll (notifications.poll-interval) sends it, unless an older message of "
            + "the same recipient is still undelivered (blockedBy). Who and when are kept. 409 when it was delivered "
            + "or cancelled, or while a dispatcher is sending it (Retry-After).")
    @APIResponse(responseCode = "200", description = "the message, due now", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = MessageView.class),
            examples = @ExampleObject(name = "due now", value = """
            {"id":"5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11","topic":"progress-reminder","eventKey":"reminder-42",
             "channel":"WEBHOOK","recipient":"https://oapi.dingtalk.com/robot/send?***","sequence":7,
             "subject":"2017-09签约项目进展情况报送提醒","state":"PENDING","failing":true,"attempts":6,"attemptsSinceRetry":0,
             "maxAttemptsReached":false,"lastError":"IOException: webhook answered 400",
             "nextAttemptAt":"2017-10-01T09:30:00Z","blockedBy":null,"createdAt":"2017-10-01T08:00:00Z",
             "deliveredAt":null,"retriedAt":"2017-10-01T09:30:00Z","retriedBy":"admin@qinghai.gov.cn",
             "cancelledAt":null,"cancelledBy":null,"cancelReason":null}""")))
    @APIResponse(responseCode = "404", description = "no such message", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown id", value = BAD_ID)))
    @APIResponse(responseCode = "409", description = "delivered, cancelled, or being sent right now", content =
            @Content(mediaType = PROBLEM, examples = {@ExampleObject(name = "cancelled", value = CANCELLED),
                    @ExampleObject(name = "being sent", value = BUSY)}))
    public MessageView retry(@Parameter(description = "message id", example = "5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11")
                             @PathParam("id") UUID id) {
        return operations.retry(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelOutboxMessage", summary = "永久取消一条发件箱消息 · Cancel an outbox message for good (admin)", description = "A reason is required. The message "
            + "is never sent, and the recipient's next message becomes the head of its queue (sent at the next "
            + "dispatcher poll). Who, when and why are kept on the message and in its history; counted in "
            + "outbox_messages_cancelled_total. 409 when it was delivered or is cancelled already, or while a "
            + "dispatcher is sending it (Retry-After).")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Cancellation.class), examples = @ExampleObject(name = "refused for ever",
            value = "{\"reason\":\"接收方永久拒收（HTTP 400），已电话通知海东市政府\"}")))
    @APIResponse(responseCode = "200", description = "the message, cancelled", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = MessageView.class),
            examples = @ExampleObject(name = "cancelled", value = """
            {"id":"5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11","topic":"progress-reminder","eventKey":"reminder-42",
             "channel":"WEBHOOK","recipient":"https://oapi.dingtalk.com/robot/send?***","sequence":7,
             "subject":"2017-09签约项目进展情况报送提醒","state":"CANCELLED","failing":false,"attempts":6,
             "attemptsSinceRetry":6,"maxAttemptsReached":false,"lastError":"IOException: webhook answered 400",
             "nextAttemptAt":null,"blockedBy":null,"createdAt":"2017-10-01T08:00:00Z","deliveredAt":null,
             "retriedAt":null,"retriedBy":null,"cancelledAt":"2017-10-01T10:00:00Z","cancelledBy":"admin@qinghai.gov.cn",
             "cancelReason":"接收方永久拒收（HTTP 400），已电话通知海东市政府"}""")))
    @APIResponse(responseCode = "400", description = "no reason", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "reason missing", value = NO_REASON)))
    @APIResponse(responseCode = "404", description = "no such message", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "unknown id", value = BAD_ID)))
    @APIResponse(responseCode = "409", description = "delivered, cancelled already, or being sent right now",
            content = @Content(mediaType = PROBLEM, examples = {@ExampleObject(name = "delivered", value = DELIVERED),
                    @ExampleObject(name = "being sent", value = BUSY)}))
    public MessageView cancel(@Parameter(description = "message id", example = "5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11")
                              @PathParam("id") UUID id,
                              @Valid Cancellation body) {
        return operations.cancel(id, body == null ? null : body.reason());
    }

    /** For the OpenAPI document only: a page of messages. */
    @Schema(name = "OutboxMessagePage")
    static final class MessagePage extends PageSchema {
        public List<MessageView> items;
    }
}
