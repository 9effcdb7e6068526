package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 140号 五(一): "8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署". */
class RearrangementStatusTest {
    static final LocalDate DUE = LocalDate.of(2017, 8, 31);

    @Test
    void doneByTheEndOfAugustIsOnTimeAndAfterItLate() {
        assertEquals(RearrangementStatus.DONE_ON_TIME, RearrangementStatus.of(DUE, DUE, LocalDate.of(2017, 9, 30)));
        assertEquals(RearrangementStatus.DONE_LATE, RearrangementStatus.of(DUE, DUE.plusDays(1),
                LocalDate.of(2017, 9, 30)));
    }

    @Test
    void notDoneIsPendingUntilTheDeadlineAndOverdueAfterIt() {
        assertEquals(RearrangementStatus.PENDING, RearrangementStatus.of(DUE, null, DUE));
        assertEquals(RearrangementStatus.OVERDUE, RearrangementStatus.of(DUE, null, DUE.plusDays(1)));
    }

    @Test
    void aRearrangementAfterTheDateAskedAboutDoesNotCountYet() {
        assertEquals(RearrangementStatus.PENDING, RearrangementStatus.of(DUE, LocalDate.of(2017, 8, 28),
                LocalDate.of(2017, 8, 20)));
        assertEquals(RearrangementStatus.OVERDUE, RearrangementStatus.of(DUE, LocalDate.of(2017, 9, 10),
                LocalDate.of(2017, 9, 5)));
    }

    @Test
    void isOwedByPublicTertiaryInstitutionsOnly() {
        Institution i = new Institution();
        i.level = Level.TERTIARY;
        i.ownership = Ownership.PUBLIC;
        assertTrue(RearrangementStatus.owedBy(i));
        i.ownership = Ownership.PRIVATE;
        assertFalse(RearrangementStatus.owedBy(i));
        i.ownership = Ownership.PUBLIC;
        i.level = Level.SECONDARY;
        assertFalse(RearrangementStatus.owedBy(i));
    }
}
