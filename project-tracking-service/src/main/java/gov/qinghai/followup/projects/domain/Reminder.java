package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reminder (1st of the month) or overdue notice (6th) to one unit about its unreported projects. */
@Entity
public class Reminder extends PanacheEntityBase {
    public enum Kind { REMINDER, OVERDUE }

    @Id
    public Long id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;
    public String period;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public ResponsibleUnit unit;
    public Instant dueAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Long> projectIds;
    public String message;
    public Instant createdAt;
}
