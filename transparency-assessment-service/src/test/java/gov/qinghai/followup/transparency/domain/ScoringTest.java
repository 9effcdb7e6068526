package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 青政办〔2017〕137号 第九条, 第十一条, 第十三条 and the 附件 remarks, on the default 2017 points. */
class ScoringTest {
    // default maxima of items 1–8 (scripts/parse_scheme.py DEFAULT_POINTS)
    private static final int[] MAX = {10, 10, 10, 20, 10, 10, 10, 20};

    private static List<Scoring.ItemInput> items(boolean item8Applies, double... onSite) {
        List<Scoring.ItemInput> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean applies = i < 7 || item8Applies;
            out.add(new Scoring.ItemInput(i + 1, "item " + (i + 1), BigDecimal.valueOf(MAX[i]), applies,
                    applies ? BigDecimal.valueOf(onSite[i]) : null, BigDecimal.ZERO));
        }
        return out;
    }

    private static Scoring.Result score(List<Scoring.ItemInput> items, double bonus, double deduction, String... zero) {
        return Scoring.score(new Scoring.Input(items, BigDecimal.valueOf(bonus), new BigDecimal("5"),
                BigDecimal.valueOf(deduction), new BigDecimal("10"), List.of(zero)));
    }

    @Test
    void prefectureGovernmentIsScoredOnAllEightItemsOutOf100() {
        // 137号 第十一条 百分制: a 市州 government is assessed on items 1–8 (item 8 "此项为市、州政府考核内容")
        Scoring.Result r = score(items(true, 9, 8, 9, 18, 8, 9, 8, 17), 0, 0);
        assertEquals(new BigDecimal("100"), r.applicableMax());
        assertEquals(new BigDecimal("86.0"), r.total());
        assertEquals(Grade.GOOD, r.grade());
        assertEquals(8, r.items().size());
    }

    @Test
    void notApplicableItemEightIsNeitherFreePassNorZeroButScaledTo100() {
        // 附件 item 8 备注: only for 市州 governments; a department is scored on 80 points scaled to 100
        Scoring.Result r = score(items(false, 9, 8, 9, 18, 8, 9, 8, 0), 0, 0);
        assertEquals(new BigDecimal("80"), r.applicableMax());
        assertEquals(new BigDecimal("69"), r.rawSum().stripTrailingZeros());
        assertEquals(new BigDecimal("86.2"), r.total(), "69 × 100 / 80 = 86.25 → shown 86.2 (cut, never rounded up)");
        // a free pass would give 89.0, a zero 69.0
        assertFalse(r.items().get(7).applicable());
        assertNull(r.items().get(7).counted());
    }

    @Test
    void routineRecordsAdjustTheirItemWithinItsMaximum() {
        // 137号 第九条: 日常考核 findings 在年度考核时核减或核加相应考核项目分数
        List<Scoring.ItemInput> in = new ArrayList<>(items(true, 10, 8, 9, 18, 8, 9, 8, 17));
        in.set(0, new Scoring.ItemInput(1, "组织领导", BigDecimal.TEN, true, BigDecimal.TEN, new BigDecimal("2")));
        in.set(3, new Scoring.ItemInput(4, "政府信息公开", new BigDecimal("20"), true, new BigDecimal("18"),
                new BigDecimal("-3")));
        Scoring.Result r = score(in, 0, 0);
        assertEquals(new BigDecimal("10"), r.items().get(0).counted(), "capped at the item maximum 10");
        assertEquals(new BigDecimal("15"), r.items().get(3).counted());
        assertEquals(new BigDecimal("84.0"), r.total());
    }

    @Test
    void bonusAndDeductionAreOutsideTheHundredAndCapped() {
        // 附件 items 9/10 备注: 不在总分内，但得分可计入（减）总分
        Scoring.Result r = score(items(true, 10, 10, 10, 20, 10, 10, 10, 18), 6, 0);
        assertEquals(new BigDecimal("98.0"), r.base());
        assertEquals(new BigDecimal("5.0"), r.bonus(), "bonus capped at 5");
        assertEquals(new BigDecimal("103.0"), r.total(), "the total may exceed 100");
        Scoring.Result d = score(items(true, 9, 8, 9, 18, 8, 9, 8, 17), 2, 4);
        assertEquals(new BigDecimal("84.0"), d.total(), "86 + 2 − 4");
        assertEquals(Grade.GOOD, d.grade());
    }

    @Test
    void deductionCanPushAGradeDown() {
        Scoring.Result r = score(items(true, 9, 8, 9, 18, 8, 9, 8, 17), 0, 8);
        assertEquals(new BigDecimal("78.0"), r.total());
        assertEquals(Grade.PASS, r.grade());
    }

    @Test
    void zeroOutFindingForcesFailWhateverTheScore() {
        // 137号 第十三条: 弄虚作假的, 考核结果直接记为不合格档次 (附件 item 11 直接归零项)
        Scoring.Result r = score(items(true, 10, 10, 10, 20, 10, 10, 10, 20), 5, 0, "自查材料弄虚作假");
        assertTrue(r.zeroedOut());
        assertEquals(new BigDecimal("105.0"), r.scoreBeforeZeroOut());
        assertEquals(new BigDecimal("0.0"), r.total());
        assertEquals(Grade.FAIL, r.grade());
        assertEquals("不合格", r.gradeLabel());
    }

    @Test
    void departmentScoreOnTheBoundaryIsGradedOnTheExactTotal() {
        // 71.92 / 80 × 100 = 89.9 → 良好; 47.6 / 80 × 100 = 59.5 → 不合格 (第十一条 不足60分)
        assertEquals(Grade.GOOD, score(items(false, 10, 10, 10, 20, 10, 10, 1.92, 0), 0, 0).grade());
        Scoring.Result fail = score(items(false, 6, 6, 6, 12, 6, 6, 5.6, 0), 0, 0);
        assertEquals(new BigDecimal("59.5"), fail.total());
        assertEquals(Grade.FAIL, fail.grade());
    }

    @ParameterizedTest(name = "137号 第十一条: {0} → {1}")
    @CsvSource({"59.5,FAIL", "59.94,FAIL", "60,PASS", "60.0,PASS", "79.9,PASS", "80,GOOD", "89.9,GOOD",
            "79.94,PASS", "79.99,PASS", "89.94,GOOD", "89.99,GOOD", "59.99,FAIL", "90,EXCELLENT", "103,EXCELLENT", "0,FAIL"})
    void gradeBoundariesOnTheExactTotalNeverMovedByRounding(String score, Grade expected) {
        // 第十一条 on the exact total: [90,∞) 优秀, [80,90) 良好, [60,80) 合格, else 不合格; 89.99 is not 90
        assertEquals(expected, Grade.of(new BigDecimal(score)));
    }

    @ParameterizedTest(name = "shown {0} → {1}")
    @CsvSource({"89.99,89.9", "79.99,79.9", "59.99,59.9", "93.75,93.7", "90,90.0"})
    void theShownTotalIsCutToOneDecimalSoItAgreesWithTheGrade(String exact, String shown) {
        assertEquals(new BigDecimal(shown), Grade.shown(new BigDecimal(exact)));
        assertEquals(Grade.of(new BigDecimal(exact)), Grade.of(Grade.shown(new BigDecimal(exact))));
    }

    @Test
    void anExactEightyNinePointNineNineStaysGoodAndShowsEightyNinePointNine() {
        // a prefecture: 89.99 points on the 100 (line scores with two decimals reach Scoring only from this test:
        // the API refuses them); before, the total was rounded half-up to 90.0 and graded 优秀
        Scoring.Result r = score(items(true, 10, 10, 10, 20, 10, 10, 9.99, 10), 0, 0);
        assertEquals(new BigDecimal("89.99"), r.exactTotal());
        assertEquals(new BigDecimal("89.9"), r.total());
        assertEquals(Grade.GOOD, r.grade());
        assertTrue(r.rounding().contains("never rounded up"));
    }

    @Test
    void aDepartmentShowsItsRawScoreOutOfEightyBesideTheScaledFigure() {
        Scoring.Result r = score(items(false, 10, 10, 10, 20, 10, 10, 5, 0), 0, 0);
        assertTrue(r.scaled());
        assertEquals("75.0 / 80 → 93.7 / 100 (scaled: items that do not apply are left out, 137号 第十一条 百分制)",
                r.rawScore());
        assertTrue(score(items(true, 10, 10, 10, 20, 10, 10, 10, 10), 0, 0).rawScore().endsWith("(no scaling)"));
    }

    @Test
    void entryPrecisionIsOneDecimal() {
        assertTrue(Grade.fitsEntryScale(new BigDecimal("1.5")));
        assertTrue(Grade.fitsEntryScale(new BigDecimal("1.50")));
        assertFalse(Grade.fitsEntryScale(new BigDecimal("0.99")));
        assertFalse(Grade.fitsEntryScale(new BigDecimal("0.30000000000000004")));
    }

    private static DisclosureTimeliness.Outcome timeliness(long published, long onTime, BigDecimal assessor) {
        DisclosureTimeliness.Rule rule = new DisclosureTimeliness.Rule(121L, 4, 1, new BigDecimal("12"),
                new BigDecimal("100.0"));
        return DisclosureTimeliness.apply(rule, new DisclosureTimeliness.Evidence(java.time.LocalDate.parse("2018-01-10"),
                published, published, onTime, published - onTime, 0), assessor);
    }

    @Test
    void theTwentyWorkingDayRuleScoresItemFourLineOneWhenNoAssessorDid() {
        // 137号 附件 第4项: on-site item 4 holds only line 2 (8 of 8); 3 of 4 on time → 75 % of 12 = 9 → item 4 = 17
        List<Scoring.ItemInput> in = new ArrayList<>(items(false, 10, 10, 10, 8, 10, 10, 10, 0));
        Scoring.Result r = Scoring.score(new Scoring.Input(in, BigDecimal.ZERO, new BigDecimal("5"), BigDecimal.ZERO,
                new BigDecimal("10"), List.of(), timeliness(4, 3, null)));
        assertEquals(new BigDecimal("17"), r.items().get(3).counted().stripTrailingZeros());
        assertTrue(r.items().get(3).note().contains("20-working-day rule"));
        assertEquals(new BigDecimal("96.2"), r.total(), "77 × 100 / 80 = 96.25 → shown 96.2 (cut)");
        assertEquals(new BigDecimal("75.0"), r.timeliness().rate());
        assertEquals(4, r.timeliness().counted());
    }

    @Test
    void anAssessorsScoreOfTheRuleLineIsNotAddedTwice() {
        // the assessor scored line 1 (11) and line 2 (8): on-site 19 already; the rule's 9 is shown, not added
        List<Scoring.ItemInput> in = new ArrayList<>(items(false, 10, 10, 10, 19, 10, 10, 10, 0));
        Scoring.Result r = Scoring.score(new Scoring.Input(in, BigDecimal.ZERO, null, BigDecimal.ZERO, null, List.of(),
                timeliness(4, 3, new BigDecimal("11"))));
        assertEquals(new BigDecimal("19"), r.items().get(3).counted().stripTrailingZeros());
        assertEquals(DisclosureTimeliness.Applied.ASSESSOR, r.timeliness().applied());
        assertEquals(new BigDecimal("9.0"), r.timeliness().computedPoints());
        assertNull(r.items().get(3).note());
    }

    @Test
    void breakdownCarriesTheRuleSoAnyoneCanRecompute() {
        Scoring.Result r = score(items(true, 9, 8, 9, 18, 8, 9, 8, 17), 0, 0);
        assertTrue(r.rule().contains("× 100 / Σ applicable item maxima"));
    }
}
