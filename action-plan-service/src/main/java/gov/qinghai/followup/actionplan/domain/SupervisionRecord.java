package gov.qinghai.followup.actionplan.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A record of the 督查室's supervision (135号 三、(三)): a 督查, a finding, a 约谈 or a 问责. Each is changed only on
 * the version its editor read, and taken back by a withdrawal that keeps it readable: the office's file shows what was
 * recorded and why it was taken back, and the record no longer counts.
 */
@MappedSuperclass
@Audited
public abstract class SupervisionRecord extends PanacheEntityBase {
    /** Set when the record was withdrawn (kept, no longer counted). */
    @Embedded
    public Withdrawal withdrawal;
    @Version
    public long version;

    /** Takes the record back: kept and readable, no longer counted. */
    public void withdraw(Withdrawal w) {
        withdrawal = w;
    }
}
