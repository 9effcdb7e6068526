package gov.qinghai.followup.transparency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A year whose State Council holiday notice (国务院办公厅关于部分节假日安排的通知) the calendar holds. The 20-working-day
 * count (137号 附件 第4项) only runs through held years; it is refused where it would have to guess.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {
    @Id
    public Integer year;
    /** Document number(s), e.g. 国办发明电〔2018〕15号；国办发明电〔2019〕2号. */
    public String notice;
    public String title;
    public String note;
    public String loadedBy;
    public Instant loadedAt;
    @Version
    public long version;

    public static Set<Integer> held() {
        return CalendarYear.<CalendarYear>listAll().stream().map(y -> y.year).collect(Collectors.toSet());
    }
}
