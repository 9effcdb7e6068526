package gov.qinghai.followup.actionplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One unit's monthly report on one task: narrative, problems, evidence and indicator actuals. */
@Entity
@Audited
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_report_seq")
    @SequenceGenerator(name = "progress_report_seq", sequenceName = "progress_report_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    @JsonIgnoreProperties({"units", "indicators", "text", "group", "leadWording", "responsibleWording"})
    public Task task;
    @ManyToOne
    @JoinColumn(name = "unit_id")
    public Unit unit;
    /** The month reported on, e.g. 2017-08. */
    public String period;
    public String narrative;
    public String problems;
    /** Evidence links, one per line. */
    public String evidenceLinks;
    public Instant submittedAt;
    public String submittedBy;
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<IndicatorActual> actuals = new ArrayList<>();
    // Column idempotency_key (V3): the Idempotency-Key of a POST made before the shared mechanism, no longer
    // written; read only by service/LegacyIdempotencyKeys.
    @Version
    public long version;
}
