package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One of the four groups of 135号 二、目标任务 (一 找准发力点 … 四 找准突破点) and the task numbers it holds. */
@Entity
@Audited
@Table(name = "task_group")
public class TaskGroup extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_group_seq")
    @SequenceGenerator(name = "task_group_seq", sequenceName = "task_group_seq", allocationSize = 50)
    public Long id;
    public String numeral;
    public String name;
    /** The group's paragraph as the notice writes it after the name. */
    public String heading;
    public int firstTask;
    public int lastTask;
    @Version
    public long version;
}
