package gov.qinghai.followup.transparency.domain;

/**
 * The values of the string status columns a person reads (each the check constraint of its column), named so that
 * labels.properties gives each its Chinese label ({@code RoundStatus.OPEN=进行中}). The columns stay strings; a view
 * reads a value with {@code valueOf} to label it, so a value without a constant here fails loudly, never unlabelled.
 */
public final class Statuses {
    private Statuses() {
    }

    /** assessment_round.status. */
    public enum RoundStatus { OPEN, CONCLUDED }

    /** routine_record.kind: 137号 第九条 发现的问题或成绩. */
    public enum RoutineKind { PROBLEM, ACHIEVEMENT }

    /** routine_record.method: 137号 第九条 日常考核 by 随机抽查, 专项检查 or a daily record. */
    public enum RoutineMethod { DAILY_RECORD, RANDOM_CHECK, SPECIAL_INSPECTION }

    /** rectification.status: 第十二条 the unit reports, the office verifies and closes. */
    public enum RectificationStatus { OPEN, IN_PROGRESS, REPORTED, DONE }

    /** pilot_milestone.code: 138号 五 工作进度安排. */
    public enum MilestoneCode { PLAN_FILED, PILOT_DONE, ACCEPTANCE_REPORT }

    /** pilot_milestone.status. */
    public enum MilestoneStatus { PENDING, DONE }

    /** pilot_area.source: 试点单位及试点内容表, or added by the unit (138号 三(二)). */
    public enum AreaSource { ATTACHMENT, ADDED }

    /** State of a 验收 checklist requirement (138号 五(三)). */
    public enum ChecklistState { OPEN, MET, MISSING, NOT_TRACKED }
}
