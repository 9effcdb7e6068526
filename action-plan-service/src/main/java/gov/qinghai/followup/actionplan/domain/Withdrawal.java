package gov.qinghai.followup.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The withdrawal of a supervision record (督查, finding, 约谈, 问责) with its reason. A withdrawn record stays (the
 * office's file shows what was recorded and why it was taken back) but no longer counts: not in the quarterly
 * report's findings, the lagging units or the reminders.
 */
@Embeddable
public class Withdrawal {
    @Column(name = "withdrawn_at")
    public Instant at;
    @Column(name = "withdrawn_by")
    public String by;
    @Column(name = "withdrawal_reason")
    public String reason;

    public Withdrawal() {
    }

    public Withdrawal(Instant at, String by, String reason) {
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    /** Hibernate reads an embeddable whose columns are all null as null: not withdrawn. */
    public static boolean isWithdrawn(Withdrawal w) {
        return w != null && w.at != null;
    }
}
