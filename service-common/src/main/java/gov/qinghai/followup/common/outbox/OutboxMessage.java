package gov.qinghai.followup.common.outbox;

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

/**
 * One message in the outbox table (DDL: service-common db/outbox/V25__outbox.sql). Written only by {@link Outbox#enqueue},
 * delivered and updated only by {@link OutboxDispatcher}; services read it to show delivery states.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    public enum Status {
        PENDING,
        SENT,
        /** Failed notifications.max-attempts times; still retried every notifications.max-retry-delay. */
        FAILED
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
    public int attempts;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant sentAt;

    public Recipient to() {
        return new Recipient(channel, recipient);
    }
}
