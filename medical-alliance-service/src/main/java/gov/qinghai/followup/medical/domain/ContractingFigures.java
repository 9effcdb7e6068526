package gov.qinghai.followup.medical.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Sense checks and coverage of 家庭医生签约 figures. 140号 三(二)3 sets coverage targets (2017 30 %, 重点人群 60 %;
 * 2018 50 %, 85 %; 2020 全覆盖); coverage = contracted residents / population, in % with two decimals.
 */
public final class ContractingFigures {
    private ContractingFigures() {
    }

    public record Violation(String field, Detail detail) {
    }

    public static Optional<Violation> check(long population, long contracted, long keyPopulation, long contractedKey) {
        if (contracted > population) {
            return Optional.of(new Violation("contracted", Detail.of("med.figures.contracted-over-population",
                    "more contracted residents than population")));
        }
        if (keyPopulation > population) {
            return Optional.of(new Violation("keyPopulation", Detail.of("med.figures.key-over-population",
                    "key population larger than population")));
        }
        if (contractedKey > keyPopulation) {
            return Optional.of(new Violation("contractedKey", Detail.of("med.figures.contracted-key-over-key",
                    "more contracted key residents than key population")));
        }
        if (contractedKey > contracted) {
            return Optional.of(new Violation("contractedKey", Detail.of("med.figures.contracted-key-over-contracted",
                    "more contracted key residents than contracted residents")));
        }
        return Optional.empty();
    }

    public static BigDecimal coveragePct(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /**
     * "达到30%" and "达到60%以上": reaching the figure counts. Compared exactly on the counts, part × 100 ≥ target ×
     * whole, never on a rounded percentage: 99,999 of 200,000 is 49.9995 %, which rounds to 50.00 but does not reach
     * 50 %. Null when there is nothing to compare (no figure, a zero population, a qualitative target).
     */
    public static Boolean meets(Long part, Long whole, BigDecimal targetPct) {
        if (part == null || whole == null || whole == 0 || targetPct == null) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .compareTo(targetPct.multiply(BigDecimal.valueOf(whole))) >= 0;
    }
}
