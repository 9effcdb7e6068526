package gov.qinghai.followup.common.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.problem.ProblemLanguage;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

/**
 * The one export bound: refused above the limit with the one problem naming field, limit and rows, and how to get the
 * data within it, in the request's language (Chinese unless English is asked for).
 */
class ExportLimitTest {
    @Test
    void anExportAtTheLimitPasses() {
        new ExportLimit(5000).check(5000, "area", ExportLimit.onePerRequest("?area=", "试点内容"));
    }

    @Test
    void anExportAboveTheLimitIsRefusedWithExportTooLargeNamingFieldLimitAndRows() {
        HttpProblem p = assertThrows(HttpProblem.class,
                () -> new ExportLimit(5000).check(5001, "year", ExportLimit.unsplittable("2017")));
        assertEquals(422, p.getStatusCode());
        assertEquals("/problems/export-too-large", p.getType().toString());
        assertEquals("year", p.getParameters().get("field"));
        assertEquals(5000L, p.getParameters().get("limit"));
        assertEquals(5001L, p.getParameters().get("rows"));
        assertTrue(p.getDetail().contains("5001 rows; one export holds at most 5000"), p.getDetail());
        assertTrue(p.getDetail().endsWith("the 2017 report is not split: raise EXPORT_MAX_ROWS"), p.getDetail());
    }

    @Test
    void theRefusalAndItsHintAreChineseByDefaultAndEnglishWhenAsked() {
        HttpProblem p = assertThrows(HttpProblem.class,
                () -> new ExportLimit(10).check(11, "prefecture", ExportLimit.onePerRequest("?prefecture=", "市州")));
        Detail detail = (Detail) p.getParameters().get(Problems.DETAIL_KEY);
        assertEquals("导出将有 11 行，一次导出最多 10 行（EXPORT_MAX_ROWS）：请用 ?prefecture= 每次导出一个市州",
                detail.render(ProblemLanguage.negotiate(null)));
        assertEquals("the export would hold 11 rows; one export holds at most 10 (EXPORT_MAX_ROWS): export one 市州 at a "
                + "time with ?prefecture=", detail.render(ProblemLanguage.negotiate("en")));
    }

    @Test
    void everyHintHasAChineseText() {
        for (var hint : java.util.List.of(ExportLimit.readAsJson("2017-Q4"), ExportLimit.narrowWith("fairId, unitId"),
                ExportLimit.onePerRequest("?area=", "试点内容"), ExportLimit.coarser("by=PREFECTURE, by=NONE"),
                ExportLimit.unsplittable("2017"))) {
            String zh = hint.render(ProblemLanguage.ZH);
            assertTrue(zh.startsWith("请") || zh.contains("请调高"), zh);
            assertTrue(!hint.render(ProblemLanguage.EN).equals(zh), zh);
        }
    }
}
