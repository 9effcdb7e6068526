package gov.qinghai.followup.transparency.api;

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
 * The annual result and the annual bulletin (137号 第十一条, 第九条) as DOCX, PDF and XLSX, read back with POI and
 * PDFBox: title, 主送, the grade bands quoted, Chinese labels, every figure of the JSON version and the charts' series.
 * The annual result of a concluded round is checked in {@link AssessmentWorkflowTest} (it needs the whole round).
 */
@QuarkusTest
class PeriodReportDocumentsTest {
    // 2020: a year no other test stores (PeriodReportsTest builds 2021)
    private static final String BULLETIN = "/api/v1/period-reports/bulletin/2020";

    @Test
    void theBulletinIsADocumentWithEveryFigureOfItsJsonAndAChartOfProblemsAndAchievements() {
        String name = "省文化厅" + System.nanoTime();
        int s = Api.as(Tokens.admin()).body("{\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}")
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
        Api.as(Tokens.supervisor()).body(Map.of("subjectId", s, "recordedOn", "2020-03-10", "kind", "PROBLEM",
                        "itemNo", 4, "points", -0.5, "description", "政策解读缺失", "method", "SPECIAL_INSPECTION"))
                .post("/api/v1/routine-records").then().statusCode(201);
        Api.as(Tokens.admin()).body(Map.of("reason", "documents")).post(BULLETIN + "/regenerate").then().statusCode(201);
        String json = Api.as(Tokens.viewer()).get(BULLETIN).then().statusCode(200).extract().asString();
        Map<String, String> figures = ReadBack.figures(json, p -> p.equals("version") || p.equals("year"));
        assertTrue(figures.containsValue("-0.5"), figures.toString());

        byte[] docx = Api.as(Tokens.viewer()).queryParam("format", "docx").get(BULLETIN).then().statusCode(200)
                .extract().asByteArray();
        byte[] pdf = Api.as(Tokens.viewer()).queryParam("format", "pdf").get(BULLETIN).then().statusCode(200)
                .extract().asByteArray();
        for (String text : List.of(ReadBack.docxText(docx), ReadBack.pdfText(pdf))) {
            String flat = ReadBack.flat(text);
            for (String w : List.of("关于2020年度政务公开日常考核情况的通报", "各市州人民政府，省政府各委、办、厅、局：",
                    "将发现的问题或成绩记录存档，每年通报一次", name, "政策解读缺失", "问题", "专项检查",
                    "青海省政务公开领导小组办公室")) {
                assertTrue(flat.contains(w), w + " in " + text);
            }
            assertEquals(Map.of(), ReadBack.missing(figures, text), text);
            assertFalse(flat.contains("SPECIAL_INSPECTION"), text);
        }
        assertEquals(List.of(), ReadBack.pdfFontsNotEmbedded(pdf));
        ReadBack.ChartData chart = ReadBack.docxCharts(docx).get(0);
        int row = chart.categories().indexOf(name);
        assertEquals(1.0, chart.series().get("问题条数").get(row));
        assertEquals(0.0, chart.series().get("成绩条数").get(row));
        assertEquals(List.of(chart), ReadBack.xlsxCharts(Api.as(Tokens.viewer()).queryParam("format", "xlsx")
                .get(BULLETIN).then().statusCode(200).extract().asByteArray()));
    }
}
