package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A 医联体 of one of the five kinds, with its lead, scope and 章程 (140号 三(二)1). */
@Entity
@Audited
public class Alliance extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alliance_seq")
    @SequenceGenerator(name = "alliance_seq", sequenceName = "alliance_seq", allocationSize = 50)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public AllianceKind kind;
    public String specialty;
    public Long leadInstitutionId;
    /** Whether the notice states the lead or it was inferred (e.g. from the order of an enumeration). */
    public String leadBasis;
    public Long prefectureId;
    public Long countyId;
    @Enumerated(EnumType.STRING)
    public AllianceStatus status;
    public LocalDate establishedOn;
    /** When the 卫生计生委 assessed it as "有明显成效" (140号 二). */
    public LocalDate effectiveSince;
    /** A 县乡村一体化管理试点 county (140号 三(一)4). */
    public boolean countyPilot;
    public String charterNature;
    public String charterPurpose;
    public String charterTasks;
    public String charterMembers;
    public String charterGovernance;
    public String charterResponsibilities;
    public String charterRules;
    public String source;
    public String quote;
    @Version
    public long version;
}
