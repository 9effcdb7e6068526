package gov.qinghai.followup.actionplan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.*;
import org.hibernate.envers.Audited;

/** What a 督查 found about one unit (and task); 约谈 and 问责 answer findings. */
@Entity
@Audited
@Table(name = "finding")
public class Finding extends SupervisionRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervision_id")
    @JsonIgnore // audit snapshots: no loop back to the supervision
    public Supervision supervision;
    @ManyToOne
    @JoinColumn(name = "unit_id")
    public Unit unit;
    public Integer taskNumber;
    public String text;
    /** The 整改 the finding asks for, once the supervisor set its deadline. */
    @Embedded
    public Rectification rectification;
}
