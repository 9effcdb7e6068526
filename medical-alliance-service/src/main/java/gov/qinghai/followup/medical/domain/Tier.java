package gov.qinghai.followup.medical.domain;

/** The government level that runs an institution; 140号 三(一)5 counts "县级医疗机构" (COUNTY). */
public enum Tier {
    PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE
}
