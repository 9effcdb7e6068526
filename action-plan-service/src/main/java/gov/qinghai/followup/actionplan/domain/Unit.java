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

    public static Optional<Unit> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}
