package gov.qinghai.followup.transparency.domain;

import java.util.Map;
import java.util.Set;

/**
 * The annual procedure of 137号 第十条 for one subject: (一) plan published → (二) 自查 submitted →
 * (三) 现场考核 by assessors → (四) 网络评议 and 第三方评估 inputs → result. Only the listed steps are legal.
 */
public enum AssessmentStage {
    PLAN_PUBLISHED,
    SELF_INSPECTION_SUBMITTED,
    ON_SITE_SCORED,
    EVALUATED,
    RESULT_PUBLISHED;

    private static final Map<AssessmentStage, Set<AssessmentStage>> NEXT = Map.of(
            PLAN_PUBLISHED, Set.of(SELF_INSPECTION_SUBMITTED),
            SELF_INSPECTION_SUBMITTED, Set.of(ON_SITE_SCORED),
            ON_SITE_SCORED, Set.of(EVALUATED),
            EVALUATED, Set.of(RESULT_PUBLISHED),
            RESULT_PUBLISHED, Set.of());

    public boolean canMoveTo(AssessmentStage next) {
        return NEXT.get(this).contains(next);
    }

    /** On-site line scores may be entered after the self-inspection and until the evaluation is recorded. */
    public boolean acceptsLineScores() {
        return this == SELF_INSPECTION_SUBMITTED || this == ON_SITE_SCORED;
    }

    /** Only an EVALUATED assessment is reopened (back to ON_SITE_SCORED), and only before the round's result. */
    public boolean canReopen() {
        return this == EVALUATED;
    }

    /** Findings (加分/减分/归零) may be recorded at any stage before the result. */
    public boolean acceptsFindings() {
        return this != RESULT_PUBLISHED;
    }
}
