package gov.qinghai.followup.medical.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralTransition", description = "One step of a referral")
public record TransitionInput(
        @NotNull @Schema(example = "0", description = "the version you read") Long version,
        @Size(max = 500) @Schema(example = "床位已满", description = "required to reject or cancel") String reason,
        @Size(max = 2000) @Schema(example = "PCI 术后恢复良好,已转回社区随访", description = "required to complete: the "
                + "closed-loop feedback to the referring institution") String feedback,
        @Size(max = 200) @Schema(example = "EMR-2017-000456/出院小结") String dischargeSummaryRef,
        @Size(max = 60) @Schema(example = "王主任", description = "accept or start: the receiving doctor (FHIR performer)")
        String performerPractitioner,
        @Schema(example = "2017-10-10T02:00:00Z", description = "accept: the appointment booked for the patient "
                + "(预约转诊); not before the step, at most a year after the request") Instant appointmentAt,
        @Schema(example = "2017-10-09T10:00:00Z", description = "optional; not before the previous step, not in the future")
        Instant at) {
}
