package gov.qinghai.followup.actionplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
    @JsonIgnore // audit snapshots: no loop back to the report
    public ProgressReport report;
    @ManyToOne
    @JoinColumn(name = "indicator_id")
    @JsonIgnoreProperties({"task"})
    public Indicator indicator;
    public BigDecimal value;
    public LocalDate asOf;
    @Version
    public long version;
}
