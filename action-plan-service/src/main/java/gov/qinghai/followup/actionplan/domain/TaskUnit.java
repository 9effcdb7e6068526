package gov.qinghai.followup.actionplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** A unit of a task as the notice writes it (wording), resolved to a unit (西宁市人民政府 → 西宁市政府). */
@Entity
@Audited
@Table(name = "task_unit")
public class TaskUnit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_unit_seq")
    @SequenceGenerator(name = "task_unit_seq", sequenceName = "task_unit_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    @JsonIgnore // audit snapshots: no loop back to the task
    public Task task;
    @Enumerated(EnumType.STRING)
    public TaskRole role;
    public int position;
    public String wording;
    @ManyToOne
    @JoinColumn(name = "unit_id")
    public Unit unit;
    /** The notice wrote 等 right after this unit: the list is open beyond what it names. */
    public boolean followedByEtc;
    @Version
    public long version;
}
