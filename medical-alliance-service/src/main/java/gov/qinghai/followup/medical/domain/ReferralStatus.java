package gov.qinghai.followup.medical.domain;

/** FHIR Task.status subset used for referrals; {@link #fhirCode} is the code FHIR clients expect. */
public enum ReferralStatus {
    REQUESTED("requested"), ACCEPTED("accepted"), REJECTED("rejected"), IN_PROGRESS("in-progress"),
    COMPLETED("completed"), CANCELLED("cancelled"), ON_HOLD("on-hold"), FAILED("failed"),
    ENTERED_IN_ERROR("entered-in-error");

    public final String fhirCode;

    ReferralStatus(String fhirCode) {
        this.fhirCode = fhirCode;
    }
}
