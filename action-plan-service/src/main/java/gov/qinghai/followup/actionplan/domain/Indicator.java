package gov.qinghai.followup.actionplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A quantitative target a task's text states (e.g. 任务21: 9月前压减煤炭产能132万吨); admins may add and correct. */
@Entity
@Audited
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    @JsonIgnoreProperties({"units", "indicators", "text", "group", "leadWording", "responsibleWording"})
    public Task task;
    public String code;
    public String name;
    public String unit;
    @Enumerated(EnumType.STRING)
    public Comparator comparator;
    public BigDecimal target;
    public LocalDate deadline;
    /** Whether the notice states the deadline or why this date was chosen. */
    public String deadlineBasis;
    /** The words of the task text the indicator comes from, shown beside it. */
    public String sourcePhrase;
    @Enumerated(EnumType.STRING)
    public LinkedSource linkedSource;
    public String linkedKey;
    /** How several units' (or 市州') figures combine into the one the indicator is judged by, and why. */
    @Enumerated(EnumType.STRING)
    public FigureRule figureRule = FigureRule.PROVINCE;
    public String figureRuleBasis;
    @Version
    public long version;
}
