package gov.qinghai.followup.common.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * An {@link OfficialDocument} as DOCX (what offices edit before sending) after GB/T 9704-2012: A4, 天头 37 mm, 订口
 * 28 mm, 版心 156 × 225 mm (5.2); 标题 2号小标宋 centred (7.3.1); 主送机关 and 正文 3号仿宋, 一级标题 黑体 (7.3.2,
 * 7.3.3); 附件说明 under the 正文 (7.3.4); 发文机关署名 and 成文日期 at the end (7.3.5); 页码 4号 "— 1 —" under the 版心
 * (7.5: odd pages right, even pages left, one character in from the 版心's edge); 版头 (7.2): 发文机关标志 in red,
 * centred, 35 mm under the 版心's top edge, over a red 分隔线 as wide as the 版心. Fonts are named, not embedded: Word and WPS on a government PC have 仿宋_GB2312 and 方正小标宋简体; elsewhere
 * they fall back to a Song/Hei face. Charts are native Word charts with their data in the embedded workbook.
 */
public final class DocxWriter {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String TABLE_FONT = "宋体";
    /** The red of the 版头 (GB/T 9704-2012 7.2.3, 7.2.4). */
    static final String RED = "FF0000";
    /** One line of the 版心 (225 mm / 22 lines) in twips. */
    private static final int LINE_TWIPS = (int) Math.round(225 * 1440 / 25.4 / 22);
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** EMU per millimetre (charts). */
    private static final int EMU_PER_MM = 36000;

    private DocxWriter() {
    }

    public static byte[] write(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            if (d.letterhead() != null) {
                letterhead(doc, d.letterhead());
            }
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(560);
            if (d.letterhead() != null) {
                title.setSpacingBefore(2 * LINE_TWIPS); // 红色分隔线下空二行 (GB/T 9704-2012 7.3.1)
            }
            run(title, d.title(), TITLE_FONT, 22, true);
            if (d.recipient() != null) {
                run(doc.createParagraph(), d.recipient() + "：", BODY_FONT, 16, false);
            }
            for (OfficialDocument.Block b : d.body()) {
                if (b instanceof OfficialDocument.Heading h) {
                    body(doc, h.text(), HEADING_FONT);
                } else if (b instanceof OfficialDocument.Paragraph p) {
                    body(doc, p.text(), BODY_FONT);
                } else if (b instanceof OfficialDocument.Table t) {
                    table(doc, t);
                } else if (b instanceof OfficialDocument.Chart c) {
                    chart(doc, c);
                }
            }
            attachments(doc, d.attachments());
            XWPFParagraph issuer = doc.createParagraph();
            issuer.setAlignment(ParagraphAlignment.RIGHT);
            issuer.setSpacingBefore(640);
            issuer.setIndentationRight(640);
            run(issuer, d.issuer(), BODY_FONT, 16, false);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            date.setIndentationRight(640);
            run(date, OfficialDocument.chineseDate(d.date()), BODY_FONT, 16, false);
            pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(210)));
        size.setH(BigInteger.valueOf(twips(297)));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(twips(37)));
        mar.setLeft(BigInteger.valueOf(twips(28)));
        mar.setRight(BigInteger.valueOf(twips(210 - 28 - 156)));
        mar.setBottom(BigInteger.valueOf(twips(297 - 37 - 225)));
        mar.setFooter(BigInteger.valueOf(twips(297 - 37 - 225 - 7 - 5)));
    }

    /**
     * 版头 (GB/T 9704-2012 7.2): the 发文机关标志 centred in red 小标宋, its top 35 mm under the 版心's top edge (7.2.3),
     * and 4 mm under it the red 分隔线 as wide as the 版心 (7.2.4), drawn as the paragraph's bottom border.
     */
    private static void letterhead(XWPFDocument doc, String office) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore((int) twips(35));
        p.setSpacingAfter(0);
        run(p, office, TITLE_FONT, 36, false).setColor(RED);
        var border = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var bottom = (border.isSetPBdr() ? border.getPBdr() : border.addNewPBdr()).addNewBottom();
        bottom.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(18)); // eighths of a point: 2.25 pt
        bottom.setSpace(BigInteger.valueOf(Math.round(4 * 72 / 25.4))); // points: 4 mm
        bottom.setColor(RED);
    }

    private static long twips(double mm) {
        return Math.round(mm * TWIPS_PER_MM);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void body(XWPFDocument doc, String text, String font) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, text, font, 16, false);
    }

    private static void table(XWPFDocument doc, OfficialDocument.Table t) {
        if (t.caption() != null) {
            XWPFParagraph cap = doc.createParagraph();
            cap.setAlignment(ParagraphAlignment.CENTER);
            cap.setSpacingBefore(240);
            run(cap, t.caption(), HEADING_FONT, 12, false);
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        fill(table, 0, t.header(), true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table, r + 1, t.rows().get(r), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTable table, int row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = table.getRow(row).getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c), TABLE_FONT, 10, bold);
        }
    }

    private static void chart(XWPFDocument doc, OfficialDocument.Chart c) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        int rows = c.categories().size() * c.series().size();
        int height = Math.max(70, Math.min(200, 18 + rows * 6));
        XWPFChart chart = doc.createChart(doc.createParagraph().createRun(), 156 * EMU_PER_MM, height * EMU_PER_MM);
        plot(chart, c);
        doc.createParagraph();
    }

    /** The chart's series into a Word or Excel chart, with their data in the chart's own workbook (POI XDDF). */
    static void plot(XDDFChart chart, OfficialDocument.Chart c) {
        chart.setTitleText(c.unit() == null ? c.title() : c.title() + "（" + c.unit() + "）");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.TOP);
        XDDFCategoryAxis cats = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, cats, values);
        data.setBarDirection(BarDirection.BAR);
        int n = c.categories().size();
        String[] names = c.categories().toArray(String[]::new);
        var catSource = XDDFDataSourcesFactory.fromArray(names, chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int s = 0; s < c.series().size(); s++) {
            OfficialDocument.Series series = c.series().get(s);
            Double[] v = series.values().stream().map(x -> x == null ? null : x.doubleValue()).toArray(Double[]::new);
            var valSource = XDDFDataSourcesFactory.fromArray(v,
                    chart.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
            XDDFChartData.Series added = data.addSeries(catSource, valSource);
            added.setTitle(series.name(), chart.setSheetTitle(series.name(), s + 1));
        }
        data.setVaryColors(false);
        chart.plot(data);
        {
            // value labels on the bars: the figure is read, not estimated from the bar's length
            for (int s = 0; s < data.getSeriesCount(); s++) {
                var ser = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(s);
                // a series without any figure (no 市州 reported yet) still says how many points it has
                var cache = ser.getVal().getNumRef().getNumCache();
                if (!cache.isSetPtCount()) {
                    cache.addNewPtCount().setVal(n);
                }
                var labels = ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls();
                labels.addNewShowVal().setVal(true);
                labels.addNewShowLegendKey().setVal(false);
                labels.addNewShowCatName().setVal(false);
                labels.addNewShowSerName().setVal(false);
                labels.addNewShowPercent().setVal(false);
                labels.addNewShowBubbleSize().setVal(false);
            }
        }
    }

    private static void attachments(XWPFDocument doc, List<String> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            if (i == 0) {
                p.setSpacingBefore(320);
                p.setFirstLineIndent(640);
            } else {
                p.setIndentationLeft(640 + 3 * 320);
            }
            String prefix = i == 0 ? "附件：" : "";
            run(p, prefix + (attachments.size() > 1 ? (i + 1) + ". " : "") + attachments.get(i), BODY_FONT, 16, false);
        }
    }

    /**
     * 页码 (GB/T 9704-2012 7.5): "— 1 —" in 4号 (14 pt) 半角 Arabic numerals under the 版心, odd pages at the right and
     * even pages at the left, one character (14 pt) in from the 版心's edge: two footers, odd and even, with a PAGE
     * field each.
     */
    private static void pageNumbers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        run(p, "— ", TABLE_FONT, 14, false);
        run(p, "", TABLE_FONT, 14, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, "", TABLE_FONT, 14, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, "", TABLE_FONT, 14, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", TABLE_FONT, 14, false);
        run(p, "", TABLE_FONT, 14, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", TABLE_FONT, 14, false);
    }
}
