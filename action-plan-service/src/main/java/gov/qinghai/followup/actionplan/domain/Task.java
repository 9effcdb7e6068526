package gov.qinghai.followup.actionplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One of the 50 numbered tasks of 135号 二、目标任务, with its units in the order the notice writes them. */
@Entity
@Audited
@Table(name = "task")
public class Task extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    public Long id;
    public int number;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    @JsonIgnoreProperties({"hibernateLazyInitializer", "handler", "heading"}) // audit snapshots: the group's name
    public TaskGroup group;
    public String text;
    /** The 牵头单位 line as written; null where the notice names none (tasks 13, 20, 30, 42). */
    public String leadWording;
    public String responsibleWording;
    /** The date the task's text states (任务3 三季度, 任务29 年底前 …), else the offensive's end; null until seeded. */
    public LocalDate deadline;
    public String deadlineBasis;
    /** For a task without indicators: the day the 督查室 confirmed it done (135号 三、(三)), with its evidence. */
    public LocalDate completedOn;
    public String completionBasis;
    public String completionConfirmedBy;
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("role, position")
    @JsonIgnore // audit snapshots: units and indicators have their own trails
    public List<TaskUnit> units = new ArrayList<>();
    @OneToMany(mappedBy = "task")
    @OrderBy("code")
    @JsonIgnore
    public List<Indicator> indicators = new ArrayList<>();
    @Version
    public long version;

    public static Optional<Task> byNumber(int number) {
        return find("number", number).firstResultOptional();
    }
}
