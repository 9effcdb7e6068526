package gov.qinghai.followup.transparency.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The score of one subject in one year under 青政办〔2017〕137号, with a breakdown anyone can recompute.
 *
 * <ol>
 *   <li>Each applicable regular item (1–8) scores its on-site score plus the 日常考核 adjustments for that item
 *       (第九条 "在年度考核时核减或核加相应考核项目分数"), capped to [0, item maximum].</li>
 *   <li>An item that does not apply to the subject (item 8 for a provincial department, 附件 备注 "此项为市、州政府
 *       考核内容") is neither a free pass nor a zero: it is left out of both the score and the maximum, and the
 *       sum is scaled to 100 (第十一条 百分制): base = Σ counted × 100 / Σ applicable maxima.</li>
 *   <li>加分项 (item 9) and 减分项 (item 10) are outside the 100 ("不在总分内，但得分可计入（减）总分"): their
 *       sums, each capped at the item's cap, are added to / subtracted from the base. The total is not capped
 *       at 100 and is floored at 0.</li>
 *   <li>A 直接归零项 finding (item 11, 弄虚作假, 第十三条 "考核结果直接记为不合格档次") sets the total to 0 and the
 *       grade to 不合格 whatever the score; the score before zeroing stays in the breakdown.</li>
 *   <li>The content line of item 4 that carries the 20-working-day rule scores the points the subject's on-time rate
 *       earns ({@link DisclosureTimeliness}) unless an assessor scored it; those points join the item's on-site
 *       score and the rule's evidence (rate, records counted, points) is part of the result.</li>
 *   <li>Precision: the grade is read from the exact total; base and total are shown cut to one decimal, never
 *       rounded up, so an exact 89.99 is 89.9 良好, not 90.0 优秀 (see {@link Grade}); the exact total stays in the
 *       result ({@code exactTotal}).</li>
 *   <li>A subject whose items do not all apply (a provincial department: items 1–7, 80 points) shows its raw score
 *       out of its applicable maximum beside the scaled figure ({@code rawScore}, e.g. "75.0 / 80 → 93.7 / 100").</li>
 * </ol>
 */
public final class Scoring {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Scoring() {
    }

    public record ItemInput(int itemNo, String name, BigDecimal max, boolean applicable, BigDecimal onSite,
                            BigDecimal routineAdjustment) {
    }

    /**
     * {@code timeliness}: the 20-working-day rule's outcome for the subject (null when the scheme has no rule); when
     * it applied (RULE), its points are the score of its line and are added to that item's on-site score.
     */
    public record Input(List<ItemInput> items, BigDecimal bonus, BigDecimal bonusCap, BigDecimal deduction,
                        BigDecimal deductionCap, List<String> zeroOutFindings, DisclosureTimeliness.Outcome timeliness) {
        public Input(List<ItemInput> items, BigDecimal bonus, BigDecimal bonusCap, BigDecimal deduction,
                     BigDecimal deductionCap, List<String> zeroOutFindings) {
            this(items, bonus, bonusCap, deduction, deductionCap, zeroOutFindings, null);
        }
    }

    public record ItemResult(int itemNo, String name, BigDecimal max, boolean applicable, BigDecimal onSite,
                             BigDecimal routineAdjustment, BigDecimal counted, String note) {
    }

    public record Result(List<ItemResult> items, BigDecimal applicableMax, BigDecimal rawSum, BigDecimal base,
                         BigDecimal bonus, BigDecimal deduction, BigDecimal scoreBeforeZeroOut, boolean zeroedOut,
                         List<String> zeroOutFindings, BigDecimal total, Grade grade, String gradeLabel,
                         DisclosureTimeliness.Outcome timeliness, String rule, BigDecimal exactTotal,
                         boolean scaled, String rawScore, String rounding) {
    }

    public static final String RULE = "total = cut1(Σ counted item scores × 100 / Σ applicable item maxima)"
            + " + min(bonus, bonusCap) − min(deduction, deductionCap), floored at 0; counted = clamp(onSite + routine,"
            + " 0, max); not-applicable items are left out of sum and maxima; a 直接归零项 finding sets total 0 and"
            + " grade 不合格 (137号 第十三条); cut1 = one decimal, cut (never rounded up); grades per 第十一条 on the exact"
            + " total: ≥90 优秀, ≥80 良好, ≥60 合格, else 不合格; the scheme's 20-working-day line (137号 附件 第4项) scores"
            + " timeliness.points when no assessor scored it (timeliness.formula)";

    public static Result score(Input in) {
        List<ItemResult> items = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal raw = BigDecimal.ZERO;
        for (ItemInput i : in.items()) {
            if (!i.applicable()) {
                items.add(new ItemResult(i.itemNo(), i.name(), i.max(), false, null, null, null,
                        "not applicable: left out of score and maximum, total scaled to 100"));
                continue;
            }
            BigDecimal onSite = nz(i.onSite());
            BigDecimal routine = nz(i.routineAdjustment());
            String ruleNote = null;
            if (ruleApplies(in.timeliness(), i.itemNo())) {
                onSite = onSite.add(in.timeliness().points());
                ruleNote = "onSite includes " + in.timeliness().points() + " points of line "
                        + in.timeliness().lineNo() + " from the 20-working-day rule (see timeliness)";
            }
            BigDecimal counted = onSite.add(routine).max(BigDecimal.ZERO).min(i.max());
            String capNote = counted.compareTo(onSite.add(routine)) != 0 ? "capped to [0, " + i.max() + "]" : null;
            String note = ruleNote == null ? capNote : capNote == null ? ruleNote : ruleNote + "; " + capNote;
            items.add(new ItemResult(i.itemNo(), i.name(), i.max(), true, onSite, routine, counted, note));
            max = max.add(i.max());
            raw = raw.add(counted);
        }
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("no applicable item with points: cannot scale to 100");
        }
        boolean scaled = max.compareTo(HUNDRED) != 0;
        BigDecimal exactBase = raw.multiply(HUNDRED).divide(max, MathContext.DECIMAL64);
        BigDecimal bonus = cap(in.bonus(), in.bonusCap());
        BigDecimal deduction = cap(in.deduction(), in.deductionCap());
        BigDecimal exactBefore = exactBase.add(bonus).subtract(deduction).max(BigDecimal.ZERO);
        BigDecimal before = Grade.shown(exactBefore);
        List<String> zero = in.zeroOutFindings() == null ? List.of() : List.copyOf(in.zeroOutFindings());
        boolean zeroed = !zero.isEmpty();
        BigDecimal exactTotal = zeroed ? BigDecimal.ZERO : exactBefore.stripTrailingZeros();
        BigDecimal total = zeroed ? Grade.shown(BigDecimal.ZERO) : before;
        Grade grade = zeroed ? Grade.FAIL : Grade.of(exactBefore);
        BigDecimal base = Grade.shown(exactBase);
        String rawScore = Grade.shown(raw) + " / " + max.stripTrailingZeros().toPlainString() + (scaled
                ? " → " + base + " / 100 (scaled: items that do not apply are left out, 137号 第十一条 百分制)"
                : " (no scaling)");
        return new Result(items, max, raw, base, bonus, deduction, before, zeroed, zero, total, grade, grade.label,
                in.timeliness(), RULE, exactTotal.compareTo(BigDecimal.ZERO) == 0 ? BigDecimal.ZERO : exactTotal,
                scaled, rawScore, Grade.RULE);
    }

    private static boolean ruleApplies(DisclosureTimeliness.Outcome t, int itemNo) {
        return t != null && t.itemNo() == itemNo && t.applied() == DisclosureTimeliness.Applied.RULE;
    }

    private static BigDecimal cap(BigDecimal value, BigDecimal cap) {
        BigDecimal v = nz(value).abs();
        return (cap == null ? v : v.min(cap.abs())).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
