package gov.qinghai.followup.projects.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Consistency of one monthly report (134号 五 asks for 进展情况 and 存在的问题). A project is contracted
 * (履约) before it starts construction (开工) and starts before it is completed; funds in place are
 * cumulative and may exceed the signed total only with a stated reason.
 */
public final class ProgressRules {
    public record Violation(String field, String message) {
    }

    private ProgressRules() {
    }

    public static Optional<Violation> check(boolean contractPerformed, boolean constructionStarted, boolean completed,
                                            BigDecimal fundsInPlace, BigDecimal totalInvestment,
                                            String overTotalReason) {
        if (completed && !constructionStarted) {
            return Optional.of(new Violation("completed", "a completed project must have started construction"));
        }
        if (constructionStarted && !contractPerformed) {
            return Optional.of(new Violation("constructionStarted",
                    "construction can only have started on a contract being performed (contractPerformed)"));
        }
        boolean overTotal = totalInvestment != null && fundsInPlace.compareTo(totalInvestment) > 0;
        if (overTotal && (overTotalReason == null || overTotalReason.isBlank())) {
            return Optional.of(new Violation("fundsInPlace", "funds in place " + fundsInPlace.toPlainString()
                    + "亿元 exceed the signed total " + totalInvestment.toPlainString()
                    + "亿元: give the reason in overTotalReason"));
        }
        return Optional.empty();
    }
}
