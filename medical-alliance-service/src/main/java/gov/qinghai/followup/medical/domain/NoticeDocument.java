package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A notice's dates as data, each with the gazette's words (reference data, read-only): 140号 was issued 2017-08-03
 * ("青海省人民政府办公厅 2017年8月3日"), took effect 2017-09-02 ("本实施方案自2017年9月2日起施行") and gave every 三级公立医院
 * until 8月底 to rearrange its 医联体 work (五(一)).
 */
@Entity
@Table(name = "notice_document")
public class NoticeDocument extends PanacheEntityBase {
    public static final String N140 = "140";

    @Id
    public String code;
    public String title;
    public LocalDate issuedOn;
    public String issuedQuote;
    public LocalDate effectiveOn;
    public String effectiveQuote;
    public LocalDate rearrangementDueOn;
    public String rearrangementQuote;

    public static NoticeDocument of140() {
        return NoticeDocument.<NoticeDocument>findByIdOptional(N140)
                .orElseThrow(() -> new IllegalStateException("notice_document 140 is missing (migration V162)"));
    }

    /** The first instant of the issue date, China time: nothing kept under the notice is older. */
    public ZonedDateTime issuedStart() {
        return issuedOn.atStartOfDay(Notice140.CHINA);
    }
}
