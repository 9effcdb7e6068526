package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.envers.Audited;

/** One unit a collective wording reaches (各市州人民政府 → 西宁市政府 …), with the basis of that reading. */
@Entity
@Audited
@Table(name = "collective_member")
@IdClass(CollectiveMember.Key.class)
public class CollectiveMember extends PanacheEntityBase {
    @Id
    public Long collectiveId;
    @Id
    public Long memberId;
    /** 'notice' when the notice names them all (各…); otherwise why this reading of 相关… was taken. */
    public String basis;

    public record Key(Long collectiveId, Long memberId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
