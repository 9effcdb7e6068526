package gov.qinghai.followup.transparency.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Turns a subject's on-time rate for the year into points of 137号 附件 第4项 "落实20个工作日内主动公开属于主动公开范围的
 * 政府信息" — the content line of item 4 that carries the 20-working-day rule.
 *
 * <p>The notice sets no point values (第七条: 分值和标准实行动态调整), so this is the service's default, stored per scheme
 * and adjustable by an admin: the target line and the on-time rate that earns its full points ({@code fullMarksRate},
 * default 100 %). Proportional rule:
 * <pre>rate   = round1(onTime × 100 / counted)
 * points = round1(line points × min(rate, fullMarksRate) / fullMarksRate)</pre>
 * where {@code counted} = records produced in the year that were published, plus those still unpublished whose
 * deadline has passed on {@code asOf} (not publishing at all is not on time); {@code onTime} = published on or before
 * the deadline. round1 = half-up to one decimal, the precision of line scores.
 *
 * <p>Which wins: an assessor's on-site score of the line (第十条(三) 现场考核; the line also covers 年报、目录、重点领域信息,
 * which the rate does not measure) wins over the computed points; both are shown. With no counted record the rule
 * gives nothing and the line needs the assessor's score.
 */
public final class DisclosureTimeliness {
    public static final BigDecimal DEFAULT_FULL_MARKS_RATE = new BigDecimal("100.0");
    public static final String BASIS = "青政办〔2017〕137号 附件 第4项: 落实 20 个工作日内主动公开属于主动公开范围的政府信息";
    public static final String FORMULA = "rate = round1(onTime × 100 / counted); points = round1(linePoints ×"
            + " min(rate, fullMarksRate) / fullMarksRate); counted = published + unpublished past their deadline on asOf;"
            + " asOf = the round's assessment date (assessedOn), not today, so an open round's score does not change"
            + " from day to day; a record published after asOf counts as unpublished on asOf; an assessor's score of the line wins over the computed points";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DisclosureTimeliness() {
    }

    public enum Applied {
        /** The computed points are the line's score. */
        RULE,
        /** An assessor scored the line by hand: that score counts, the computed points are shown beside it. */
        ASSESSOR,
        /** No assessor score and no counted record: the line has no score. */
        NONE
    }

    /** The rule of one scheme: the target line and its points, and the rate that earns full points. */
    public record Rule(long lineId, int itemNo, int lineNo, BigDecimal linePoints, BigDecimal fullMarksRate) {
    }

    /** Counts of one subject's disclosure records produced in the year, as of a date. */
    public record Evidence(LocalDate asOf, long produced, long published, long onTime, long late, long openOverdue) {
        public long counted() {
            return published + openOverdue;
        }
    }

    public record Outcome(int itemNo, int lineNo, long lineId, BigDecimal linePoints, BigDecimal fullMarksRate,
                          LocalDate asOf, long produced, long published, long onTime, long late, long openOverdue,
                          long counted, BigDecimal rate, BigDecimal computedPoints, BigDecimal assessorScore,
                          Applied applied, BigDecimal points, String formula, String basis) {
    }

    /** One decimal, half-up; null when nothing is counted. */
    public static BigDecimal rate(Evidence e) {
        if (e.counted() == 0) {
            return null;
        }
        return BigDecimal.valueOf(e.onTime()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(e.counted()), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal points(BigDecimal linePoints, BigDecimal rate, BigDecimal fullMarksRate) {
        if (fullMarksRate.signum() <= 0 || fullMarksRate.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("fullMarksRate must be in (0, 100]: " + fullMarksRate);
        }
        BigDecimal share = rate.min(fullMarksRate).max(BigDecimal.ZERO);
        return linePoints.multiply(share).divide(fullMarksRate, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }

    /** The line's score under the rule, given the assessor's score of that line if any. */
    public static Outcome apply(Rule rule, Evidence e, BigDecimal assessorScore) {
        BigDecimal rate = rate(e);
        BigDecimal computed = rate == null ? null : points(rule.linePoints(), rate, rule.fullMarksRate());
        Applied applied = assessorScore != null ? Applied.ASSESSOR : computed != null ? Applied.RULE : Applied.NONE;
        BigDecimal points = applied == Applied.ASSESSOR ? assessorScore : computed;
        return new Outcome(rule.itemNo(), rule.lineNo(), rule.lineId(), rule.linePoints(), rule.fullMarksRate(),
                e.asOf(), e.produced(), e.published(), e.onTime(), e.late(), e.openOverdue(), e.counted(), rate,
                computed, assessorScore, applied, points, FORMULA, BASIS);
    }
}
