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

/** One content line (内容) of an item. */
@Entity
@Audited
@Table(name = "scheme_line")
public class SchemeLine extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheme_line_seq")
    @SequenceGenerator(name = "scheme_line_seq", sequenceName = "scheme_line_seq", allocationSize = 50)
    public Long id;
    public Long schemeId;
    public Long itemId;
    public int lineNo;
    public String subArea;
    public String content;
    /** Points of the line: maximum for regular items, per occurrence for 加分/减分 (negative for 减分). */
    public BigDecimal points;
    /** Set when the gazette text lost the row's column layout (kept, never silently moved). */
    public String layoutNote;
    /** Line of the gazette text the content was read from (null for lines added to a copy). */
    public Integer gazetteLine;
    /** A reading beyond the printed cell (e.g. which rows a 备注 covers); null when there is none. */
    public String dataNote;
    @Version
    public long version;
}
