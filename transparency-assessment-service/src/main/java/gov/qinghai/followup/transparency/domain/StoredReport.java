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

/** A stored bulletin or report (JSON content). */
@Entity

@Table(name = "stored_report")
public class StoredReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_report_seq")
    @SequenceGenerator(name = "stored_report_seq", sequenceName = "stored_report_seq", allocationSize = 50)
    public Long id;
    public String kind;
    public String period;
    public Instant generatedAt;
    public String triggeredBy;
    public String content;
}
