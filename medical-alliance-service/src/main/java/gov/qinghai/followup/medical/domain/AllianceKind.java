package gov.qinghai.followup.medical.domain;

/** The five forms of 医联体 in 140号 三(一)1–5. */
public enum AllianceKind {
    /** 省级区域医联体 (三(一)1). */
    PROVINCIAL_REGIONAL,
    /** 专科联盟/技术联盟 (三(一)2). */
    SPECIALTY,
    /** 市州公立医院医疗集团/医联体 (三(一)3). */
    PREFECTURE_GROUP,
    /** 县域医疗共同体 (三(一)4). */
    COUNTY_COMMUNITY,
    /** 远程医疗协作网 (三(一)5). */
    TELEMEDICINE
}
