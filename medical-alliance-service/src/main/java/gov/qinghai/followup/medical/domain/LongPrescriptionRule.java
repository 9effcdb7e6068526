package gov.qinghai.followup.medical.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * 140号 三(二)3: "对部分病情稳定的慢性病签约患者可提供延伸处方和长处方服务,开具不超过2个月用药量的长处方".
 *
 * <p>How "2个月用药量" is counted here: as a day count, 60 days (2 × 30), the same from every start date. The notice
 * limits a quantity of medicine (用药量), not a span of the calendar: counted in calendar months, the same "2 months"
 * would be 59 days' medicine from 01-01 and 62 days' from 07-01, so a patient's allowance would depend on the day
 * the prescription was written. A supply of {@code days} days starting on {@code start} covers start … start +
 * days − 1.
 *
 * <p>The limit is per patient and condition, not per prescription: the medicine a patient still holds for the
 * same condition from other prescriptions (of any institution) on the days the new one covers counts against it,
 * so three prescriptions of 59, 60 and 61 days from one day cannot together hand out six months. What an earlier
 * prescription still holds is its days from the new start (or from its own start, if later) to its last day.
 */
public final class LongPrescriptionRule {
    public static final int MAX_DAYS = 60;

    private LongPrescriptionRule() {
    }

    /** An already recorded prescription of the same patient and condition. */
    public record Held(LocalDate start, LocalDate lastDay) {
    }

    public static int maxDays() {
        return MAX_DAYS;
    }

    public static LocalDate lastDay(LocalDate start, int days) {
        return start.plusDays(days - 1L);
    }

    /** Why a single supply is not allowed, or empty when it is. */
    public static Optional<Detail> violation(LocalDate start, int days) {
        if (days < 1) {
            return Optional.of(Detail.of("med.long-prescription.days-min", "days must be at least 1"));
        }
        if (days > MAX_DAYS) {
            return Optional.of(Detail.of("med.long-prescription.days-max", "{0} days exceed 2个月用药量 (at most {1} "
                    + "days, counted as 2 × 30 days; 青政办〔2017〕140号 三(二)3)", days, MAX_DAYS));
        }
        return Optional.empty();
    }

    /** Days of medicine the held prescriptions still cover on or after {@code start}, within the new period. */
    public static long stillHeld(LocalDate start, int days, List<Held> held) {
        LocalDate last = lastDay(start, days);
        long sum = 0;
        for (Held h : held) {
            if (h.lastDay().isBefore(start) || h.start().isAfter(last)) {
                continue;
            }
            LocalDate from = h.start().isAfter(start) ? h.start() : start;
            sum += ChronoUnit.DAYS.between(from, h.lastDay()) + 1;
        }
        return sum;
    }

    /** Why this supply together with what the patient still holds for the condition is not allowed, or empty. */
    public static Optional<Detail> combinedViolation(LocalDate start, int days, List<Held> held) {
        long already = stillHeld(start, days, held);
        if (already + days > MAX_DAYS) {
            return Optional.of(Detail.of("med.long-prescription.combined", "the patient still holds {0} days of "
                    + "medicine for this condition from {1}; with {2} more that is over 2个月用药量 ({3} days; 140号 "
                    + "三(二)3): at most {4} days now", already, start, days, MAX_DAYS, Math.max(0, MAX_DAYS - already)));
        }
        return Optional.empty();
    }
}
