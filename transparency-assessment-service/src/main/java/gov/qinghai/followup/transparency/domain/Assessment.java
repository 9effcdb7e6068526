package gov.qinghai.followup.transparency.domain;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One subject in one annual round, moving through {@link AssessmentStage}. */
@Entity
@Audited
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    public Long id;
    public Long roundId;
    public Long subjectId;
    @Enumerated(EnumType.STRING)
    public AssessmentStage stage;
    public String selfInspection;
    public Instant selfInspectedAt;
    public String selfInspectedBy;
    public BigDecimal thirdPartyScore;
    public BigDecimal onlineScore;
    public String evaluationNote;
    public BigDecimal total;
    public String grade;
    /** Rank within {@link #rankingGroup} (137号 第十一条: 市州 and 省直部门 are scored on different item sets). */
    public Integer ranking;
    /** The subject kind the ranking is among (PREFECTURE_GOVERNMENT or PROVINCIAL_DEPARTMENT). */
    public String rankingGroup;
    /** Σ counted item scores before scaling, out of {@link #rawMax} (80 for a provincial department). */
    public BigDecimal rawScore;
    public BigDecimal rawMax;
    /** JSON of {@link Scoring.Result}: everything needed to recompute the total. */
    public String breakdown;
    public Instant concludedAt;
    /** The last supervised reopening (EVALUATED → ON_SITE_SCORED before the result); every one is in the audit. */
    public Instant reopenedAt;
    public String reopenedBy;
    public String reopenReason;
    @Version
    public long version;
}
