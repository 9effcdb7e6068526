package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.qinghai.followup.transparency.domain.DisclosureTimeliness.Applied;
import gov.qinghai.followup.transparency.domain.DisclosureTimeliness.Evidence;
import gov.qinghai.followup.transparency.domain.DisclosureTimeliness.Outcome;
import gov.qinghai.followup.transparency.domain.DisclosureTimeliness.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 137号 附件 第4项 "落实20个工作日内主动公开": the on-time rate as points of the item-4 line (default 12 points). */
class DisclosureTimelinessTest {
    private static final LocalDate AS_OF = LocalDate.parse("2018-01-10");
    private static final Rule DEFAULT = new Rule(121L, 4, 1, new BigDecimal("12"), new BigDecimal("100.0"));

    private static Evidence evidence(long published, long onTime, long openOverdue) {
        return new Evidence(AS_OF, published + openOverdue + 2, published, onTime, published - onTime, openOverdue);
    }

    @Test
    void defaultRuleGivesTheLinePointsTimesTheOnTimeRate() {
        // 7 of 8 published on time: 87.5 % of 12 points = 10.5
        Outcome o = DisclosureTimeliness.apply(DEFAULT, evidence(8, 7, 0), null);
        assertEquals(new BigDecimal("87.5"), o.rate());
        assertEquals(new BigDecimal("10.5"), o.points());
        assertEquals(Applied.RULE, o.applied());
        assertEquals(8, o.counted());
    }

    @Test
    void unpublishedRecordsPastTheirDeadlineCountAsNotOnTime() {
        // 3 on time, 1 late, 1 never published although its 20 working days are over: 3 / 5 = 60 % → 7.2
        Outcome o = DisclosureTimeliness.apply(DEFAULT, evidence(4, 3, 1), null);
        assertEquals(5, o.counted());
        assertEquals(new BigDecimal("60.0"), o.rate());
        assertEquals(new BigDecimal("7.2"), o.points());
        assertEquals(1, o.late());
        assertEquals(1, o.openOverdue());
    }

    @Test
    void rateAndPointsAreRoundedHalfUpToOneDecimal() {
        // 2 / 3 = 66.666… → 66.7 %; 12 × 66.7 / 100 = 8.004 → 8.0
        Outcome o = DisclosureTimeliness.apply(DEFAULT, evidence(3, 2, 0), null);
        assertEquals(new BigDecimal("66.7"), o.rate());
        assertEquals(new BigDecimal("8.0"), o.points());
    }

    @ParameterizedTest(name = "full marks at {0} %: rate {1} → {2} of 12")
    @CsvSource({"90.0,95.0,12.0", "90.0,90.0,12.0", "90.0,45.0,6.0", "90.0,0.0,0.0", "100.0,100.0,12.0"})
    void anAdminCanLetARateBelow100EarnFullPoints(String full, String rate, String points) {
        assertEquals(new BigDecimal(points),
                DisclosureTimeliness.points(new BigDecimal("12"), new BigDecimal(rate), new BigDecimal(full)));
    }

    @Test
    void anAssessorsScoreOfTheLineWinsAndTheComputedPointsAreShownBesideIt() {
        Outcome o = DisclosureTimeliness.apply(DEFAULT, evidence(4, 2, 0), new BigDecimal("11.0"));
        assertEquals(Applied.ASSESSOR, o.applied());
        assertEquals(new BigDecimal("11.0"), o.points());
        assertEquals(new BigDecimal("6.0"), o.computedPoints());
        assertEquals(new BigDecimal("11.0"), o.assessorScore());
    }

    @Test
    void withoutAnyCountedRecordTheRuleGivesNothing() {
        Outcome none = DisclosureTimeliness.apply(DEFAULT, new Evidence(AS_OF, 2, 0, 0, 0, 0), null);
        assertEquals(Applied.NONE, none.applied());
        assertNull(none.rate());
        assertNull(none.points());
        assertEquals(Applied.ASSESSOR,
                DisclosureTimeliness.apply(DEFAULT, new Evidence(AS_OF, 0, 0, 0, 0, 0), BigDecimal.TEN).applied());
    }

    @Test
    void refusesAFullMarksRateOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class,
                () -> DisclosureTimeliness.points(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> DisclosureTimeliness.points(BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("100.1")));
    }
}
