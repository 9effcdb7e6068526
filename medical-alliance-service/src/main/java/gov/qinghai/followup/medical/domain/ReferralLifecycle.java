package gov.qinghai.followup.medical.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The referral state machine, aligned with FHIR Task: requested → accepted | rejected; accepted → in-progress;
 * in-progress → completed; requested or accepted → cancelled (by the referring side). rejected, completed and
 * cancelled are final. Once the patient is being treated (in-progress) the referral can only be completed,
 * which closes the loop back to the referring institution (140号 三(二)4 "连续性诊疗").
 *
 * <p>FHIR's other Task states: the receiver may put an accepted referral on-hold (and resume it) or mark it failed
 * (the patient never arrived); the referring side may void a referral made in error (entered-in-error) while it
 * is still open — it stays, with its history, but counts nowhere. Treated and finished referrals stay as recorded.
 */
public final class ReferralLifecycle {
    private static final Map<ReferralStatus, Set<ReferralAction>> ALLOWED = Map.of(
            ReferralStatus.REQUESTED, EnumSet.of(ReferralAction.ACCEPT, ReferralAction.REJECT, ReferralAction.CANCEL,
                    ReferralAction.VOID),
            ReferralStatus.ACCEPTED, EnumSet.of(ReferralAction.START, ReferralAction.CANCEL, ReferralAction.HOLD,
                    ReferralAction.FAIL, ReferralAction.VOID),
            ReferralStatus.ON_HOLD, EnumSet.of(ReferralAction.RESUME, ReferralAction.CANCEL, ReferralAction.FAIL,
                    ReferralAction.VOID),
            ReferralStatus.IN_PROGRESS, EnumSet.of(ReferralAction.COMPLETE),
            ReferralStatus.REJECTED, EnumSet.noneOf(ReferralAction.class),
            ReferralStatus.COMPLETED, EnumSet.noneOf(ReferralAction.class),
            ReferralStatus.CANCELLED, EnumSet.noneOf(ReferralAction.class),
            ReferralStatus.FAILED, EnumSet.noneOf(ReferralAction.class),
            ReferralStatus.ENTERED_IN_ERROR, EnumSet.noneOf(ReferralAction.class));

    private ReferralLifecycle() {
    }

    public static Set<ReferralAction> allowed(ReferralStatus from) {
        return ALLOWED.get(from);
    }

    public static boolean permits(ReferralStatus from, ReferralAction action) {
        return ALLOWED.get(from).contains(action);
    }

    /** Which side acts: the receiving institution decides and treats, the referring one may cancel. */
    public static boolean byReceiver(ReferralAction action) {
        return action != ReferralAction.CANCEL && action != ReferralAction.VOID;
    }
}
