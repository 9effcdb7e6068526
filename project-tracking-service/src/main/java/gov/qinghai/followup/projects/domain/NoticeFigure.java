package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A headline figure a fair's notice states (for the 18th fair, 青政办〔2017〕134号's opening paragraph: 300余项,
 * 超过1800亿元, 597亿元 = 40%, 683亿元 = 46%), entered by an admin with its text and source.
 */
@Entity
@Audited
@Table(name = "headline_figure")
public class NoticeFigure extends PanacheEntityBase {
    /** What the table computes for the figure. */
    public enum Measure { PROJECT_COUNT, TOTAL_INVESTMENT, REGIONS_SUM, REGIONS_SHARE, PARKS_SUM, PARKS_SHARE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headline_figure_seq")
    @SequenceGenerator(name = "headline_figure_seq", sequenceName = "headline_figure_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fair_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Fair fair;
    public String key;
    @Enumerated(EnumType.STRING)
    public Measure measure;
    /** The 市州 (REGIONS_*) or parks (PARKS_*) the figure covers. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> scope = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public HeadlineFigure.Comparison comparison;
    public BigDecimal stated;
    public String noticeText;
    public String source;
    @Version
    public long version;

    public HeadlineFigure rule() {
        return new HeadlineFigure(key, noticeText, comparison, statedAsPrinted());
    }

    /**
     * The stated figure at the precision the notice prints it (the column keeps two decimals: 597.00 is "597", read
     * to the unit; 1492.50 to one decimal), which is what ROUNDED compares at.
     */
    public BigDecimal statedAsPrinted() {
        return stated.setScale(Math.max(0, stated.stripTrailingZeros().scale()));
    }
}
