package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** An institution's membership of an alliance for a period; joinedOn null = before the notice, date unknown. */
@Entity
@Audited
public class AllianceMember extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alliance_member_seq")
    @SequenceGenerator(name = "alliance_member_seq", sequenceName = "alliance_member_seq", allocationSize = 50)
    public Long id;
    public Long allianceId;
    public Long institutionId;
    @Enumerated(EnumType.STRING)
    public MemberRole role;
    public LocalDate joinedOn;
    public LocalDate leftOn;
    @Version
    public long version;

    /** Overlap of two membership periods; open ends run to the beginning or end of time. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = joinedOn == null || to == null || !joinedOn.isAfter(to);
        boolean endsAfterOtherStarts = leftOn == null || from == null || !leftOn.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
