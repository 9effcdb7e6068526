package gov.qinghai.followup.actionplan.domain;

/** Kinds of the units 135号 names; COLLECTIVE is a wording for a set of units (各市州人民政府, 省政府各委、办、厅、局). */
public enum UnitKind {
    PREFECTURE_GOVERNMENT, PROVINCIAL_DEPARTMENT, CENTRAL_AGENCY, ENTERPRISE, MASS_ORGANISATION, COLLECTIVE
}
