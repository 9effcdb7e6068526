package gov.qinghai.followup.actionplan.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task's status changed: by a late report or a correction of a judged month (domain.PastStatus; report, period and
 * unit set), found OVERDUE by the daily overdue scan (indicators: the codes it found newly overdue), or met by the
 * 督查室's confirmation of a task without indicators (COMPLETION, judged on the day confirmed). Written only by
 * service.StatusChanges, which announces each as task.status-changed.
 */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public Task task;
    public LocalDate judgedOn;
    @Enumerated(EnumType.STRING)
    public TaskStatus statusBefore;
    @Enumerated(EnumType.STRING)
    public TaskStatus statusAfter;
    @Enumerated(EnumType.STRING)
    public StatusChangeCause cause;
    public Long reportId;
    public String reportPeriod;
    @ManyToOne
    @JoinColumn(name = "unit_id")
    public Unit unit;
    public LocalDate recordedOn;
    public Instant recordedAt;
    public String recordedBy;
    /** The overdue scan's newly overdue indicator codes, comma separated; null otherwise. */
    public String indicators;

    public static List<StatusChange> ofTask(Task task) {
        return list("task = ?1 order by recordedAt, id", task);
    }
}
