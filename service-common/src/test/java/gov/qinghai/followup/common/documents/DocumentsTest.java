package gov.qinghai.followup.common.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import gov.qinghai.followup.common.testing.ReadBack;

/** The shared renderer: a document's every part is in its DOCX and PDF, charts read back as their series. */
class DocumentsTest {
    static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    static OfficialDocument sample() {
        OfficialDocument.Chart chart = new OfficialDocument.Chart("各市州履约率", "%", List.of("西宁市", "海西州"),
                List.of(new OfficialDocument.Series("履约率", List.of(new BigDecimal("71.05"), new BigDecimal("40.00"))),
                        new OfficialDocument.Series("2017年底目标", List.of(new BigDecimal("70"), new BigDecimal("70")))));
        return new OfficialDocument("关于第十八届青洽会签约项目推进落实情况的报告", "省政府", List.of(
                new OfficialDocument.Heading("一、总体进展"),
                new OfficialDocument.Paragraph("截至2017年12月31日，履约率达到70%以上。"),
                new OfficialDocument.Table("表1 各市州履约率", List.of("市州", "履约率（%）"),
                        List.of(List.of("西宁市", "71.05"), List.of("海西州", "40.00"))),
                chart), List.of("责任清单和完成时限表"), "青海省经济和信息化委员会", LocalDate.of(2018, 1, 5), "报告");
    }

    @Test
    void theDocxHoldsTitleRecipientTableAttachmentIssuerDateAndANativeChart() throws Exception {
        byte[] docx = DocxWriter.write(sample());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            for (String s : List.of("关于第十八届青洽会签约项目推进落实情况的报告", "省政府：", "一、总体进展", "西宁市", "71.05",
                    "附件：责任清单和完成时限表", "青海省经济和信息化委员会", "2018年1月5日")) {
                assertTrue(all.contains(s), s + " in " + all);
            }
            var charts = ReadBack.docxCharts(docx);
            assertEquals(1, charts.size());
            assertEquals("各市州履约率（%）", charts.get(0).title());
            assertEquals(List.of("西宁市", "海西州"), charts.get(0).categories());
            assertEquals(List.of(71.05, 40.0), charts.get(0).series().get("履约率"));
            assertEquals(297 * 1440 / 25.4, Double.parseDouble(doc.getDocument().getBody().getSectPr().getPgSz().getH().toString()), 1);
            assertTrue(doc.getFooterList().get(0).getText().contains("—"));
        }
    }

    @Test
    void thePdfEmbedsItsChineseFontAndItsTextAndChartFiguresExtract() throws Exception {
        byte[] pdf = PdfWriter.write(sample(), FONT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = ReadBack.flat(new PDFTextStripper().getText(doc));
            for (String s : List.of("关于第十八届青洽会签约项目推进落实情况的报告", "省政府：", "一、总体进展", "各市州履约率",
                    "71.05", "40.00", "2017年底目标", "附件：责任清单和完成时限表", "2018年1月5日", "—1—")) {
                assertTrue(text.contains(s), s + " in " + text);
            }
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                assertTrue(f.isEmbedded(), f.getName());
            }
        }
    }

    @Test
    void anXlsxGetsASheetWithNativeCharts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "t", "1.0")) {
            wb.newWorksheet("表").value(0, 0, "市州");
        }
        byte[] xlsx = XlsxCharts.append(out.toByteArray(), sample().charts());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("市州", wb.getSheet("表").getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of(List.of(70.0, 70.0)), ReadBack.xlsxCharts(xlsx).stream()
                    .map(c -> c.series().get("2017年底目标")).toList());
        }
    }
}
