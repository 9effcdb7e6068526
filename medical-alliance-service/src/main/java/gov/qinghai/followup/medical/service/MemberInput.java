package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.medical.domain.MemberRole;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberInput", description = "An institution's membership for a period")
public record MemberInput(
        @NotNull @Schema(example = "2", description = "e.g. 2: 青海大学附属医院 of the seed") Long institutionId,
        @NotNull @Schema(example = "MEMBER") MemberRole role,
        @Window(since = DateWindows.FORMED_SINCE, why = DateWindows.FORMED_WHY)
        @Schema(example = "2017-09-01") LocalDate joinedOn,
        @Window(since = DateWindows.FORMED_SINCE, why = DateWindows.FORMED_WHY)
        @Schema(example = "2020-12-31", description = "null = still a member") LocalDate leftOn,
        @Schema(example = "0", description = "updates only") Long version) {
}
