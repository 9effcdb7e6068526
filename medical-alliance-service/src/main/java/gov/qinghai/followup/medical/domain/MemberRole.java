package gov.qinghai.followup.medical.domain;

/** 牵头/核心单位, 成员单位, 托管 or 技术帮扶 (140号 三(一)3 "采取托管或签订技术帮扶协议等形式"). */
public enum MemberRole {
    LEAD, MEMBER, ENTRUSTED, ASSISTED
}
