package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A unit's monthly report on one project (134号 五: 每月5日前报送进展情况和存在的问题). A resubmission for
 * the same month supersedes the earlier one, which stays as history ({@code isCurrent = false}).
 */
@Entity
@Audited
public class ProgressReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_report_seq")
    @SequenceGenerator(name = "progress_report_seq", sequenceName = "progress_report_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Project project;
    /** The month reported on, {@code 2017-09}. */
    public String period;
    public boolean contractPerformed;
    public boolean constructionStarted;
    public boolean completed;
    /** Cumulative funds in place, 亿元. */
    public BigDecimal fundsInPlace;
    public String overTotalReason;
    /** Why cumulative funds in place went down from an earlier month (or exceed a later month's). */
    public String fundsDecreaseReason;
    public String progress;
    public String problems;
    public Instant submittedAt;
    public String submittedBy;
    public boolean late;
    @Column(name = "is_current")
    public boolean isCurrent;
    public Long supersededBy;
    @Version
    public long version;
}
