package gov.qinghai.followup.projects.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;

/** What a '责任单位' line of a fair's table declares: 'N项' and, sometimes, a subtotal. */
@Entity
public class UnitDeclaration extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_declaration_seq")
    @SequenceGenerator(name = "unit_declaration_seq", sequenceName = "unit_declaration_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fair_id")
    public Fair fair;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public ResponsibleUnit unit;
    public int declaredCount;
    public BigDecimal declaredSubtotal;
    /** True: on the group line; false: on a later line without a label; null: no subtotal declared. */
    public Boolean subtotalLabelled;
    public Integer sourceLine;
}
