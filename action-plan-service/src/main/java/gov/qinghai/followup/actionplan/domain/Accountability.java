package gov.qinghai.followup.actionplan.domain;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.time.LocalDate;

/** 问责 decided on a finding (135号 三、(三): 严肃追责). */
@Entity
@Audited
@Table(name = "accountability")
public class Accountability extends SupervisionRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accountability_seq")
    @SequenceGenerator(name = "accountability_seq", sequenceName = "accountability_seq", allocationSize = 50)
    public Long id;
    @ManyToOne
    @JoinColumn(name = "finding_id")
    public Finding finding;
    public LocalDate decidedOn;
    public String measure;
    public String persons;
}
