package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A stored quarterly report of the offensive (2017-Q3 closing first); content is its JSON. */
@Entity
@Table(name = "quarterly_report")
public class QuarterlyReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarterly_report_seq")
    @SequenceGenerator(name = "quarterly_report_seq", sequenceName = "quarterly_report_seq", allocationSize = 50)
    public Long id;
    public String period;
    public LocalDate asOf;
    public Instant generatedAt;
    public String content;
}
