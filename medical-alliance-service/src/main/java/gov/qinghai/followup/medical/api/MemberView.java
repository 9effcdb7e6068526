package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.domain.AllianceMember;
import gov.qinghai.followup.medical.service.Listings;
import gov.qinghai.followup.medical.domain.MemberRole;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member", description = "A member institution of an alliance")
public record MemberView(
        @Schema(example = "1") Long id,
        @Schema(example = "1") Long allianceId,
        @Schema(example = "2") Long institutionId,
        @Schema(example = "青海大学附属医院") String institutionName,
        @Schema(example = "MEMBER") MemberRole role,
        @Schema(example = "2017-09-01") LocalDate joinedOn,
        @Schema(example = "null") LocalDate leftOn,
        @Schema(example = "0") long version) {

    static MemberView of(AllianceMember m) {
        return of(m, Listings.institutionName(m.institutionId));
    }

    /** @param institutionName looked up with the rest of its page */
    static MemberView of(AllianceMember m, String institutionName) {
        return new MemberView(m.id, m.allianceId, m.institutionId, institutionName, m.role, m.joinedOn, m.leftOn,
                m.version);
    }
}
