package gov.qinghai.followup.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 135号 三、(三): 整改不到位的，及时约谈 — when a 整改 may move on, and when it is overdue. */
class RectificationTest {
    private static final LocalDate DEADLINE = LocalDate.of(2017, 10, 31);

    @Test
    void theUnitReportsAnOpenOrRejected整改AndTheSupervisorChecksAReportedOne() {
        assertEquals(Optional.empty(), Rectification.refusal(RectificationState.OPEN, Rectification.Action.REPORT));
        assertEquals(Optional.empty(), Rectification.refusal(RectificationState.REJECTED, Rectification.Action.REPORT));
        assertEquals(Optional.empty(), Rectification.refusal(RectificationState.REPORTED, Rectification.Action.VERIFY));
        assertEquals(Optional.empty(), Rectification.refusal(RectificationState.REPORTED, Rectification.Action.REJECT));
    }

    @Test
    void aClosed整改IsNotReopenedAndAnUnreportedOneIsNotVerified() {
        assertTrue(Rectification.refusal(RectificationState.VERIFIED, Rectification.Action.REPORT).orElseThrow()
                .english().contains("closed"));
        assertTrue(Rectification.refusal(RectificationState.OPEN, Rectification.Action.VERIFY).isPresent());
        assertTrue(Rectification.refusal(RectificationState.REJECTED, Rectification.Action.REJECT).isPresent());
        assertTrue(Rectification.refusal(RectificationState.REPORTED, Rectification.Action.REPORT).isPresent());
    }

    @Test
    void overdueTheDayAfterItsDeadlineUnlessReportedDoneByThen() {
        assertFalse(Rectification.overdue(DEADLINE, RectificationState.OPEN, null, DEADLINE));
        assertTrue(Rectification.overdue(DEADLINE, RectificationState.OPEN, null, DEADLINE.plusDays(1)));
        assertFalse(Rectification.overdue(DEADLINE, RectificationState.REPORTED, DEADLINE, DEADLINE.plusDays(1)));
        assertFalse(Rectification.overdue(DEADLINE, RectificationState.VERIFIED, DEADLINE.minusDays(3),
                DEADLINE.plusMonths(2)));
    }

    @Test
    void aRejected整改IsTheUnitsAgainAndCountsAsOverduePastItsDeadline() {
        assertTrue(Rectification.overdue(DEADLINE, RectificationState.REJECTED, DEADLINE.minusDays(5),
                DEADLINE.plusDays(10)));
    }

    @Test
    void judgedOnAPastDateAReportMadeLaterDoesNotCount() {
        // reported on 11-20: on 11-10 it was overdue
        assertTrue(Rectification.overdue(DEADLINE, RectificationState.REPORTED, LocalDate.of(2017, 11, 20),
                LocalDate.of(2017, 11, 10)));
    }
}
