package gov.qinghai.followup.medical.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * 青政办〔2017〕140号 as data: issued 2017-08-03 (印发日期 of the gazette). Records kept under it — referrals of its
 * 双向转诊 (三(二)4) — cannot be dated before it was issued.
 */
public final class Notice140 {
    /** 青政办〔2017〕140号, 2017年8月3日. */
    public static final LocalDate ISSUED = LocalDate.of(2017, 8, 3);
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Notice140() {
    }

    /** The first instant of the issue date, China time. */
    public static ZonedDateTime issuedStart() {
        return ISSUED.atStartOfDay(CHINA);
    }
}
