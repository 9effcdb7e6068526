package gov.qinghai.followup.common.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/**
 * A subscription's row (DDL: db/events V170, V260) as the admins' changes write it, so that Envers records each with
 * who and when (revinfo; event_subscription_aud): create, rotate, pause, resume, and the automatic pause after
 * failures (by {@code system}). Only the fields below marked {@code @Audited} are copied, never a secret. The
 * delivery counters (consecutive_failures, last_error, last_*_at) are not mapped: the dispatcher updates them in SQL
 * on every attempt, and {@code @DynamicUpdate} writes only the columns a change sets, so neither overwrites the other.
 */
@Entity
@Table(name = "event_subscription")
@DynamicUpdate
public class EventSubscription extends PanacheEntityBase {
    /** The fields a history entry shows: the audited ones. */
    static final List<String> AUDITED = List.of("url", "eventTypes", "unit", "prefecture", "description", "state",
            "pausedReason", "pausedAt", "secretRotatedAt");

    @Id
    public UUID id;
    @Audited
    public String url;
    @Audited
    public String eventTypes;
    @Audited
    public String unit;
    @Audited
    public String prefecture;
    @Audited
    public String description;
    /** AES-GCM sealed (SecretCipher), never the plain secret. */
    public String secret;
    public String previousSecret;
    public Instant previousSecretUntil;
    @Audited
    public String state;
    @Audited
    public String pausedReason;
    @Audited
    public Instant pausedAt;
    public Instant createdAt;
    public String createdBy;
    /** When the secret was last rotated: a rotation's revision shows it changing. */
    @Audited
    public Instant secretRotatedAt;
}
