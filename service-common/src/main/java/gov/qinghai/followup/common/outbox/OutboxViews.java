package gov.qinghai.followup.common.outbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the admin outbox API ({@link OutboxAdminResource}) reads and writes. */
public final class OutboxViews {
    private OutboxViews() {
    }

    /**
     * A message as an operator sees it: PENDING (not delivered yet: due, waiting for its back-off or behind an older
     * message of the same recipient), DELIVERED, CANCELLED. The stored status FAILED (failed
     * notifications.max-attempts times, still retried) is PENDING here with {@code maxAttemptsReached}.
     */
    @Schema(name = "OutboxState", enumeration = {"PENDING", "DELIVERED", "CANCELLED"})
    public enum State {
        PENDING,
        DELIVERED,
        CANCELLED;

        static State of(OutboxMessage.Status status) {
            return switch (status) {
                case PENDING, FAILED -> PENDING;
                case SENT -> DELIVERED;
                case CANCELLED -> CANCELLED;
            };
        }
    }

    /**
     * One outbox message without its body and data (they may hold personal data): who it goes to, where it stands
     * and what operators did to it. A webhook address is shown without user-info, query and fragment
     * ({@link OutboxAddresses}).
     */
    @Schema(name = "OutboxMessageView")
    public record MessageView(
            @Schema(nullable = true, example = "5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11") UUID id,
            @Schema(nullable = true, example = "progress-reminder", description = "the kind of event (also the metrics' topic tag)")
            String topic,
            @Schema(nullable = true, example = "reminder-42", description = "which event: the same event to the same recipient is one message")
            String eventKey,
            @Schema(nullable = true, example = "WEBHOOK") Channel channel,
            @Schema(nullable = true, example = "https://oapi.dingtalk.com/robot/send?***",
                    description = "e-mail address, or webhook URL with user-info, query and fragment shown as ***")
            String recipient,
            @Schema(nullable = true, example = "7", description = "1, 2, 3 … per recipient, in commit order; a recipient gets nothing "
                    + "newer while an older message of theirs is PENDING")
            long sequence,
            @Schema(nullable = true, example = "2017-09签约项目进展情况报送提醒") String subject,
            @Schema(nullable = true, example = "PENDING") State state,
            @Schema(nullable = true, example = "true", description = "PENDING and at least one attempt failed")
            boolean failing,
            @Schema(example = "6", description = "delivery attempts made, ever") int attempts,
            @Schema(example = "2", description = "failed attempts the back-off counts from (reset by a retry)")
            int attemptsSinceRetry,
            @Schema(example = "false", description = "failed notifications.max-attempts times since the last retry; "
                    + "still retried every notifications.max-retry-delay")
            boolean maxAttemptsReached,
            @Schema(example = "IOException: webhook answered 400") String lastError,
            @Schema(example = "2017-10-01T09:32:00Z", description = "when the dispatcher tries it next (PENDING only; "
                    + "a message behind an older one waits for that one as well)")
            Instant nextAttemptAt,
            @Schema(example = "a5b1f4a2-9c0e-3d1f-8e7a-61c2d3e4f5a6", description = "the recipient's oldest PENDING "
                    + "message when it is older than this one: this one waits for it (retry or cancel that one)")
            UUID blockedBy,
            @Schema(example = "2017-10-01T08:00:00Z") Instant createdAt,
            @Schema(example = "2017-10-01T08:01:00Z", description = "when it was delivered (DELIVERED only)")
            Instant deliveredAt,
            @Schema(example = "2017-10-01T09:30:00Z") Instant retriedAt,
            @Schema(example = "admin@qinghai.gov.cn") String retriedBy,
            @Schema(example = "2017-10-01T10:00:00Z") Instant cancelledAt,
            @Schema(example = "admin@qinghai.gov.cn") String cancelledBy,
            @Schema(example = "接收方永久拒收（HTTP 400），已电话通知海东市政府") String cancelReason) {

        static MessageView of(OutboxMessage m, UUID blockedBy) {
            State state = State.of(m.status);
            return new MessageView(m.id, m.topic, m.eventKey, m.channel, OutboxAddresses.display(m.channel, m.recipient),
                    m.sequence, m.subject, state, state == State.PENDING && m.attempts > 0, m.attempts,
                    m.backoffFailures, m.status == OutboxMessage.Status.FAILED,
                    OutboxAddresses.scrub(m.lastError, m.channel, m.recipient),
                    state == State.PENDING ? m.nextAttemptAt : null, blockedBy, m.createdAt, m.sentAt,
                    m.retriedAt, m.retriedBy, m.cancelledAt, m.cancelledBy, m.cancelReason);
        }
    }

    /** Why an admin gives a message up. */
    @Schema(name = "OutboxCancellation")
    public record Cancellation(
            @NotBlank @Size(max = 1000)
            @Schema(required = true, maxLength = 1000, example = "接收方永久拒收（HTTP 400），已电话通知海东市政府",
                    description = "why the message will never be sent (kept with who and when)")
            String reason) {
    }
}
