package gov.qinghai.followup.transparency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A grade band of 137号 第十一条 as stored reference data (read-only; the rule itself lives in {@link Grade}). */
@Entity
@Table(name = "grade_band")
public class GradeBand extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public BigDecimal minScore;
    /** Exclusive upper bound; null for 优秀. */
    public BigDecimal upperBound;
    public String gazetteWording;
    public String clause;
    public int sortOrder;
}
