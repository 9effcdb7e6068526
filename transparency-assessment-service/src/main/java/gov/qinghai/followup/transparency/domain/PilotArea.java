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

/** A pilot content area (试点内容) of one pilot unit. */
@Entity
@Audited
@Table(name = "pilot_area")
public class PilotArea extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_area_seq")
    @SequenceGenerator(name = "pilot_area_seq", sequenceName = "pilot_area_seq", allocationSize = 50)
    public Long id;
    public Long unitId;
    public int seq;
    public String name;
    /** ATTACHMENT (试点单位及试点内容表) or ADDED ("可以结合实际适当增加试点内容"). */
    public String source;
    /** Line of the gazette text the attachment row is printed on; null for an ADDED area. */
    public Integer gazetteLine;
    /** What was read beyond the printed cell (the cell's closing 等方面); null when nothing was. */
    public String dataNote;
    @Version
    public long version;
}
