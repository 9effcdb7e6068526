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

/** 标准目录 item with the seven elements of 138号 四(二): 名称、依据、内容、主体、时限、方式、要求. */
@Entity
@Audited
@Table(name = "catalogue_item")
public class CatalogueItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_item_seq")
    @SequenceGenerator(name = "catalogue_item_seq", sequenceName = "catalogue_item_seq", allocationSize = 50)
    public Long id;
    public Long unitId;
    public Long areaId;
    public String name;
    public String basis;
    public String content;
    public String responsibleBody;
    public String timeLimit;
    public String method;
    public String requirement;
    public int revision;
    @Version
    public long version;
}
