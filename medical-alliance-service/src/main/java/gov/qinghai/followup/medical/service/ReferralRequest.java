package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.medical.domain.Referral;
import gov.qinghai.followup.medical.domain.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralRequest", description = "Ask another institution to take a patient (上转 UP / 下转 DOWN)")
public record ReferralRequest(
        @NotNull @Schema(example = "1000", description = "the referring institution; the seed holds the eight "
                + "provincial 三级 hospitals only (ids 1–8), so an UP referral comes from one registered with POST "
                + "/api/v1/institutions (its example, 格尔木市人民医院, is id 1000 on a fresh system)")
        Long fromInstitutionId,
        @NotNull @Schema(example = "1", description = "the receiving institution (1: 青海省人民医院 of the seed)")
        Long toInstitutionId,
        @NotNull @Schema(example = "UP") Referral.Direction direction,
        @NotBlank @Schema(example = "630102199001011235", description = "居民身份证号码; only its HMAC pseudonym is "
                + "kept, the number itself is never stored, logged or returned") String nationalId,
        @NotNull @Schema(example = "true", description = "家庭医生签约 patient: gets priority") Boolean contracted,
        @NotBlank @Size(max = 500) @Schema(example = "急性心肌梗死,需介入治疗") String reason,
        @Size(max = 200) @Schema(example = "EMR-2017-000123/出院小结", description = "required on a DOWN referral")
        String dischargeSummaryRef,
        @Schema(example = "1", description = "optional; else the alliance both institutions share is found") Long allianceId,
        @Schema(example = "2017-10-09T08:30:00Z", description = "optional, for recording past referrals; not in the future "
                + "and not before the notice (2017-08-03, China time)")
        Instant requestedAt,
        @Size(max = 20) @Schema(example = "I21.0", description = "the diagnosis as an ICD-10 code (letter, two digits, "
                + "optionally . and 1–2 digits; FHIR system http://hl7.org/fhir/sid/icd-10); optional") String reasonCode,
        @Size(max = 60) @Schema(example = "李医生", description = "the referring doctor (FHIR requester)")
        String requesterPractitioner,
        @Size(max = 60) @Schema(example = "王主任", description = "the receiving doctor, if agreed beforehand (FHIR "
                + "performer)") String performerPractitioner,
        @Schema(example = "2017-10-10T02:00:00Z", description = "预约转诊: the appointment booked at the receiving "
                + "institution; not before requestedAt, at most a year after it") Instant appointmentAt,
        @Schema(example = "URGENT", description = "clinical urgency (FHIR routine | urgent | asap | stat); orders the "
                + "receiver's queue before 签约 priority; absent = ROUTINE (FHIR: normal priority)") Urgency urgency) {

    /**
     * The documented request: an UP referral of a 签约 patient from a registered 二级 hospital to 青海省人民医院 (seed id
     * 1), outside any shared alliance (allianceId left out).
     */
    public static final String EXAMPLE = "{\"fromInstitutionId\":1000,\"toInstitutionId\":1,\"direction\":\"UP\","
            + "\"nationalId\":\"630102199001011235\",\"contracted\":true,\"reason\":\"急性心肌梗死,需介入治疗\","
            + "\"reasonCode\":\"I21.0\",\"requesterPractitioner\":\"李医生\",\"urgency\":\"URGENT\","
            + "\"requestedAt\":\"2017-10-09T08:30:00Z\",\"appointmentAt\":\"2017-10-10T02:00:00Z\"}";

    /** Keeps the national ID out of any log line that prints the request. */
    @Override
    public String toString() {
        return "ReferralRequest[from=" + fromInstitutionId + ", to=" + toInstitutionId + ", direction=" + direction
                + ", nationalId=***]";
    }
}
