package gov.qinghai.followup.actionplan.domain;

/** The peer service that measures a linked indicator. */
public enum LinkedSource {
    MEDICAL_ALLIANCE, PROJECT_TRACKING
}
