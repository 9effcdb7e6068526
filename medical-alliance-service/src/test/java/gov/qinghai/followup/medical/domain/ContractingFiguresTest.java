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
        assertTrue(ContractingFigures.meets(ContractingFigures.coveragePct(300, 1000), new BigDecimal("30")));
        assertFalse(ContractingFigures.meets(ContractingFigures.coveragePct(2999, 10000), new BigDecimal("30")));
        assertTrue(ContractingFigures.meets(ContractingFigures.coveragePct(85, 100), new BigDecimal("85")));
    }

    @Test
    void aQualitativeTargetOrMissingFigureComparesToNothing() {
        // 2020: "基本实现家庭医生签约服务制度全覆盖" has no percentage
        assertNull(ContractingFigures.meets(new BigDecimal("99"), null));
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
