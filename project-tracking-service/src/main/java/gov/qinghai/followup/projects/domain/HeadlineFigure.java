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
}
