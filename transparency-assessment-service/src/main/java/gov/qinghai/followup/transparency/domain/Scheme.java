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

/** An assessment scheme (考核内容) of one year, one revision; 137号 第七条: 分值和标准实行动态调整. */
@Entity
@Audited
@Table(name = "scheme")
public class Scheme extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheme_seq")
    @SequenceGenerator(name = "scheme_seq", sequenceName = "scheme_seq", allocationSize = 50)
    public Long id;
    public int year;
    public int revision;
    public String title;
    public String source;
    public String note;
    public Instant createdAt;
    /** The content line the 20-working-day rule feeds (137号 附件 第4项); null: the rule is off, assessors score it. */
    public Long timelinessLineId;
    /** The on-time rate (%) that earns the line's full points ({@link DisclosureTimeliness}). */
    public BigDecimal timelinessFullRate = DisclosureTimeliness.DEFAULT_FULL_MARKS_RATE;
    @Version
    public long version;
}
