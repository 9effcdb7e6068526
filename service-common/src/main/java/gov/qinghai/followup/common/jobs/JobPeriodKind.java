package gov.qinghai.followup.common.jobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of period a {@code job_run.period} names, told by its form (day {@code 2017-12-01}, month {@code 2017-09},
 * quarter {@code 2017-Q3}, year {@code 2017}), and the instant the period ends in 北京时间 (the start of the next one).
 * The end is what "job not run for its period" is measured from: a replay of an old period does not move it.
 */
public enum JobPeriodKind {
    DAY("day", "\\d{4}-\\d{2}-\\d{2}"),
    MONTH("month", "\\d{4}-\\d{2}"),
    QUARTER("quarter", "\\d{4}-Q[1-4]"),
    YEAR("year", "\\d{4}");

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final String label;
    private final Pattern form;

    JobPeriodKind(String label, String form) {
        this.label = label;
        this.form = Pattern.compile(form);
    }

    /** The {@code period_kind} tag value. */
    public String label() {
        return label;
    }

    /** The kind of a period by its form; empty for a period of no known form (such a run has no freshness gauge). */
    public static Optional<JobPeriodKind> of(String period) {
        for (JobPeriodKind k : values()) {
            if (period != null && k.form.matcher(period).matches()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The instant the period ends: 00:00 北京时间 of the first day after it. */
    public Instant end(String period) {
        LocalDate next = switch (this) {
            case DAY -> LocalDate.parse(period).plusDays(1);
            case MONTH -> YearMonth.parse(period).plusMonths(1).atDay(1);
            case QUARTER -> LocalDate.of(Integer.parseInt(period.substring(0, 4)), (period.charAt(6) - '0') * 3, 1).plusMonths(1);
            case YEAR -> LocalDate.of(Integer.parseInt(period) + 1, 1, 1);
        };
        return next.atStartOfDay(ZONE).toInstant();
    }
}
