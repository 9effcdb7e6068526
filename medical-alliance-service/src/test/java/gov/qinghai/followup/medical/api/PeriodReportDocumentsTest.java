package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.ReadBack;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quarterly report per 市州 (140号) as DOCX, PDF and XLSX, read back with POI and PDFBox: title, 主送, the targets
 * quoted, 已达标/未达标, every figure of the JSON rows and notes, the coverage chart against the 2017 targets.
 */
@QuarkusTest
class PeriodReportDocumentsTest {
    private static final String URL = "/api/v1/period-reports/quarterly/2017-Q4";

    @Test
    void theQuarterlyReportIsADocumentWithEveryFigureOfItsRowsAndACoverageChartAgainstTheTargets() {
        post(Tokens.admin(), URL + "/regenerate", "{\"reason\":\"documents\"}").then().statusCode(201);
        String json = get(Tokens.viewer(), URL).then().statusCode(200).extract().asString();
        // the 市州 table and its notes (the commission's nested breakdowns are in its own sheet and notes)
        Map<String, String> figures = ReadBack.figures(json, p -> !p.startsWith("rows"));
        assertTrue(figures.size() > 40, figures.toString());

        byte[] docx = get(Tokens.viewer(), URL + "?format=docx").then().statusCode(200).extract().asByteArray();
        byte[] pdf = get(Tokens.viewer(), URL + "?format=pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        List<String> notes = JsonPath.from(json).getList("notes");
        for (String text : List.of(ReadBack.docxText(docx), ReadBack.pdfText(pdf))) {
            String flat = ReadBack.flat(text);
            List<String> wanted = new ArrayList<>(List.of("关于全省医疗联合体建设和家庭医生签约服务推进情况的报告", "省政府：",
                    "一、目标要求", "二、各市州推进情况", "各市州至少建成一个有明显成效的医联体",
                    "2017年底，全省家庭医生签约服务覆盖率达到30%，重点人群覆盖率达到60%以上", "西宁市", "玉树州", "全省",
                    "青海省卫生和计划生育委员会"));
            notes.forEach(n -> wanted.add(ReadBack.flat(n)));
            for (String s : wanted) {
                assertTrue(flat.contains(s), s + " in " + text);
            }
            assertEquals(Map.of(), ReadBack.missing(figures, text), text);
        }
        assertEquals(List.of(), ReadBack.pdfFontsNotEmbedded(pdf));

        List<ReadBack.ChartData> charts = ReadBack.docxCharts(docx);
        ReadBack.ChartData coverage = charts.get(0);
        assertEquals(JsonPath.from(json).getList("rows.prefecture"), coverage.categories());
        List<Double> targets = JsonPath.from(json).getList("rows.contractingTargetPct", Float.class).stream()
                .map(f -> f == null ? null : f.doubleValue()).toList();
        assertEquals(targets, coverage.series().get("签约覆盖率目标"));
        assertTrue(targets.contains(30.0), targets.toString());
        assertEquals(charts, ReadBack.xlsxCharts(get(Tokens.viewer(), URL + "?format=xlsx").then().statusCode(200)
                .extract().asByteArray()));
    }
}
