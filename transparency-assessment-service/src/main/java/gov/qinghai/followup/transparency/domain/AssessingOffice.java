package gov.qinghai.followup.transparency.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.util.List;

/**
 * 137号 第五条 政务公开工作考核实行分级负责制: the 省政务公开领导小组办公室 assesses the 市州 governments and the provincial
 * departments (第一款); each 市州's office assesses its own government's departments and the next level of government,
 * 县（区）含街道办事处 (第二款). A round belongs to one office: the province (office null) or one 市州.
 */
public final class AssessingOffice {
    /** The eight 市州 of Qinghai, each with an office of its own. */
    public static final List<String> PREFECTURES = List.of("西宁市", "海东市", "海西州", "海南州", "海北州", "黄南州",
            "果洛州", "玉树州");

    private AssessingOffice() {
    }

    /** The office's name: 省政务公开领导小组办公室, or 海东市政务公开领导小组办公室. */
    public static String name(String office) {
        return office == null ? "省政务公开领导小组办公室" : office + "政务公开领导小组办公室";
    }

    /** The 市州 office a caller acts for (its token's unit is a 市州), or null for the provincial office. */
    public static String ofUnit(String unit) {
        return unit != null && PREFECTURES.contains(unit) ? unit : null;
    }

    /**
     * Why a subject may not be assessed in a round of this office, or null if it may: the provincial round takes the
     * kinds of 第五条 第一款; a 市州 round the departments and counties of that 市州 (第二款). Public enterprises
     * (第十五条 参照本办法) are assessed by their 主管部门, in neither.
     */
    public static Detail refusal(String office, SubjectKind kind, String prefecture) {
        if (office == null) {
            return kind.provincial ? null : Detail.of("tr.office.not-provincial", "assessed by {0}, not in the"
                    + " provincial round (137号 第五条 第一款)", kind.assessingOffice(prefecture));
        }
        if (kind != SubjectKind.PREFECTURE_DEPARTMENT && kind != SubjectKind.COUNTY_GOVERNMENT) {
            return Detail.of("tr.office.prefecture-kinds", "a {0} round assesses the 市州's departments and counties"
                    + " only (137号 第五条 第二款); a {1} is assessed by {2}", office, kind,
                    kind.assessingOffice(prefecture));
        }
        if (!office.equals(prefecture)) {
            return Detail.of("tr.office.other-prefecture", "belongs to {0}, not to {1} (137号 第五条 第二款"
                    + " 本级政府各部门和下一级政府)", prefecture, office);
        }
        return null;
    }
}
