package gov.qinghai.followup.medical.domain;

import java.time.ZoneId;

/**
 * The time zone 青政办〔2017〕140号's dates are read in. The notice's own dates (issued, effective, the 8月底 deadline)
 * are data: {@link NoticeDocument}.
 */
public final class Notice140 {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Notice140() {
    }
}
