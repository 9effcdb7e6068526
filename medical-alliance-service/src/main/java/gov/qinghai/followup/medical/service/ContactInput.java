package gov.qinghai.followup.medical.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionContact", description = "Where an institution receives its referral notices (requested, "
        + "accepted, rejected, completed): e-mail and/or webhook; null or absent clears one")
public record ContactInput(
        @Email @Size(max = 254) @Schema(example = "zhuanzhen@qhsrmyy.example.gov.cn") String email,
        @Size(max = 500) @Schema(example = "https://his.qhsrmyy.example.gov.cn/referral-hook",
                pattern = ContactInput.WEBHOOK) String webhook,
        @NotNull @Schema(example = "0", description = "the version you read") Long version) {
    /** What a webhook looks like (checked by InstitutionService, answered in the request's language). */
    public static final String WEBHOOK = "https?://[^\\s]+";
}
