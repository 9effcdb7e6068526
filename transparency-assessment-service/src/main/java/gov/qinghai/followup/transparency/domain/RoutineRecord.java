package gov.qinghai.followup.transparency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * 137号 第九条 日常考核: a problem or achievement recorded during the year, applied at the annual assessment. Corrected
 * in place (versioned, audited) or removed with a reason until the subject's result for that year is published.
 */
@Entity
@Audited
@Table(name = "routine_record")
public class RoutineRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routine_record_seq")
    @SequenceGenerator(name = "routine_record_seq", sequenceName = "routine_record_seq", allocationSize = 50)
    public Long id;
    public Long subjectId;
    public int year;
    public LocalDate recordedOn;
    public String kind;
    public int itemNo;
    public BigDecimal points;
    public String description;
    public String evidence;
    public String method;
    public String recorder;
    /** Set when the office removes the record (it then no longer counts); the reason stays in the audit. */
    public Instant removedAt;
    public String removedBy;
    public String removalReason;
    @Version
    public long version;
}
