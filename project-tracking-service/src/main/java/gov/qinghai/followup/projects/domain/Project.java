package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** A signed project (签约项目) of a fair, with the values of its table row as written. */
@Entity
@Audited
public class Project extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fair_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Fair fair;
    /** 序号 of the table. */
    public int seq;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public ResponsibleUnit unit;
    public String name;
    /** 甲方(青海), as written. */
    @Column(name = "party_a")
    public String partyA;
    /** 乙方(省外), as written; may name several companies. */
    @Column(name = "party_b")
    public String partyB;
    /** 总投资额 in 亿元; null where the table gives none. */
    public BigDecimal totalInvestment;
    /** 资金来源地 as written, e.g. "上海 深圳". */
    public String fundSources;
    /** The same normalised to provinces (深圳 → 广东) or to 境外 places. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> fundProvinces = new ArrayList<>();
    public String responsibleLeader;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> responsiblePersons = new ArrayList<>();
    /** Line of the source document the row was read from. */
    public Integer sourceLine;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> qualityFlags = new ArrayList<>();
    @Version
    public long version;
}
