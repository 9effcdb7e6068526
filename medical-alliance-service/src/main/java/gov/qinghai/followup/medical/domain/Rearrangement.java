package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** A 三级公立医院's 再安排、再部署 of its 医联体 work (140号 五(一)), with the document that shows it. */
@Entity
@Audited
public class Rearrangement extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rearrangement_seq")
    @SequenceGenerator(name = "rearrangement_seq", sequenceName = "rearrangement_seq", allocationSize = 50)
    public Long id;
    public Long institutionId;
    public LocalDate doneOn;
    public String documentRef;
    public String recordedBy;
    @Version
    public long version;

    public static Optional<Rearrangement> ofInstitution(long institutionId) {
        return find("institutionId", institutionId).firstResultOptional();
    }
}
