package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value a report gives for an indicator, with the date it refers to. */
@Entity
@Audited
@Table(name = "indicator_actual")
public class IndicatorActual extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_actual_seq")
    @SequenceGenerator(name = "indicator_actual_seq", sequenceName = "indicator_actual_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    public ProgressReport report;
    @ManyToOne
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;
    public BigDecimal value;
    public LocalDate asOf;
    @Version
    public long version;
}
