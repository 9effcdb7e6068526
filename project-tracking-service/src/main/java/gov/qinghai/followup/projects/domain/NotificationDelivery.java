package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One reminder on one channel; stays PENDING and is retried until the receiver takes it. */
@Entity
public class NotificationDelivery extends PanacheEntityBase {
    public enum Channel { EMAIL, WEBHOOK }

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_delivery_seq")
    @SequenceGenerator(name = "notification_delivery_seq", sequenceName = "notification_delivery_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reminder_id")
    public Reminder reminder;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String target;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant sentAt;
}
