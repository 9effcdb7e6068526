package gov.qinghai.followup.actionplan.domain;

/** A task's state, always derived from data (TaskStatusRule), never declared by the unit. */
public enum TaskStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, OVERDUE, MET
}
