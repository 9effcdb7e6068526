package gov.qinghai.followup.actionplan.domain;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.time.LocalDate;

/** 约谈 of a unit for a finding (135号 三、(三): 对行动不坚决、落实不得力、整改不到位的，及时约谈). */
@Entity
@Audited
@Table(name = "admonition")
public class Admonition extends SupervisionRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admonition_seq")
    @SequenceGenerator(name = "admonition_seq", sequenceName = "admonition_seq", allocationSize = 50)
    public Long id;
    @ManyToOne
    @JoinColumn(name = "finding_id")
    public Finding finding;
    public LocalDate heldOn;
    public String conductedBy;
    public String summary;
}
