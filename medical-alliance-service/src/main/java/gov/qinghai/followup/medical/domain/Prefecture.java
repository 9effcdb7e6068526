package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Optional;

/** One of the eight 市州 every target of 140号 is counted in (reference data, read-only). */
@Entity
public class Prefecture extends PanacheEntityBase {
    @Id
    public Long id;
    public String name;
    public String fullName;
    /** CITY (市) or AUTONOMOUS_PREFECTURE (自治州). */
    public String kind;
    /** The unit name a reporter of this 市州's health authority carries in its token. */
    public String healthBureau;

    public static Optional<Prefecture> byName(String name) {
        return find("name", name).firstResultOptional();
    }
}
