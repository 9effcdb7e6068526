package gov.qinghai.followup.projects.domain;

/**
 * A project's total investment is a statistical outlier when its logarithm lies outside Tukey's fences
 * (Q1 − k·IQR, Q3 + k·IQR, k = 1.5) of the logarithms of its fair's amounts. Amounts span four orders of
 * magnitude (0.04 to 180 亿元), so fences on the raw values would flag every large project; on the log
 * scale they name the amounts worth a second look against the signed contract (for the 18th fair: below
 * 0.10 or above 42.96 亿元, ten rows, among them 序号 1 at 180.33 亿元).
 * <p>
 * The rule is one SQL function, {@code project_investment_outliers(fair, k)} (V32__investment_outlier_rule.sql),
 * used by the importer's STATISTICAL_OUTLIER flag and by the reconciliation's outliers, with {@link #K} from here.
 */
public final class OutlierRule {
    public static final double K = 1.5;

    private OutlierRule() {
    }

    /**
     * A fence as text next to an amount in 亿元 (two decimals): with as many decimals as it takes for the printed fence
     * to differ from the amount (never "0.10 lies outside 0.10–42.96"), up to six; when even six do not separate
     * them, "at the fence".
     */
    public static String fenceText(double fence, java.math.BigDecimal amount) {
        java.math.BigDecimal exact = new java.math.BigDecimal(fence);
        for (int scale = 2; scale <= 6; scale++) {
            java.math.BigDecimal printed = exact.setScale(scale, java.math.RoundingMode.HALF_UP);
            if (printed.compareTo(amount) != 0) {
                return printed.toPlainString();
            }
        }
        return "at the fence (" + exact.setScale(6, java.math.RoundingMode.HALF_UP).toPlainString() + ")";
    }
}
