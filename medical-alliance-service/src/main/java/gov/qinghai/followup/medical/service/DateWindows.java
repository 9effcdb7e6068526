package gov.qinghai.followup.medical.service;

/**
 * The fields of this service whose dates reach before the configured window (2017-01-01, see service-common's
 * {@code Window}), each with its reason; every other date and period keeps the default window.
 */
public final class DateWindows {
    /** 医联体 and their members formed before 140号 (2017) keep their real dates. */
    public static final String FORMED_SINCE = "2009-01-01";
    public static final String FORMED_WHY = "alliances and members formed before 140号 (2017) keep their real dates; "
            + "医联体 date from the 2009 health reform (中发〔2009〕6号) on";
    /** Monthly 家庭医生签约 figures reach back to the 2015 baseline. */
    public static final String FIGURES_SINCE = "2015-01-01";
    public static final String FIGURES_WHY = "family doctor figures reach back to the 2015 baseline the notice compares against";

    private DateWindows() {
    }
}
