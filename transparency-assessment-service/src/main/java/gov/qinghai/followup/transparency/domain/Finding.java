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

/** A 加分项, 减分项 or 直接归零项 finding against one assessment. */
@Entity
@Audited
@Table(name = "finding")
public class Finding extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    public Long id;
    public Long assessmentId;
    public Long lineId;
    public BigDecimal points;
    public String description;
    public String evidence;
    public String recordedBy;
    public Instant recordedAt;
    /** Set when the office withdraws the finding (it then no longer counts); the reason stays in the audit. */
    public Instant withdrawnAt;
    public String withdrawnBy;
    public String withdrawalReason;
    /** Why the finding was last corrected (its earlier line, points and text are in the audit). */
    public String correctionReason;
    @Version
    public long version;
}
