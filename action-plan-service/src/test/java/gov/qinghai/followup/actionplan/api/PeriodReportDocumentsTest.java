package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.ReadBack;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The offensive's quarterly report (135号) as DOCX, PDF and XLSX, read back with POI and PDFBox: title, 主送, the
 * notice's words, status labels, every figure of the JSON version, the 责任清单和完成时限表 and the charts' series.
 */
@QuarkusTest
class PeriodReportDocumentsTest {
    // 2020-Q2: a quarter no other test stores
    private static final String URL = "/api/v1/period-reports/quarterly/2020-Q2";

    @Test
    void theQuarterlyReportIsADocumentWithEveryFigureOfItsJsonAndChartsOfStatusByGroupAndLaggingUnits() {
        as(Tokens.admin()).contentType("application/json").body(Map.of("reason", "documents"))
                .post(URL + "/regenerate").then().statusCode(201);
        String json = as(Tokens.viewer()).queryParam("size", 100).get(URL).then().statusCode(200).extract().asString();
        Map<String, String> figures = ReadBack.figures(json, p -> p.equals("version") || p.equals("supersededBy")
                || p.startsWith("tasks.page") || p.startsWith("tasks.size") || p.startsWith("tasks.total"));
        assertTrue(figures.size() > 50, figures.toString());

        byte[] docx = as(Tokens.viewer()).queryParam("format", "docx").get(URL).then().statusCode(200)
                .contentType(PeriodReportDocs.DOCX).extract().asByteArray();
        byte[] pdf = as(Tokens.viewer()).accept("application/pdf").get(URL).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        for (String text : List.of(ReadBack.docxText(docx), ReadBack.pdfText(pdf))) {
            String flat = ReadBack.flat(text);
            for (String s : List.of("关于“夏秋季攻势”专项行动推进落实情况的报告", "省政府：", "一、任务总体进展", "二、滞后单位",
                    "列出责任清单和完成时限表，以时间倒逼进度", "对行动不坚决、落实不得力、整改不到位的，及时约谈、严肃追责",
                    "附件：责任清单和完成时限表", "逾期未完成", "任务序号", "完成时限", "青海省人民政府督查室")) {
                assertTrue(flat.contains(s), s + " in " + text);
            }
            assertEquals(Map.of(), ReadBack.missing(figures, text), text);
            assertFalse(flat.contains("OVERDUE"), text);
        }
        assertEquals(List.of(), ReadBack.pdfFontsNotEmbedded(pdf));

        List<ReadBack.ChartData> charts = ReadBack.docxCharts(docx);
        assertEquals("图1 各组任务状态（项）", charts.get(0).title());
        assertEquals(4, charts.get(0).categories().size());
        // every task of the offensive is in one status: the bars of a group add up to its tasks (13+7+18+12)
        double all = charts.get(0).series().values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
        assertEquals(50.0, all);
        assertTrue(charts.get(0).series().containsKey("逾期未完成"));
        assertEquals(charts, ReadBack.xlsxCharts(as(Tokens.viewer()).queryParam("format", "xlsx").get(URL).then()
                .statusCode(200).extract().asByteArray()));
    }

    /** The media types the period-reports API serves documents as. */
    static final class PeriodReportDocs {
        static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
}
