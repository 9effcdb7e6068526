package gov.qinghai.followup.transparency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** The annual assessment of one year (137号 第十条), opened by publishing its plan (考核实施方案). */
@Entity
@Audited
@Table(name = "assessment_round")
public class AssessmentRound extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_round_seq")
    @SequenceGenerator(name = "assessment_round_seq", sequenceName = "assessment_round_seq", allocationSize = 50)
    public Long id;
    public int year;
    /** The 市州 whose office runs this round (137号 第五条 第二款); null for the provincial round (第一款). */
    public String office;
    public Long schemeId;
    public String title;
    public LocalDate publishedOn;
    /** The date the 20-working-day rule (137号 附件 第4项) is scored as of: fixed per round, never "today". */
    public LocalDate assessedOn;
    /** 137号 第十一条 "考核结果报省考核办": the recorded sending of the concluded result. */
    public String submittedTo;
    public LocalDate submittedOn;
    public String submissionRef;
    public String submittedBy;

    public static final String RESULT_RECIPIENT = "省考核办";
    public String status;
    @Version
    public long version;
}
