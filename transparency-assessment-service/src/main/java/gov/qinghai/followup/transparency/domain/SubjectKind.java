package gov.qinghai.followup.transparency.domain;

/** Who is assessed (137号 第五条 分级负责, 第十五条) and by which office. */
public enum SubjectKind {
    /** 市州政府: all items apply, including item 8 政务服务 (附件 备注 "此项为市、州政府考核内容"). */
    PREFECTURE_GOVERNMENT(true),
    /** 省政府各部门: item 8 is not applicable. */
    PROVINCIAL_DEPARTMENT(true),
    /** 市州政府部门: assessed by its 市州's office (第五条 第二款 "对本级政府各部门…进行考核"). */
    PREFECTURE_DEPARTMENT(false),
    /** 县（区）政府, 含街道办事处: assessed by its 市州's office (第五条 第二款 "下一级政府（含街道办事处）"). */
    COUNTY_GOVERNMENT(false),
    /** 公共企事业单位 (教育、医疗卫生、供水、供电、公共交通 …): assessed "参照本办法执行" (第十五条). */
    PUBLIC_ENTERPRISE(false);

    /** True for the kinds the 省政务公开领导小组办公室 assesses itself (第五条 第一款): the provincial round's subjects. */
    public final boolean provincial;

    SubjectKind(boolean provincial) {
        this.provincial = provincial;
    }

    /** Whose office assesses a subject of this kind (第五条). */
    public String assessingOffice(String prefecture) {
        if (provincial) {
            return "省政务公开领导小组办公室";
        }
        return this == PUBLIC_ENTERPRISE ? "主管部门政务公开领导小组办公室（第十五条 参照本办法执行）"
                : (prefecture == null ? "市（州）" : prefecture) + "政务公开领导小组办公室";
    }
}
