package gov.qinghai.followup.medical.domain;

/**
 * 140号 三(一)4: "每个市(州)选择2个县开展县乡村一体化管理试点。以县级公立医院为龙头,带动县域内3—4个乡镇卫生院".
 * The figures come from notice_target (seeded from the text); this class only compares.
 */
public final class CountyPilotRule {
    private CountyPilotRule() {
    }

    /** A 市州 meets the pilot target when it has (at least) the required number of pilot counties. */
    public static boolean prefectureMeets(long pilots, long required) {
        return pilots >= required;
    }

    /** A pilot community is within the notice's range when it leads min..max township health centres. */
    public static boolean townshipsWithinRange(long townships, long min, long max) {
        return townships >= min && townships <= max;
    }
}
