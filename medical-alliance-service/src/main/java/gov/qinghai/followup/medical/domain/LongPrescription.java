package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A 长处方 for a stable chronic contracted patient, within {@link LongPrescriptionRule}. */
@Entity
@Audited
public class LongPrescription extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "long_prescription_seq")
    @SequenceGenerator(name = "long_prescription_seq", sequenceName = "long_prescription_seq", allocationSize = 50)
    public Long id;
    public Long institutionId;
    public String patientRef;
    public String condition;
    public LocalDate startDate;
    public int days;
    public LocalDate lastDay;
    public String prescribedBy;
    @Version
    public long version;
}
