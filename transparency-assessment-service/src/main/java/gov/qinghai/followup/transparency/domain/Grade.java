package gov.qinghai.followup.transparency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 137号 第十一条: 90分以上为优秀, 80—89分为良好, 60—79分为合格, 不足60分为不合格.
 *
 * <p>Precision and rounding rule (the notice gives whole-number ranges only and never says how to round): the grade is
 * read from the exact total, on half-open bands [90, ∞) 优秀, [80, 90) 良好, [60, 80) 合格, below 60 不合格; the total
 * is shown to one decimal, cut (not rounded) after the first decimal ({@link #shown}). Cutting never lifts a figure
 * over a whole-number band limit, so the shown total and the grade always agree: an exact 89.99 is shown 89.9 and is
 * 良好, 79.99 is 79.9 合格, 59.99 is 59.9 不合格. Scores entered by assessors carry at most one decimal
 * ({@link #ENTRY_SCALE}); more is refused, never rounded.
 */
public enum Grade {
    EXCELLENT("优秀", new BigDecimal("90")),
    GOOD("良好", new BigDecimal("80")),
    PASS("合格", new BigDecimal("60")),
    FAIL("不合格", BigDecimal.ZERO);

    /** Decimals an assessor may enter for a line score, a routine record or an evaluation score (0.1 steps). */
    public static final int ENTRY_SCALE = 1;

    public static final String RULE = "grade read from the exact total on half-open bands (≥90 优秀, [80, 90) 良好,"
            + " [60, 80) 合格, <60 不合格; 137号 第十一条); totals and base shown to one decimal, cut after the first"
            + " decimal, never rounded up (89.99 → 89.9 良好), so shown total and grade always agree; the exact figure"
            + " is in the breakdown (exactTotal); scores are entered with at most one decimal (0.1), more is refused (422)";

    public final String label;
    public final BigDecimal minScore;

    Grade(String label, BigDecimal minScore) {
        this.label = label;
        this.minScore = minScore;
    }

    /** One decimal, cut toward zero: the figure shown and stored; it never crosses a band the exact total misses. */
    public static BigDecimal shown(BigDecimal score) {
        return score.setScale(1, RoundingMode.DOWN);
    }

    /** The band of the exact total (no rounding first). */
    public static Grade of(BigDecimal exact) {
        for (Grade g : values()) {
            if (exact.compareTo(g.minScore) >= 0) {
                return g;
            }
        }
        return FAIL;
    }

    /** True when the value has no more decimals than an assessor may enter (trailing zeros do not count). */
    public static boolean fitsEntryScale(BigDecimal v) {
        return v == null || v.stripTrailingZeros().scale() <= ENTRY_SCALE;
    }
}
