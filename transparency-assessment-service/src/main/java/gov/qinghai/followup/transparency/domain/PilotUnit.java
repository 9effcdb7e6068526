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

/** A 138号 pilot unit (城北区, 乐都区, 格尔木市). */
@Entity
@Audited
@Table(name = "pilot_unit")
public class PilotUnit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_unit_seq")
    @SequenceGenerator(name = "pilot_unit_seq", sequenceName = "pilot_unit_seq", allocationSize = 50)
    public Long id;
    public int seq;
    public String prefecture;
    public String name;
    /** Incremented on every change of the unit's 标准目录 (138号 四(二) "实施动态调整"). */
    public int catalogueRevision;
    /** Where the unit's milestone reminders are e-mailed (jobs/ReminderDelivery); null: webhook only. */
    public String contactEmail;
    @Version
    public long version;
}
