package gov.qinghai.followup.medical.domain;

/** What a party does to a referral; each leads to one status. */
public enum ReferralAction {
    ACCEPT(ReferralStatus.ACCEPTED), REJECT(ReferralStatus.REJECTED), START(ReferralStatus.IN_PROGRESS),
    COMPLETE(ReferralStatus.COMPLETED), CANCEL(ReferralStatus.CANCELLED), HOLD(ReferralStatus.ON_HOLD),
    RESUME(ReferralStatus.ACCEPTED), FAIL(ReferralStatus.FAILED), VOID(ReferralStatus.ENTERED_IN_ERROR);

    public final ReferralStatus target;

    ReferralAction(ReferralStatus target) {
        this.target = target;
    }
}
