package gov.qinghai.followup.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure the notice states in words, and how a computed figure is judged to agree with it:
 * "300余项" (余: more than 300, fewer than the next hundred), "超过1800亿元" (more than), "597亿元" and "40%"
 * (the computed value rounds, half up, to the stated one at the stated precision).
 */
public record HeadlineFigure(String key, String noticeText, Comparison comparison, BigDecimal stated) {
    public enum Comparison { MORE_THAN_ROUND, MORE_THAN, ROUNDED }

    public boolean agrees(BigDecimal computed) {
        if (computed == null) {
            return false;
        }
        return switch (comparison) {
            case MORE_THAN_ROUND -> computed.compareTo(stated) > 0
                    && computed.compareTo(stated.add(roundUnit())) < 0;
            case MORE_THAN -> computed.compareTo(stated) > 0;
            case ROUNDED -> computed.setScale(stated.scale(), RoundingMode.HALF_UP).compareTo(stated) == 0;
        };
    }

    /** 300余 → 100, 20余 → 10. */
    private BigDecimal roundUnit() {
        BigDecimal unit = BigDecimal.ONE;
        while (unit.multiply(BigDecimal.TEN).compareTo(stated) <= 0) {
            unit = unit.multiply(BigDecimal.TEN);
        }
        return unit;
    }

    /**
     * The total a stated share implies: "597亿元 … 占总签约金额的40%" means a total of 597 / 0.40 ≈ 1492.50亿元. Two
     * decimals, half up; null when the share is zero.
     */
    public static BigDecimal impliedTotal(BigDecimal statedPart, BigDecimal statedPercent) {
        if (statedPercent.signum() == 0) {
            return null;
        }
        return statedPart.multiply(BigDecimal.valueOf(100)).divide(statedPercent, 2, RoundingMode.HALF_UP);
    }

    /**
     * The widest total a stated share can mean when both figures are rounded to their last digit (597 covers
     * 596.5–597.5, 40% covers 39.5–40.5%): {low, high}. The notice's figures agree with each other when its stated
     * total lies in this range for every share.
     */
    public static BigDecimal[] impliedTotalRange(BigDecimal statedPart, BigDecimal statedPercent) {
        BigDecimal halfPart = BigDecimal.ONE.movePointLeft(statedPart.scale()).divide(BigDecimal.valueOf(2));
        BigDecimal halfPercent = BigDecimal.ONE.movePointLeft(statedPercent.scale()).divide(BigDecimal.valueOf(2));
        BigDecimal low = statedPart.subtract(halfPart).multiply(BigDecimal.valueOf(100))
                .divide(statedPercent.add(halfPercent), 2, RoundingMode.FLOOR);
        BigDecimal high = statedPercent.subtract(halfPercent).signum() <= 0 ? null
                : statedPart.add(halfPart).multiply(BigDecimal.valueOf(100))
                        .divide(statedPercent.subtract(halfPercent), 2, RoundingMode.CEILING);
        return new BigDecimal[] {low, high};
    }
}
