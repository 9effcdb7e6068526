package gov.qinghai.followup.transparency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A day of the holiday calendar: a public holiday or a 调休 working day (weekend day worked). */
@Entity
@Audited
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {
    @Id
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public WorkingDays.DayKind kind;
    public String name;
    public String source;
    @Version
    public long version;
}
