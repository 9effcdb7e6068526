package gov.qinghai.followup.transparency.domain;

/** Who is assessed (137号 第五条): the 市州 governments and the provincial departments. */
public enum SubjectKind {
    /** 市州政府: all items apply, including item 8 政务服务 (附件 备注 "此项为市、州政府考核内容"). */
    PREFECTURE_GOVERNMENT,
    /** 省政府各部门: item 8 is not applicable. */
    PROVINCIAL_DEPARTMENT
}
