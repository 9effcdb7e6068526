package gov.qinghai.followup.actionplan.domain;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A 督查 of the provincial supervision office (135号 三、(三)) with the tasks and units it covered. */
@Entity
@Audited
@Table(name = "supervision")
public class Supervision extends SupervisionRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    public Long id;
    @Enumerated(EnumType.STRING)
    public SupervisionKind kind;
    public LocalDate heldOn;
    public String title;
    @ElementCollection
    @CollectionTable(name = "supervision_task", joinColumns = @JoinColumn(name = "supervision_id"))
    @Column(name = "task_number")
    public Set<Integer> taskNumbers = new LinkedHashSet<>();
    @ManyToMany
    @JoinTable(name = "supervision_unit", joinColumns = @JoinColumn(name = "supervision_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> units = new LinkedHashSet<>();
    @OneToMany(mappedBy = "supervision", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<Finding> findings = new ArrayList<>();
    // Column idempotency_key (V3): the Idempotency-Key of a POST made before the shared mechanism, no longer
    // written; read only by service/LegacyIdempotencyKeys.
}
