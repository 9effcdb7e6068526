package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The monthly reminder to one unit listing the tasks whose report for the period it still owes and the findings whose
 * 整改 is overdue (135号 三、(三): 整改不到位的，及时约谈).
 */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    public Long id;
    public String period;
    @ManyToOne
    @JoinColumn(name = "unit_id")
    public Unit unit;
    /** Task numbers, comma separated, ascending; empty when the unit owes only overdue 整改. */
    public String taskNumbers;
    /** Ids of the findings whose 整改 is overdue on the job's date, comma separated; null when none. */
    public String rectificationFindings;
    public Instant createdAt;
    public LocalDate jobDate;
}
