package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;
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
    public TaskGroup group;
    public String text;
    /** The 牵头单位 line as written; null where the notice names none (tasks 13, 20, 30, 42). */
    public String leadWording;
    public String responsibleWording;
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL)
    @OrderBy("role, position")
    public List<TaskUnit> units = new ArrayList<>();
    @OneToMany(mappedBy = "task")
    @OrderBy("code")
    public List<Indicator> indicators = new ArrayList<>();
    @Version
    public long version;

    public static Optional<Task> byNumber(int number) {
        return find("number", number).firstResultOptional();
    }
}
