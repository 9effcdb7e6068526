package gov.qinghai.followup.medical.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 140号 三(二)3: 覆盖率达到30% (2017), 重点人群60%以上; 2018 50% / 85%以上 — reaching the figure counts. */
class ContractingFiguresTest {

    @Test
    void reachingTheTargetExactlyMeetsIt() {
        assertEquals(new BigDecimal("30.00"), ContractingFigures.coveragePct(300, 1000));
        assertTrue(ContractingFigures.meets(300L, 1000L, new BigDecimal("30")));
        assertFalse(ContractingFigures.meets(2999L, 10000L, new BigDecimal("30")));
        assertTrue(ContractingFigures.meets(85L, 100L, new BigDecimal("85")));
    }

    @Test
    void comparesTheExactShareNeverTheRoundedPercentage() {
        // 49.9995 % and 84.995 % round to 50.00 and 85.00 (shown so), but reach neither 50 % nor 85 %
        assertEquals(new BigDecimal("50.00"), ContractingFigures.coveragePct(99_999, 200_000));
        assertFalse(ContractingFigures.meets(99_999L, 200_000L, new BigDecimal("50")));
        assertFalse(ContractingFigures.meets(16_999L, 20_000L, new BigDecimal("85")));
        assertTrue(ContractingFigures.meets(100_000L, 200_000L, new BigDecimal("50")));
    }

    @Test
    void aQualitativeTargetOrMissingFigureComparesToNothing() {
        // 2020: "基本实现家庭医生签约服务制度全覆盖" has no percentage
        assertNull(ContractingFigures.meets(99L, 100L, null));
        assertNull(ContractingFigures.meets(0L, 0L, new BigDecimal("30")));
        assertNull(ContractingFigures.coveragePct(1, 0));
    }

    @Test
    void namesTheImpossibleFigure() {
        assertEquals("contracted", ContractingFigures.check(100, 101, 10, 5).orElseThrow().field());
        assertEquals("keyPopulation", ContractingFigures.check(100, 50, 101, 5).orElseThrow().field());
        assertEquals("contractedKey", ContractingFigures.check(100, 50, 10, 11).orElseThrow().field());
        assertEquals("contractedKey", ContractingFigures.check(100, 5, 10, 8).orElseThrow().field());
        assertTrue(ContractingFigures.check(100, 50, 10, 8).isEmpty());
    }
}
