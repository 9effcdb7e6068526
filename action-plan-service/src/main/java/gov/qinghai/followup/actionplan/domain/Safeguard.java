package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One paragraph of 135号 三、保障措施, kept as reference text (read-only). */
@Entity
@Table(name = "safeguard")
public class Safeguard extends PanacheEntityBase {
    @Id
    public int position;
    public String ordinal;
    public String title;
    public String text;
}
