package gov.qinghai.followup.medical.domain;

/** 已组建 (ESTABLISHED) or ordered by the notice and not yet formed (PLANNED). */
public enum AllianceStatus {
    ESTABLISHED, PLANNED
}
