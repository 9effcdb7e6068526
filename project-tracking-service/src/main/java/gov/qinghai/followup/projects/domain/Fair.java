package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A 青洽会 edition whose signed projects are tracked; the 18th is the seed. */
@Entity
@Audited
public class Fair extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fair_seq")
    @SequenceGenerator(name = "fair_seq", sequenceName = "fair_seq", allocationSize = 50)
    public Long id;
    public int edition;
    public String name;
    public LocalDate heldFrom;
    public LocalDate heldTo;
    public String notice;
    /** The first month its projects owe a report ({@code 2017-07}): the month the fair was held. */
    public String reportingFrom;
    /** Set when an admin closes the fair: the last month its projects owe a report; null while it is followed up. */
    public String closedAfter;
    @Version
    public long version;
}
