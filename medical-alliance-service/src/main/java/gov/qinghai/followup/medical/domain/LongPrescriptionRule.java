package gov.qinghai.followup.medical.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * 140号 三(二)3: "对部分病情稳定的慢性病签约患者可提供延伸处方和长处方服务,开具不超过2个月用药量的长处方".
 *
 * <p>How "2 months" is counted here: calendar months from the start date, with {@link LocalDate#plusMonths}
 * (a day that does not exist in the target month falls back to that month's last day, so 01-31 + 2 months =
 * 03-31 and 12-31 + 2 months = 02-28, or 02-29 in a leap year). A supply of {@code days} days starting on
 * {@code start} covers start … start + days − 1; it is allowed when its first uncovered day is no later than
 * start + 2 months, i.e. {@code start + days ≤ start.plusMonths(2)}. So from 2017-01-01 the maximum is 59 days
 * (to 02-28), from 2017-03-01 61 days (to 04-30), from 2019-12-31 60 days (to 2020-02-28).
 */
public final class LongPrescriptionRule {
    public static final int MAX_MONTHS = 2;

    private LongPrescriptionRule() {
    }

    /** The first day the prescription may no longer cover. */
    public static LocalDate limit(LocalDate start) {
        return start.plusMonths(MAX_MONTHS);
    }

    public static int maxDays(LocalDate start) {
        return (int) ChronoUnit.DAYS.between(start, limit(start));
    }

    public static LocalDate lastDay(LocalDate start, int days) {
        return start.plusDays(days - 1L);
    }

    /** Why a supply is not allowed, or empty when it is. */
    public static Optional<String> violation(LocalDate start, int days) {
        if (days < 1) {
            return Optional.of("days must be at least 1");
        }
        if (days > maxDays(start)) {
            return Optional.of(days + " days from " + start + " exceed 2 months (at most " + maxDays(start)
                    + " days, last day " + limit(start).minusDays(1) + "; 青政办〔2017〕140号 三(二)3)");
        }
        return Optional.empty();
    }
}
