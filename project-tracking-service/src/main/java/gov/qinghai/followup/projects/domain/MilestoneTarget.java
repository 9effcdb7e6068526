package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A dated target for the three rates, stored as data (134号 二 seeds 2017-12-31 and 2018-05-31). */
@Entity
@Audited
public class MilestoneTarget extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_target_seq")
    @SequenceGenerator(name = "milestone_target_seq", sequenceName = "milestone_target_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fair_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Fair fair;
    public LocalDate dueDate;
    public BigDecimal contractFulfilmentRate;
    public BigDecimal constructionStartRate;
    public BigDecimal fundsInPlaceRate;
    public String source;
    @Version
    public long version;
}
