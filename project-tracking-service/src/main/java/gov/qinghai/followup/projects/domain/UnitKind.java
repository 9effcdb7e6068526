package gov.qinghai.followup.projects.domain;

/** The kinds of 责任单位 in the attachment of 青政办〔2017〕134号. */
public enum UnitKind {
    PREFECTURE_GOVERNMENT, PARK_COMMITTEE, PROVINCIAL_DEPARTMENT, STATE_ENTERPRISE, BANK
}
