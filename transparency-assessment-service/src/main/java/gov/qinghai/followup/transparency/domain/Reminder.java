package gov.qinghai.followup.transparency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder written by a job for one unit (not audited: generated, never edited). */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    public Long id;
    public String job;
    public String period;
    public String unit;
    public String refType;
    public Long refId;
    public LocalDate dueOn;
    public boolean overdue;
    public String message;
    public Instant createdAt;
}
