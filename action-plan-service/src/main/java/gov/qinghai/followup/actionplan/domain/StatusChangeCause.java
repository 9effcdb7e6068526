package gov.qinghai.followup.actionplan.domain;

/** What changed a status already judged: a report filed after its month's report day, or a later correction. */
public enum StatusChangeCause {
    LATE_REPORT, CORRECTION
}
