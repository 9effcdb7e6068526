package gov.qinghai.followup.projects.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 134号 二: a rate is compared with a dated target ("达到 … 以上", i.e. at least the target). Before the
 * due date the comparison says whether the rate is already there (ON_TRACK) or not yet (BEHIND); from the
 * due date on it is final (MET or MISSED).
 */
public final class MilestoneAssessment {
    @Schema(name = "MilestoneStatus", description = "a rate against its dated target (134号 二)")
    public enum Status { ON_TRACK, BEHIND, MET, MISSED }

    private MilestoneAssessment() {
    }

    public static Status assess(BigDecimal rate, BigDecimal target, LocalDate dueDate, LocalDate asOf) {
        boolean reached = rate.compareTo(target) >= 0;
        if (asOf.isBefore(dueDate)) {
            return reached ? Status.ON_TRACK : Status.BEHIND;
        }
        return reached ? Status.MET : Status.MISSED;
    }

    public static BigDecimal gap(BigDecimal rate, BigDecimal target) {
        return rate.subtract(target);
    }
}
