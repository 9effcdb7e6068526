package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 140号 二 (有明显成效) and 三(二)1 (章程): effective only once established, and with a 章程. */
class EffectivenessTest {
    static final LocalDate EST = LocalDate.of(2017, 9, 1);

    @Test
    void refusesEffectiveBeforeEstablishedOrWithUnknownEstablishment() {
        assertTrue(Effectiveness.check(LocalDate.of(2016, 12, 1), AllianceStatus.ESTABLISHED, EST, List.of())
                .isPresent());
        assertTrue(Effectiveness.check(EST, AllianceStatus.ESTABLISHED, null, List.of()).isPresent());
        assertTrue(Effectiveness.check(EST, AllianceStatus.PLANNED, EST, List.of()).isPresent());
        assertTrue(Effectiveness.check(EST, AllianceStatus.ESTABLISHED, EST, List.of()).isEmpty());
    }

    @Test
    void refusesEffectiveWithAnIncompleteCharter() {
        assertEquals("effectiveSince", Effectiveness.check(EST, AllianceStatus.ESTABLISHED, EST, List.of("rules"))
                .orElseThrow().field());
    }

    @Test
    void refusesMovingEstablishmentAfterTheFinding() {
        assertEquals("establishedOn", Effectiveness.checkEstablishment(LocalDate.of(2017, 12, 1), EST).orElseThrow()
                .field());
        assertTrue(Effectiveness.checkEstablishment(EST, EST).isEmpty());
        assertTrue(Effectiveness.checkEstablishment(null, null).isEmpty());
    }
}
