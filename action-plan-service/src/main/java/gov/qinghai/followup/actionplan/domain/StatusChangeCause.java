package gov.qinghai.followup.actionplan.domain;

/**
 * What changed a task's status: a report filed after its month's report day, a later correction of one (both change a
 * status already judged, domain.PastStatus), the daily overdue scan finding the task past a deadline unmet, or the
 * 督查室 confirming a task without indicators done (135号 三、(三)).
 */
public enum StatusChangeCause {
    LATE_REPORT, CORRECTION, OVERDUE_SCAN, COMPLETION
}
