package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.ReadBack;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quarterly report to the provincial government (134号 五) as DOCX, PDF and XLSX, read back with POI and PDFBox:
 * the notice's title, 主送 and targets, the Chinese labels, every figure of the JSON version, the charts' series.
 */
@QuarkusTest
class PeriodReportDocumentsTest {
    private static final String URL = "/api/v1/period-reports/quarterly/2017-Q4";

    @Test
    void theQuarterlyReportIsADocumentWithEveryFigureOfItsJsonAndChartsOfTheRatesAgainstTheTargets() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-11", true, true, "2").then().statusCode(201);
        report(Tokens.reporter("海西州政府"), fair.project(3), "2017-12", true, false, "1.5").then().statusCode(201);
        given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                .body(Map.of("period", "2017-12", "contractPerformed", true, "constructionStarted", false,
                        "completed", false, "fundsInPlace", "3", "problems", "用地手续尚未办结"))
                .post("/api/v1/projects/" + fair.project(2) + "/reports").then().statusCode(201);
        given().header("Authorization", bearer(Tokens.admin())).queryParam("fairId", fair.id())
                .contentType(ContentType.JSON).body(Map.of("reason", "documents"))
                .post(URL + "/regenerate").then().statusCode(201);

        String json = get(fair, "json", null).asString();
        // figures of the report itself (not the ids and version fields)
        Map<String, String> figures = ReadBack.figures(json, p -> p.equals("fairId") || p.equals("version")
                || p.endsWith(".seq") || p.contains(".previous."));
        assertTrue(figures.containsKey("units[0].rates.contractFulfilmentRate"), figures.toString());

        io.restassured.response.Response docx = get(fair, null, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertTrue(docx.header("Content-Disposition").contains("filename*=UTF-8''"), docx.header("Content-Disposition"));
        String word = ReadBack.docxText(docx.asByteArray());
        byte[] pdf = get(fair, "pdf", null).asByteArray();
        String pdfText = ReadBack.pdfText(pdf);
        // kept for a person to open (and for the README's picture of its first page)
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/documents/134-quarterly.pdf"), pdf);
            java.nio.file.Files.write(java.nio.file.Path.of("target/documents/134-quarterly.docx"), docx.asByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(ReadBack.pdfRawText(pdf).contains("— 1 —"));
        for (String text : List.of(word, pdfText)) {
            String flat = ReadBack.flat(text);
            for (String s : List.of("届青洽会签约项目推进落实情况的报告", "省政府：", "一、总体进展", "二、各责任单位推进情况",
                    "三、各市州推进情况", "四、存在的问题", "到2017年底，第十八届青洽会签约项目履约率、开工率、资金到位率要分别达到70%、50%和15%以上",
                    "西宁市政府", "海西州", "用地手续尚未办结", "已达标", "未达标", "青海省经济和信息化委员会")) {
                assertTrue(flat.contains(s), s + " in " + text);
            }
            assertEquals(Map.of(), ReadBack.missing(figures, text), text);
        }
        assertEquals(List.of(), ReadBack.pdfFontsNotEmbedded(pdf));
        assertTrue(ReadBack.docxText(docx.asByteArray()).contains("— 1 —"));

        List<ReadBack.ChartData> charts = ReadBack.docxCharts(docx.asByteArray());
        assertEquals(2, charts.size());
        ReadBack.ChartData units = charts.get(0);
        assertEquals(List.of("西宁市政府", "海西州政府", "省科技厅"), units.categories());
        assertEquals(List.of(100.0, 100.0, 0.0), units.series().get("履约率"));
        assertEquals(List.of(70.0, 70.0, 70.0), units.series().get("履约率目标（2017-12-31）"));
        assertEquals(List.of(15.0, 15.0, 15.0), units.series().get("资金到位率目标（2017-12-31）"));

        byte[] xlsx = get(fair, "xlsx", null).asByteArray();
        assertEquals(charts, ReadBack.xlsxCharts(xlsx));
        assertTrue(ReadBack.xlsxText(xlsx).contains("已达标"));
    }

    private static io.restassured.response.Response get(Fixtures.TestFair fair, String format, String accept) {
        var req = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id());
        if (format != null) {
            req.queryParam("format", format);
        }
        if (accept != null) {
            req.accept(accept);
        }
        io.restassured.response.Response r = req.get(URL);
        r.then().statusCode(200);
        return r;
    }
}
