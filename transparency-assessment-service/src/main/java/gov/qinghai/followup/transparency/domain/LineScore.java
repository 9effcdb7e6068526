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

/** 现场考核 score of one content line (137号 第十条(三)). */
@Entity
@Audited
@Table(name = "line_score")
public class LineScore extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_score_seq")
    @SequenceGenerator(name = "line_score_seq", sequenceName = "line_score_seq", allocationSize = 50)
    public Long id;
    public Long assessmentId;
    public Long lineId;
    public BigDecimal score;
    public String note;
    public String assessor;
    public Instant scoredAt;
    @Version
    public long version;
}
