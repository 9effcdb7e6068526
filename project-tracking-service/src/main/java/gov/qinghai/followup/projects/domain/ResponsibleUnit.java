package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** A 责任单位 of the attachment table: who reports monthly on its projects (134号 五). */
@Entity
@Audited
@Table(name = "responsible_unit")
public class ResponsibleUnit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "responsible_unit_seq")
    @SequenceGenerator(name = "responsible_unit_seq", sequenceName = "responsible_unit_seq", allocationSize = 50)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public UnitKind kind;
    /** The 市州 the unit belongs to; null for provincial departments, enterprises and banks. */
    public String prefecture;
    /** The park a park management committee runs (西宁经济技术开发区, 柴达木循环经济试验区, 海东工业园). */
    public String park;
    public String contactEmail;
    /** An http(s) URL the unit's own system receives its reminders at (JSON, through the outbox). */
    public String contactWebhook;
    @Version
    public long version;

    public static Optional<ResponsibleUnit> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}
