package gov.qinghai.followup.actionplan.domain;

/** 牵头单位 (LEAD) or 责任单位 (RESPONSIBLE). */
public enum TaskRole {
    LEAD, RESPONSIBLE
}
