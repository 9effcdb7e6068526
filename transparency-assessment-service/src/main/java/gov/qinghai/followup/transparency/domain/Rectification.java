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

/** 137号 第十二条 整改: a problem fed back, with plan, owner and deadline. */
@Entity
@Audited
@Table(name = "rectification")
public class Rectification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_seq")
    @SequenceGenerator(name = "rectification_seq", sequenceName = "rectification_seq", allocationSize = 50)
    public Long id;
    public Long subjectId;
    public Long assessmentId;
    public String problem;
    public String plan;
    public String owner;
    public LocalDate deadline;
    public String status;
    public LocalDate completedOn;
    /** 第十二条: what the unit reports it has done (status REPORTED), awaiting the office's verification. */
    public String report;
    public String reportedBy;
    /** The office's verification: DONE when accepted, back to IN_PROGRESS when not. */
    public String verifiedBy;
    public Instant verifiedAt;
    public String verificationNote;
    @Version
    public long version;

    /** 137号 第十二条 "限时整改到位": overdue when not done and the deadline has passed. */
    public boolean overdueOn(LocalDate date) {
        return !"DONE".equals(status) && deadline.isBefore(date);
    }
}
