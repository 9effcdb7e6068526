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

/** A piece of information in the proactive-disclosure scope: produced and published dates (137号 附件 第4项). */
@Entity
@Audited
@Table(name = "disclosure_record")
public class DisclosureRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_record_seq")
    @SequenceGenerator(name = "disclosure_record_seq", sequenceName = "disclosure_record_seq", allocationSize = 50)
    public Long id;
    public Long subjectId;
    public String title;
    public LocalDate producedOn;
    public LocalDate publishedOn;
    public LocalDate deadline;
    /** JSON of {@link WorkingDays.Deadline}. */
    public String explanation;
    @Version
    public long version;

    public Boolean onTime() {
        return publishedOn == null ? null : !publishedOn.isAfter(deadline);
    }
}
