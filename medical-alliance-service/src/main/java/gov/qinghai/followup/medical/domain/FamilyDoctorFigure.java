package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One month's 家庭医生签约 figures of a 市州 (140号 三(二)3). */
@Entity
@Audited
public class FamilyDoctorFigure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_doctor_figure_seq")
    @SequenceGenerator(name = "family_doctor_figure_seq", sequenceName = "family_doctor_figure_seq", allocationSize = 50)
    public Long id;
    public Long prefectureId;
    /** Month, e.g. 2017-09. */
    public String period;
    public long population;
    public long contracted;
    /** 重点人群 (老年人、孕产妇、儿童、残疾人、慢性病患者 …). */
    public long keyPopulation;
    public long contractedKey;
    public String reportedBy;
    @Version
    public long version;
}
