package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 140号 三(一)4: 每个市(州)选择2个县 … 带动县域内3—4个乡镇卫生院. */
class CountyPilotRuleTest {

    @Test
    void aPrefectureNeedsTwoPilotCounties() {
        assertFalse(CountyPilotRule.prefectureMeets(1, 2));
        assertTrue(CountyPilotRule.prefectureMeets(2, 2));
    }

    @Test
    void aPilotLeadsThreeToFourTownshipCentres() {
        assertFalse(CountyPilotRule.townshipsWithinRange(2, 3, 4));
        assertTrue(CountyPilotRule.townshipsWithinRange(3, 3, 4));
        assertTrue(CountyPilotRule.townshipsWithinRange(4, 3, 4));
        assertFalse(CountyPilotRule.townshipsWithinRange(5, 3, 4));
    }
}
