package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.medical.domain.Referral;
import gov.qinghai.followup.medical.domain.ReferralAction;
import gov.qinghai.followup.medical.domain.ReferralLifecycle;
import gov.qinghai.followup.medical.domain.ReferralStatus;
import gov.qinghai.followup.medical.domain.Urgency;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Referral", description = "A 双向转诊; the patient appears only as a pseudonymous reference")
public record ReferralView(
        @Schema(example = "1000") Long id,
        @Schema(example = "ZZ-2017-001000", description = "business referral number (FHIR identifier)") String number,
        @Schema(example = "1000") Long fromInstitutionId,
        @Schema(example = "1") Long toInstitutionId,
        @Schema(example = "UP") Referral.Direction direction,
        @Schema(example = "上转", description = "direction in Chinese") String directionLabel,
        @Schema(example = "1") Long allianceId,
        @Schema(example = "false") boolean outOfAlliance,
        @Schema(example = "3f1c…(64 hex)") String patientRef,
        @Schema(example = "true") boolean contracted,
        @Schema(example = "PRIORITY") Referral.Priority priority,
        @Schema(example = "URGENT") Urgency urgency,
        @Schema(example = "紧急", description = "urgency in Chinese") String urgencyLabel,
        @Schema(example = "urgent", description = "FHIR Task.priority") String fhirPriority,
        @Schema(example = "急性心肌梗死,需介入治疗") String reason,
        @Schema(example = "I21.0", description = "ICD-10 (http://hl7.org/fhir/sid/icd-10)") String reasonCode,
        @Schema(example = "李医生") String requesterPractitioner,
        @Schema(example = "王主任") String performerPractitioner,
        @Schema(example = "2017-10-10T02:00:00Z", description = "预约转诊: the booked appointment") Instant appointmentAt,
        @Schema(example = "ACCEPTED") ReferralStatus status,
        @Schema(example = "已接收", description = "the status in Chinese (labels.properties)") String statusLabel,
        @Schema(example = "accepted", description = "FHIR Task.status") String fhirStatus,
        @Schema(example = "床位已满") String statusReason,
        @Schema(example = "EMR-2017-000123/出院小结") String dischargeSummaryRef,
        @Schema(example = "已转回社区随访") String feedback,
        Instant requestedAt, Instant acceptedAt, Instant rejectedAt, Instant startedAt, Instant completedAt,
        Instant cancelledAt,
        @Schema(example = "[\"START\", \"CANCEL\"]") Set<ReferralAction> allowedActions,
        @Schema(example = "1") long version) {

    public static ReferralView of(Referral r) {
        Labels labels = Labels.get();
        return new ReferralView(r.id, gov.qinghai.followup.medical.domain.FhirReferral.number(r), r.fromInstitutionId,
                r.toInstitutionId, r.direction, labels.of(r.direction), r.allianceId, r.outOfAlliance, r.patientRef,
                r.contracted, r.priority, r.urgency, labels.of(r.urgency), r.urgency.fhirCode, r.reason, r.reasonCode,
                r.requesterPractitioner, r.performerPractitioner, r.appointmentAt, r.status, labels.of(r.status),
                r.status.fhirCode, r.statusReason, r.dischargeSummaryRef, r.feedback, r.requestedAt, r.acceptedAt,
                r.rejectedAt, r.startedAt, r.completedAt, r.cancelledAt, ReferralLifecycle.allowed(r.status), r.version);
    }
}
