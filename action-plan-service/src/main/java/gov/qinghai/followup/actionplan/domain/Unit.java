package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.util.Optional;

/** A unit named in 135号 as 牵头单位 or 责任单位, or a collective wording that expands to member units. */
@Entity
@Audited
@Table(name = "unit")
public class Unit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public UnitKind kind;
    /** The 市州 of a 市州 government; null otherwise. */
    public String prefecture;
    @Version
    public long version;

    /**
     * A 相关… collective (相关州人民政府, 省政府相关委、办、厅、局 …): the notice means different units on each task, so
     * its members are read per task (TaskUnitMember); 各… collectives reach the same units everywhere.
     */
    public boolean readPerTask() {
        return kind == UnitKind.COLLECTIVE && name.contains("相关");
    }

    /** The kind of unit a collective reaches: departments for 省政府…委、办、厅、局, else 市州 governments. */
    public UnitKind memberKind() {
        return name.contains("委、办、厅、局") ? UnitKind.PROVINCIAL_DEPARTMENT : UnitKind.PREFECTURE_GOVERNMENT;
    }

    /**
     * A unit by its name, or by a spelling the notice itself uses for it in a task (135号 任务18 writes
     * 西宁市人民政府 for 西宁市政府): the notice's wording is an alias of the unit it stands for.
     */
    public static Optional<Unit> byName(String name) {
        Optional<Unit> u = find("name", name).firstResultOptional();
        if (u.isPresent() || name == null) {
            return u;
        }
        return getEntityManager().createQuery("select distinct tu.unit from TaskUnit tu where tu.wording = :w", Unit.class)
                .setParameter("w", name).setMaxResults(1).getResultStream().findFirst();
    }
}
