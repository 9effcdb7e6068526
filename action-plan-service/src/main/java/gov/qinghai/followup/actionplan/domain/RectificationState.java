package gov.qinghai.followup.actionplan.domain;

/**
 * 整改 of a finding (135号 三、(三): 整改不到位的，及时约谈): OPEN (set by the supervisor with a deadline), REPORTED
 * (the unit reports it done), VERIFIED (the supervisor checked it: closed), REJECTED (the supervisor found it not
 * done: open again for the unit).
 */
public enum RectificationState {
    OPEN, REPORTED, VERIFIED, REJECTED
}
