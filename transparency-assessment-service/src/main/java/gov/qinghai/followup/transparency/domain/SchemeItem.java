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

/** One numbered item (1–11) of the 137号 附件 table in one scheme. */
@Entity
@Audited
@Table(name = "scheme_item")
public class SchemeItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheme_item_seq")
    @SequenceGenerator(name = "scheme_item_seq", sequenceName = "scheme_item_seq", allocationSize = 50)
    public Long id;
    public Long schemeId;
    public int itemNo;
    public String name;
    @Enumerated(EnumType.STRING)
    public ItemCategory category;
    /** ALL, or PREFECTURE_GOVERNMENT for item 8 (附件 备注 "此项为市、州政府考核内容"). */
    public String appliesTo;
    public String remark;
    /** Cap of the 加分项 / 减分项 sums; null for regular items (their maximum is the sum of their lines). */
    public BigDecimal cap;
    @Version
    public long version;

    public boolean appliesTo(SubjectKind kind) {
        return "ALL".equals(appliesTo) || kind.name().equals(appliesTo);
    }
}
