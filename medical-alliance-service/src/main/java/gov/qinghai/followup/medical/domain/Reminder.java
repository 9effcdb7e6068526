package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A reminder or alert for one unit, written by a job (insert-only, hence not audited). */
@Entity
public class Reminder extends PanacheEntityBase {
    public static final String MISSING_FIGURES = "MISSING_FAMILY_DOCTOR_FIGURES";
    public static final String PENDING_REFERRAL = "PENDING_REFERRAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    /** The 'unit' claim of whoever must act. */
    public String unit;
    public String period;
    /** The referral an alert is about; 0 when none. */
    public long referenceId;
    public String subject;
    public Instant createdAt;
}
