package gov.qinghai.followup.medical.domain;

/** 医院, 妇幼保健院, 专科医院, 乡镇卫生院, 社区卫生服务中心, 村卫生室, 藏医院/民族医院, 远程会诊中心. */
public enum InstitutionKind {
    HOSPITAL, MATERNAL_CHILD_HEALTH, SPECIALTY_HOSPITAL, TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE,
    VILLAGE_CLINIC, ETHNIC_MEDICINE_HOSPITAL, TELEMEDICINE_CENTRE
}
