package gov.qinghai.followup.projects.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Consistency of one monthly report (134号 五 asks for 进展情况 and 存在的问题). A project is contracted
 * (履约) before it starts construction (开工) and starts before it is completed; funds in place are
 * cumulative and may exceed the signed total only with a stated reason.
 */
public final class ProgressRules {
    public record Violation(String field, Detail message) {
    }

    private ProgressRules() {
    }

    public static Optional<Violation> check(boolean contractPerformed, boolean constructionStarted, boolean completed,
                                            BigDecimal fundsInPlace, BigDecimal totalInvestment,
                                            String overTotalReason) {
        if (completed && !constructionStarted) {
            return Optional.of(new Violation("completed", Detail.of("pt.progress.completed-not-started",
                    "a completed project must have started construction")));
        }
        if (constructionStarted && !contractPerformed) {
            return Optional.of(new Violation("constructionStarted", Detail.of("pt.progress.started-not-performed",
                    "construction can only have started on a contract being performed (contractPerformed)")));
        }
        boolean overTotal = totalInvestment != null && fundsInPlace.compareTo(totalInvestment) > 0;
        if (overTotal && (overTotalReason == null || overTotalReason.isBlank())) {
            return Optional.of(new Violation("fundsInPlace", Detail.of("pt.progress.over-total",
                    "funds in place {0}亿元 exceed the signed total {1}亿元: give the reason in overTotalReason",
                    fundsInPlace.toPlainString(), totalInvestment.toPlainString())));
        }
        return Optional.empty();
    }

    /** Cumulative funds in place that another month of the same project reported. */
    public record MonthFunds(String period, BigDecimal fundsInPlace) {
    }

    /**
     * Funds in place are cumulative (资金到位, 134号 二): they do not go down from one month to the next without a
     * stated reason (a refund, a corrected earlier figure), as they do not exceed the signed total without one. The
     * report is compared with the nearest earlier month reported and the nearest later one.
     */
    public static Optional<Violation> checkCumulative(BigDecimal fundsInPlace, MonthFunds earlier, MonthFunds later,
                                                      String decreaseReason) {
        if (decreaseReason != null && !decreaseReason.isBlank()) {
            return Optional.empty();
        }
        if (earlier != null && fundsInPlace.compareTo(earlier.fundsInPlace()) < 0) {
            return Optional.of(new Violation("fundsInPlace", Detail.of("pt.progress.below-earlier",
                    "cumulative funds in place {0}亿元 are less than the {1}亿元 reported for {2}: give the reason in "
                            + "fundsDecreaseReason", fundsInPlace.toPlainString(),
                    earlier.fundsInPlace().toPlainString(), earlier.period())));
        }
        if (later != null && fundsInPlace.compareTo(later.fundsInPlace()) > 0) {
            return Optional.of(new Violation("fundsInPlace", Detail.of("pt.progress.above-later",
                    "cumulative funds in place {0}亿元 are more than the {1}亿元 reported for the later month {2}: "
                            + "give the reason in fundsDecreaseReason", fundsInPlace.toPlainString(),
                    later.fundsInPlace().toPlainString(), later.period())));
        }
        return Optional.empty();
    }
}
