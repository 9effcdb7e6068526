package gov.qinghai.followup.transparency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 137号 第十一条: 90分以上为优秀, 80—89分为良好, 60—79分为合格, 不足60分为不合格.
 *
 * <p>Rounding rule (the notice gives whole-number ranges only): the total is first rounded half-up to one
 * decimal ({@link #round}); the bands are then half-open on that value: [90, ∞) 优秀, [80, 90) 良好,
 * [60, 80) 合格, below 60 不合格. So 89.9 is 良好 (not rounded up to 90), 59.5 is 不合格 ("不足60分"), and
 * 89.95 rounds to 90.0 and is 优秀.
 */
public enum Grade {
    EXCELLENT("优秀", new BigDecimal("90")),
    GOOD("良好", new BigDecimal("80")),
    PASS("合格", new BigDecimal("60")),
    FAIL("不合格", BigDecimal.ZERO);

    public final String label;
    public final BigDecimal minScore;

    Grade(String label, BigDecimal minScore) {
        this.label = label;
        this.minScore = minScore;
    }

    /** One decimal, half-up: the precision at which scores are stored, shown and graded. */
    public static BigDecimal round(BigDecimal score) {
        return score.setScale(1, RoundingMode.HALF_UP);
    }

    public static Grade of(BigDecimal score) {
        BigDecimal s = round(score);
        for (Grade g : values()) {
            if (s.compareTo(g.minScore) >= 0) {
                return g;
            }
        }
        return FAIL;
    }
}
