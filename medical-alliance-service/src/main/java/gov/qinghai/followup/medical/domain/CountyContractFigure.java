package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** One month's 家庭医生签约 figure of a county for one {@link PopulationGroup} (140号 三(二)3). */
@Entity
@Audited
public class CountyContractFigure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "county_contract_figure_seq")
    @SequenceGenerator(name = "county_contract_figure_seq", sequenceName = "county_contract_figure_seq",
            allocationSize = 50)
    public Long id;
    public Long countyId;
    /** Month, e.g. 2017-09. */
    public String period;
    @Enumerated(EnumType.STRING)
    @Column(name = "population_group")
    public PopulationGroup group;
    public long population;
    public long contracted;
    public String reportedBy;
    @Version
    public long version;

    public static Optional<CountyContractFigure> of(long countyId, String period, PopulationGroup group) {
        return find("countyId = ?1 and period = ?2 and group = ?3", countyId, period, group).firstResultOptional();
    }
}
