package gov.qinghai.followup.projects.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * 134号 五: 各责任单位 … 于每月5日前将签约项目进展情况和存在的问题报送省经济和信息化委. The report on month M
 * is due by the 5th of M+1, end of day in Beijing time: {@code dueAt} is 23:59:59 of the 5th (whole seconds, so that
 * a timestamp column stores it as it is; 23:59:59.999999999 was rounded up to 00:00 of the 6th). A report is late
 * from 00:00 of the 6th on; a later one is accepted and marked late.
 */
public final class ReportingDeadline {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DUE_DAY = 5;

    private ReportingDeadline() {
    }

    public static ZonedDateTime dueFor(YearMonth period) {
        return period.plusMonths(1).atDay(DUE_DAY).atTime(LocalTime.of(23, 59, 59)).atZone(ZONE);
    }

    /** Late from the first instant of the 6th (a report at 23:59:59.5 of the 5th is on time). */
    public static boolean isLate(YearMonth period, Instant submittedAt) {
        return !submittedAt.isBefore(period.plusMonths(1).atDay(DUE_DAY + 1).atStartOfDay(ZONE).toInstant());
    }

    /** A month can be reported on once it has begun (in Beijing time). */
    public static boolean isReportable(YearMonth period, Instant now) {
        return !period.isAfter(YearMonth.from(now.atZone(ZONE)));
    }
}
