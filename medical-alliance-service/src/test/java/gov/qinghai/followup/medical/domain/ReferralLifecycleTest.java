package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 140号 三(二)4 双向转诊, as a FHIR Task: requested → accepted | rejected → in-progress → completed, or cancelled. */
class ReferralLifecycleTest {

    @Test
    void followsTheFhirTaskPath() {
        assertTrue(ReferralLifecycle.permits(ReferralStatus.REQUESTED, ReferralAction.ACCEPT));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.REQUESTED, ReferralAction.REJECT));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.ACCEPTED, ReferralAction.START));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.IN_PROGRESS, ReferralAction.COMPLETE));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.REQUESTED, ReferralAction.CANCEL));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.ACCEPTED, ReferralAction.CANCEL));
    }

    @Test
    void refusesSkippingAndLeavingFinalStates() {
        assertFalse(ReferralLifecycle.permits(ReferralStatus.REQUESTED, ReferralAction.START));
        assertFalse(ReferralLifecycle.permits(ReferralStatus.REQUESTED, ReferralAction.COMPLETE));
        assertFalse(ReferralLifecycle.permits(ReferralStatus.IN_PROGRESS, ReferralAction.CANCEL));
        for (ReferralStatus done : new ReferralStatus[] {ReferralStatus.REJECTED, ReferralStatus.COMPLETED,
                ReferralStatus.CANCELLED}) {
            assertTrue(ReferralLifecycle.allowed(done).isEmpty(), done + " is final");
        }
    }

    @Test
    void holdsResumesFailsAndVoidsAsFhirTaskDoes() {
        assertTrue(ReferralLifecycle.permits(ReferralStatus.ACCEPTED, ReferralAction.HOLD));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.ON_HOLD, ReferralAction.RESUME));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.ACCEPTED, ReferralAction.FAIL));
        assertTrue(ReferralLifecycle.permits(ReferralStatus.REQUESTED, ReferralAction.VOID));
        assertFalse(ReferralLifecycle.permits(ReferralStatus.COMPLETED, ReferralAction.VOID));
        assertFalse(ReferralLifecycle.permits(ReferralStatus.REQUESTED, ReferralAction.HOLD));
        assertTrue(ReferralLifecycle.allowed(ReferralStatus.FAILED).isEmpty());
        assertTrue(ReferralLifecycle.allowed(ReferralStatus.ENTERED_IN_ERROR).isEmpty());
        assertFalse(ReferralLifecycle.byReceiver(ReferralAction.VOID));
        assertTrue(ReferralLifecycle.byReceiver(ReferralAction.FAIL));
    }

    @Test
    void onlyCancelAndVoidBelongToTheReferringSide() {
        assertFalse(ReferralLifecycle.byReceiver(ReferralAction.CANCEL));
        assertTrue(ReferralLifecycle.byReceiver(ReferralAction.ACCEPT));
    }
}
