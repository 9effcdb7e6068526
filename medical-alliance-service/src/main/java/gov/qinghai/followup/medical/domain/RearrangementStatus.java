package gov.qinghai.followup.medical.domain;

import java.time.LocalDate;

/**
 * Where a 三级公立医院 stands with 140号 五(一) "8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署" on a date:
 * done by the deadline, done after it, not done and the deadline passed, or not done and still due.
 */
public enum RearrangementStatus {
    DONE_ON_TIME, DONE_LATE, OVERDUE, PENDING;

    /** The status on {@code asOf}; a rearrangement recorded after {@code asOf} does not count yet. */
    public static RearrangementStatus of(LocalDate dueOn, LocalDate doneOn, LocalDate asOf) {
        if (doneOn != null && !doneOn.isAfter(asOf)) {
            return doneOn.isAfter(dueOn) ? DONE_LATE : DONE_ON_TIME;
        }
        return asOf.isAfter(dueOn) ? OVERDUE : PENDING;
    }

    /** 140号 五(一) is owed by every 三级公立医院: a public institution of the TERTIARY grade. */
    public static boolean owedBy(Institution i) {
        return i.level == Level.TERTIARY && i.ownership == Ownership.PUBLIC;
    }
}
