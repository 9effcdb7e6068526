package gov.qinghai.followup.common.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import gov.qinghai.followup.common.testing.ReadBack;
import gov.qinghai.followup.common.testing.ReadBack.Glyph;

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

    // ---------------------------------------------------------------- GB/T 9704-2012 版头, 页码, wide tables

    static final float MM = 72f / 25.4f;

    /**
     * A report whose table has 14 columns of long headings, names, amounts and notes: wider than the portrait 版心
     * (156 mm) at any legible size, and long enough for several pages.
     */
    static OfficialDocument wide() {
        List<String> header = List.of("序号", "责任单位", "项目名称", "总投资额（亿元）", "已到位资金（亿元）", "资金到位率（%）",
                "履约率（%）", "开工率（%）", "2017年底目标履约率（%）", "2018年5月底目标开工率（%）", "签约日期", "项目编号",
                "对照目标", "存在问题");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(List.of(String.valueOf(i), i % 2 == 0 ? "西宁经济技术开发区管委会" : "柴达木循环经济试验区管委会",
                    "第十八届青洽会签约项目" + i + "号锂电池正极材料生产线", "123456789." + (10 + i), "98765." + (10 + i),
                    "0.08" + i, "71.05", "50.00", "70", "80", "2017-07-0" + (i % 9 + 1), "QHZF-2017-" + (10000 + i),
                    i % 3 == 0 ? "滞后风险" : "已达标", "项目用地手续尚未办结，资金来源未落实，需省经济和信息化委员会协调" + i));
        }
        return new OfficialDocument("关于第十八届青洽会签约项目推进落实情况的报告", "省政府", List.of(
                new OfficialDocument.Heading("一、总体进展"),
                new OfficialDocument.Paragraph("截至2017年12月31日，履约率达到75.00%，开工率达到50.00%，资金到位率达到"
                        + "15.00%，均达到2017年底的目标。"),
                new OfficialDocument.Table("表1 签约项目推进情况", header, rows),
                new OfficialDocument.Heading("二、下一步工作")), List.of(), "青海省经济和信息化委员会",
                LocalDate.of(2018, 1, 5), "报告");
    }

    @Test
    void theDocxOpensWithTheRedLetterheadOverARedLineAndNumbersOddPagesRightAndEvenPagesLeft() throws Exception {
        byte[] docx = DocxWriter.write(sample());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph head = doc.getParagraphs().get(0);
            assertEquals("青海省人民政府办公厅", head.getText());
            assertEquals(ParagraphAlignment.CENTER, head.getAlignment());
            head.getRuns().forEach(r -> assertEquals("FF0000", r.getColor(), "the 发文机关标志 is red"));
            var line = head.getCTP().getPPr().getPBdr().getBottom();
            assertEquals("FF0000", line.xgetColor().getStringValue(), "the 分隔线 under it is red");
            assertEquals("关于第十八届青洽会签约项目推进落实情况的报告", doc.getParagraphs().get(1).getText());

            var policy = doc.getHeaderFooterPolicy();
            XWPFFooter odd = policy.getDefaultFooter();
            XWPFFooter even = policy.getEvenPageFooter();
            assertNotNull(odd);
            assertNotNull(even);
            assertEquals(ParagraphAlignment.RIGHT, odd.getParagraphs().get(0).getAlignment());
            assertEquals(ParagraphAlignment.LEFT, even.getParagraphs().get(0).getAlignment());
            for (XWPFFooter f : List.of(odd, even)) {
                String xml = f.getParagraphs().get(0).getCTP().xmlText();
                assertTrue(xml.contains("fldCharType=\"begin\"") && xml.contains(" PAGE ")
                        && xml.contains("fldCharType=\"end\""), "a PAGE field: " + xml);
                assertEquals("— 1 —", f.getText().strip());
            }
        }
        assertTrue(entry(docx, "word/settings.xml").contains("evenAndOddHeaders"), "odd and even pages differ");
    }

    @Test
    void aDocumentWithoutLetterheadStartsWithItsTitle() throws Exception {
        OfficialDocument s = sample();
        OfficialDocument bare = new OfficialDocument(s.title(), s.recipient(), s.body(), s.attachments(), s.issuer(),
                s.date(), s.fileName(), null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(bare)))) {
            assertEquals(s.title(), doc.getParagraphs().get(0).getText());
        }
        List<Glyph> glyphs = ReadBack.pdfGlyphs(PdfWriter.write(bare, FONT));
        assertTrue(glyphs.stream().noneMatch(Glyph::red), "nothing red without a 版头");
    }

    @Test
    void thePdfHeadsPageOneWithTheRedLetterheadAndNumbersOddPagesRightAndEvenPagesLeft() throws Exception {
        byte[] pdf = PdfWriter.write(wide(), FONT);
        List<Glyph> glyphs = ReadBack.pdfGlyphs(pdf);
        List<Glyph> first = glyphs.stream().filter(g -> g.page() == 1).toList();
        String head = String.join("", first.subList(0, 10).stream().map(Glyph::text).toList());
        assertEquals("青海省人民政府办公厅", head, "the page opens with the 发文机关标志");
        first.subList(0, 10).forEach(g -> assertTrue(g.red(), g.text() + " is red"));
        Glyph title = first.get(10);
        assertTrue(title.y() > first.get(0).y() && !title.red(), "the black title under it");

        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        assertTrue(pages >= 3, pages + " pages");
        for (int p = 1; p <= pages; p++) {
            int page = p;
            List<Glyph> on = glyphs.stream().filter(g -> g.page() == page).toList();
            String label = "— " + p + " —";
            List<Glyph> number = on.subList(on.size() - label.length(), on.size());
            assertEquals(label, String.join("", number.stream().map(Glyph::text).toList()),
                    "page " + p + " ends with its number");
            Glyph any = number.get(0);
            boolean landscape = any.pageWidth() > any.pageHeight();
            float left = landscape ? (297 - 225) / 2f * MM : 28 * MM;
            float right = left + (landscape ? 225 : 156) * MM;
            if (p % 2 == 1) {
                Glyph last = number.get(number.size() - 1);
                assertEquals(right - 14, last.x() + last.width(), 1, "odd page " + p + ": at the right, a character in");
            } else {
                assertEquals(left + 14, any.x(), 1, "even page " + p + ": at the left, a character in");
            }
            float bottom = landscape ? PdfWriter.LANDSCAPE.bottom() : PdfWriter.PORTRAIT.bottom();
            assertTrue(any.y() > any.pageHeight() - bottom, "page " + p + ": its number is under the 版心");
        }
    }

    @Test
    void aTableWiderThanThePortraitPageGoesLandscapeWithEveryCellWholeAndOnThePage() throws Exception {
        OfficialDocument d = wide();
        OfficialDocument.Table table = (OfficialDocument.Table) d.body().get(2);
        byte[] pdf = PdfWriter.write(d, FONT);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/wide-table.pdf"), pdf); // to look at
        List<Glyph> glyphs = ReadBack.pdfGlyphs(pdf).stream().filter(g -> !g.text().isBlank()).toList();
        StringBuilder stream = new StringBuilder();
        glyphs.forEach(g -> stream.append(g.text()));
        assertEquals(glyphs.size(), stream.length(), "one character per glyph");
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.header());
        cells.addAll(table.rows());
        int from = stream.indexOf("表1签约项目推进情况");
        assertTrue(from >= 0, "the caption");
        for (List<String> row : cells) {
            for (String cell : row) {
                String text = ReadBack.flat(cell);
                int at = stream.indexOf(text, from);
                assertTrue(at >= 0, "cell " + cell + " is in the PDF, whole and in order");
                List<Glyph> its = glyphs.subList(at, at + text.length());
                for (Glyph g : its) {
                    assertTrue(g.onPage(), cell + ": " + g + " lies on its page");
                    assertTrue(g.pageWidth() > g.pageHeight(), cell + " is on a landscape page");
                }
                if (text.matches("[0-9.%-]+|[A-Z0-9-]+")) {
                    assertEquals(1, its.stream().map(Glyph::y).distinct().count(), cell + " is not broken");
                }
                from = at + text.length();
            }
        }
        // nothing runs over its cell into the next: no two glyphs on one line overlap
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        for (int i = 1; i < sorted.size(); i++) {
            Glyph a = sorted.get(i - 1);
            Glyph b = sorted.get(i);
            if (a.page() == b.page() && Math.abs(a.y() - b.y()) < 0.5) {
                assertTrue(a.x() + a.width() <= b.x() + 0.5, a + " overlaps " + b);
            }
        }
        assertTrue(stream.indexOf("二、下一步工作", from) > 0, "the text after the table");
        Glyph after = glyphs.get(stream.indexOf("二、下一步工作", from));
        assertTrue(after.pageHeight() > after.pageWidth(), "the text after the table is on a portrait page again");
    }

    @Test
    void aNumberOrLatinWordIsOnePieceAndEveryChineseCharacterItsOwn() {
        assertEquals(List.of("履", "约", "率", "75.00%", "，", "编", "号", "QHZF-2017-10001", " ", "ok"),
                PdfWriter.units("履约率75.00%，编号QHZF-2017-10001 ok"));
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing");
    }
}
