package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * One month's 诊疗人次 of a 市州, in all and at 基层医疗卫生机构: the figures of 140号 四(四)'s indicator
 * "大型医疗机构与基层医疗卫生机构诊疗量占比".
 */
@Entity
@Audited
public class VisitFigure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_figure_seq")
    @SequenceGenerator(name = "visit_figure_seq", sequenceName = "visit_figure_seq", allocationSize = 50)
    public Long id;
    public Long prefectureId;
    /** Month, e.g. 2017-09. */
    public String period;
    public long totalVisits;
    public long primaryVisits;
    public String reportedBy;
    @Version
    public long version;

    public static Optional<VisitFigure> of(long prefectureId, String period) {
        return find("prefectureId = ?1 and period = ?2", prefectureId, period).firstResultOptional();
    }
}
