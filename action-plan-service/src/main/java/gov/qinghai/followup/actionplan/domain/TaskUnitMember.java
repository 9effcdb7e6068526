package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.envers.Audited;

/**
 * One unit a 相关… collective reaches on one task (135号 任务9 相关州县人民政府 → 西宁市政府 for 大通县), with the
 * basis of that reading: named in the task's text, or not named and seeded broadly until an admin narrows it.
 */
@Entity
@Audited
@Table(name = "task_unit_member")
@IdClass(TaskUnitMember.Key.class)
public class TaskUnitMember extends PanacheEntityBase {
    @Id
    public Long taskUnitId;
    @Id
    public Long memberId;
    public String basis;

    public record Key(Long taskUnitId, Long memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
