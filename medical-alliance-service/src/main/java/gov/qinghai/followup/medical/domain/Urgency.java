package gov.qinghai.followup.medical.domain;

/**
 * Clinical urgency of a referral, the FHIR R4 request-priority codes (Task.priority, ServiceRequest.priority):
 * routine, urgent, asap, stat. It orders the receiving institution's queue before 签约 does: 140号 三(二)3 gives
 * 签约患者 优先接诊, but a stat referral of a non-contracted patient cannot wait behind a routine contracted one.
 * Absent, it is ROUTINE, as FHIR reads a missing priority ("normal priority").
 */
public enum Urgency {
    STAT("stat", 0), ASAP("asap", 1), URGENT("urgent", 2), ROUTINE("routine", 3);

    public final String fhirCode;
    /** Queue rank: lower first. */
    public final int rank;

    Urgency(String fhirCode, int rank) {
        this.fhirCode = fhirCode;
        this.rank = rank;
    }
}
