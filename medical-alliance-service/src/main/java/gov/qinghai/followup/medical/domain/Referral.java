package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A 双向转诊 between two institutions; the patient only as a pseudonymous reference. */
@Entity
@Audited
public class Referral extends PanacheEntityBase {
    public enum Direction { UP, DOWN }

    public enum Priority { PRIORITY, ROUTINE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    public Long id;
    public Long fromInstitutionId;
    public Long toInstitutionId;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    public Long allianceId;
    /** Allowed, but flagged: the two institutions share no alliance on the request date. */
    public boolean outOfAlliance;
    public String patientRef;
    public boolean contracted;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Enumerated(EnumType.STRING)
    public Urgency urgency = Urgency.ROUTINE;
    public String reason;
    /** The diagnosis as an ICD-10 code ({@link Icd10}); null when the referring side gave none. */
    public String reasonCode;
    /** The referring doctor as written on the 转诊单 (FHIR ServiceRequest.requester). */
    public String requesterPractitioner;
    /** The receiving doctor (FHIR ServiceRequest.performer), named by either side or on acceptance. */
    public String performerPractitioner;
    /** The booked appointment at the receiving institution (预约转诊, 140号 三(二)4). */
    public Instant appointmentAt;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    public String statusReason;
    public String dischargeSummaryRef;
    public String feedback;
    public Instant requestedAt;
    public Instant acceptedAt;
    public Instant rejectedAt;
    public Instant startedAt;
    public Instant completedAt;
    public Instant cancelledAt;
    /** The latest status change (every step sets it; on-hold, resume, failed and entered-in-error have no own time). */
    public Instant statusChangedAt;
    public String requestedBy;
    @Version
    public long version;

    /** The time of the latest step, which a new step may not precede. */
    public Instant lastStepAt() {
        Instant last = requestedAt;
        for (Instant t : new Instant[] {acceptedAt, rejectedAt, startedAt, completedAt, cancelledAt,
                statusChangedAt}) {
            if (t != null && t.isAfter(last)) {
                last = t;
            }
        }
        return last;
    }
}
