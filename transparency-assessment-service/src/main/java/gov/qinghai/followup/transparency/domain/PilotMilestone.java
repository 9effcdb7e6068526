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

/** A milestone of 138号 五 工作进度安排. */
@Entity
@Audited
@Table(name = "pilot_milestone")
public class PilotMilestone extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_milestone_seq")
    @SequenceGenerator(name = "pilot_milestone_seq", sequenceName = "pilot_milestone_seq", allocationSize = 50)
    public Long id;
    public Long unitId;
    public String code;
    public String title;
    public LocalDate dueOn;
    public String status;
    public LocalDate completedOn;
    public String note;
    @Version
    public long version;
}
