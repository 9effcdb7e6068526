package gov.qinghai.followup.common.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.envers.Audited;

/**
 * One message in the outbox table (DDL: service-common db/outbox/V25__outbox.sql, V29__outbox_operations.sql).
 * Written only by {@link Outbox#enqueue}, delivered and updated by {@link OutboxDispatcher}, retried or cancelled by
 * an admin through {@link OutboxOperations}; services read it to show delivery states. Envers audits only the
 * operators' fields (retried*, cancelled*, cancelReason): the dispatcher's own updates leave no revision.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    @Schema(name = "OutboxStatus", description = "delivery state of an outbox message")
    public enum Status {
        PENDING,
        SENT,
        /**
         * Failed notifications.max-attempts times (since the last admin retry); still retried every
         * notifications.max-retry-delay.
         */
        FAILED,
        /** Given up by an admin (who, when, why in the cancelled* fields): never sent, no longer blocks newer ones. */
        CANCELLED;

        /** Still to be delivered: the dispatcher's work, and what holds back the recipient's newer messages. */
        public boolean undelivered() {
            return this == PENDING || this == FAILED;
        }
    }

    @Id
    public UUID id;
    public String topic;
    public String eventKey;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** The address: e-mail or webhook URL. */
    public String recipient;
    /** 1, 2, 3 … per (channel, recipient), in commit order. */
    public long sequence;
    public String subject;
    /** Plain text: the e-mail body, and {@code text} in the webhook body. */
    public String body;
    /** JSON object: {@code data} in the webhook body. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String data;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** Every delivery attempt ever made. */
    public int attempts;
    /** Failed attempts the back-off counts from (1, 2, 4 … minutes); set back to 0 by an admin's retry. */
    public int backoffFailures;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant sentAt;
    /** The last admin retry (POST /api/v1/admin/outbox/{id}/retry): when and by whom. */
    @Audited
    public Instant retriedAt;
    @Audited
    public String retriedBy;
    /** Set together when an admin cancels the message (POST /api/v1/admin/outbox/{id}/cancel). */
    @Audited
    public Instant cancelledAt;
    @Audited
    public String cancelledBy;
    @Audited
    public String cancelReason;

    public Recipient to() {
        return new Recipient(channel, recipient);
    }
}
