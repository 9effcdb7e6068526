package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 137号 第十条: 方案 → 自查 → 现场考核 → 网络评议/第三方评估 → 结果, in this order only. */
class AssessmentStageTest {

    @Test
    void followsTheFourStepsOfArticleTenInOrder() {
        assertTrue(AssessmentStage.PLAN_PUBLISHED.canMoveTo(AssessmentStage.SELF_INSPECTION_SUBMITTED));
        assertTrue(AssessmentStage.SELF_INSPECTION_SUBMITTED.canMoveTo(AssessmentStage.ON_SITE_SCORED));
        assertTrue(AssessmentStage.ON_SITE_SCORED.canMoveTo(AssessmentStage.EVALUATED));
        assertTrue(AssessmentStage.EVALUATED.canMoveTo(AssessmentStage.RESULT_PUBLISHED));
    }

    @Test
    void refusesSkippingOrGoingBack() {
        assertFalse(AssessmentStage.PLAN_PUBLISHED.canMoveTo(AssessmentStage.ON_SITE_SCORED));
        assertFalse(AssessmentStage.SELF_INSPECTION_SUBMITTED.canMoveTo(AssessmentStage.RESULT_PUBLISHED));
        assertFalse(AssessmentStage.EVALUATED.canMoveTo(AssessmentStage.SELF_INSPECTION_SUBMITTED));
        assertFalse(AssessmentStage.RESULT_PUBLISHED.canMoveTo(AssessmentStage.PLAN_PUBLISHED));
    }

    @Test
    void onSiteScoresOnlyAfterSelfInspectionAndBeforeEvaluation() {
        assertFalse(AssessmentStage.PLAN_PUBLISHED.acceptsLineScores());
        assertTrue(AssessmentStage.SELF_INSPECTION_SUBMITTED.acceptsLineScores());
        assertFalse(AssessmentStage.EVALUATED.acceptsLineScores());
        assertFalse(AssessmentStage.RESULT_PUBLISHED.acceptsFindings());
    }
}
