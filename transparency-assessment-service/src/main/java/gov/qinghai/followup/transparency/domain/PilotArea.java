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
    @Version
    public long version;
}
