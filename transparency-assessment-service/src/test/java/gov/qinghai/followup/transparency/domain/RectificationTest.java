package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 137号 第十二条: 被考核对象要制定整改方案，限时整改到位 — overdue once the deadline has passed and it is not done. */
class RectificationTest {

    private static Rectification due(String deadline, String status) {
        Rectification r = new Rectification();
        r.deadline = LocalDate.parse(deadline);
        r.status = status;
        return r;
    }

    @Test
    void isOverdueTheDayAfterItsDeadlineUnlessDone() {
        assertFalse(due("2017-11-30", "OPEN").overdueOn(LocalDate.parse("2017-11-30")), "the deadline day itself is in time");
        assertTrue(due("2017-11-30", "OPEN").overdueOn(LocalDate.parse("2017-12-01")));
        assertTrue(due("2017-11-30", "IN_PROGRESS").overdueOn(LocalDate.parse("2017-12-01")));
        assertFalse(due("2017-11-30", "DONE").overdueOn(LocalDate.parse("2018-01-01")));
    }
}
