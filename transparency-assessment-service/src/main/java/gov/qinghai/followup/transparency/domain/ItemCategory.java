package gov.qinghai.followup.transparency.domain;

/** Kinds of item in the 137号 附件 table. */
public enum ItemCategory {
    /** Items 1–8: in the 100 points. */
    REGULAR,
    /** Item 9 加分项: "不在总分内，但得分可计入总分". */
    BONUS,
    /** Item 10 减分项: outside the 100, subtracted from the total. */
    DEDUCTION,
    /** Item 11 直接归零项 (弄虚作假): forces 不合格 (第十三条). */
    ZERO_OUT
}
