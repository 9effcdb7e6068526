package gov.qinghai.followup.actionplan.domain;

import gov.qinghai.followup.common.problem.Detail;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 整改 (rectification) a finding asks of its unit (135号 三、(三): 对…整改不到位的，及时约谈…严肃问责): a deadline set by
 * the supervisor, the unit's report that it is done, the supervisor's verification (closed) or rejection (the unit
 * rectifies again). One per finding, kept on the finding's row.
 */
@Embeddable
public class Rectification {
    @Column(name = "rectification_deadline")
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "rectification_state")
    public RectificationState state;
    @Column(name = "rectification_reported_on")
    public LocalDate reportedOn;
    @Column(name = "rectification_report")
    public String report;
    @Column(name = "rectification_verified_on")
    public LocalDate verifiedOn;
    @Column(name = "rectification_verified_by")
    public String verifiedBy;
    @Column(name = "rectification_note")
    public String note;

    /** What a unit or supervisor does to a rectification. */
    public enum Action { REPORT, VERIFY, REJECT }

    /**
     * The unit reports an OPEN or REJECTED rectification done; the supervisor verifies or rejects a REPORTED one.
     * Anything else is refused naming the state, so a closed 整改 is not reopened by a late click.
     */
    public static Optional<Detail> refusal(RectificationState state, Action action) {
        boolean allowed = switch (action) {
            case REPORT -> state == RectificationState.OPEN || state == RectificationState.REJECTED;
            case VERIFY, REJECT -> state == RectificationState.REPORTED;
        };
        return allowed ? Optional.empty() : Optional.of(switch (action) {
            case REPORT -> state == RectificationState.VERIFIED
                    ? Detail.of("ap.rectification.report-closed",
                            "a {0} rectification cannot be reported: it is closed",
                    state)
                    : Detail.of("ap.rectification.report-awaiting",
                    "a {0} rectification cannot be reported: it is awaiting verification", state);
            case VERIFY -> Detail.of("ap.rectification.verify-unreported",
                    "a {0} rectification cannot be verified: the unit has not reported it done", state);
            case REJECT -> Detail.of("ap.rectification.reject-unreported",
                    "a {0} rectification cannot be rejected: the unit has not reported it done", state);
        });
    }

    /**
     * Overdue on a date: its deadline has passed and the unit had not reported it done by then (a rejected
     * rectification is the unit's again, so it counts as not reported). Verified ones are closed.
     */
    public static boolean overdue(LocalDate deadline, RectificationState state, LocalDate reportedOn, LocalDate asOf) {
        if (deadline == null || !deadline.isBefore(asOf)) {
            return false;
        }
        boolean reportedByThen = (state == RectificationState.REPORTED || state == RectificationState.VERIFIED)
                && reportedOn != null && !reportedOn.isAfter(asOf);
        return !reportedByThen;
    }
}
