package gov.qinghai.followup.common.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;

/**
 * Reads generated documents back with the libraries that wrote them (POI, PDFBox): their text, their charts' series,
 * whether a PDF's fonts are embedded. Tests compare what they read with the JSON report.
 */
public final class ReadBack {
    private ReadBack() {
    }

    /** A chart as read back: its title and each series' values by category. */
    public record ChartData(String title, List<String> categories, Map<String, List<Double>> series) {
    }

    /** The DOCX's text: paragraphs, tables and footers. */
    public static String docxText(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            StringBuilder all = new StringBuilder(text.getText());
            for (XWPFFooter f : doc.getFooterList()) {
                all.append('\n').append(f.getText());
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ChartData> docxCharts(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<ChartData> out = new ArrayList<>();
            doc.getCharts().forEach(c -> out.add(chart(c)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF's text as PDFBox extracts it (what a reader copies out of it), without the page numbers "— n —" that
     * sit between a page's last line and the next page's first.
     */
    public static String pdfText(byte[] pdf) {
        return pdfRawText(pdf).replaceAll("(?m)^— \\d+ —$", "");
    }

    /**
     * One glyph a PDF shows, as PDFBox reads it: its page (1-based) and that page's size, its text, its box (x from the
     * left, baseline y from the top, in points) and its fill colour as RGB (0–1).
     */
    public record Glyph(int page, float pageWidth, float pageHeight, String text, float x, float y, float width,
                        float height, float[] rgb) {
        /** Whether the glyph lies wholly on its page. */
        public boolean onPage() {
            return x >= 0 && x + width <= pageWidth + 0.01f && y - height >= -0.01f && y <= pageHeight + 0.01f;
        }

        public boolean red() {
            return rgb != null && rgb.length == 3 && rgb[0] > 0.9f && rgb[1] < 0.1f && rgb[2] < 0.1f;
        }
    }

    /** Every glyph of the PDF in the order its pages' content draws them (not sorted by position). */
    public static List<Glyph> pdfGlyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    // the text stripper ignores colours unless told to follow the fill colour operators
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    float[] rgb;
                    try {
                        int packed = getGraphicsState().getNonStrokingColor().toRGB();
                        rgb = new float[] {(packed >> 16 & 0xFF) / 255f, (packed >> 8 & 0xFF) / 255f,
                                (packed & 0xFF) / 255f};
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    var box = getCurrentPage().getMediaBox();
                    out.add(new Glyph(getCurrentPageNo(), box.getWidth(), box.getHeight(), t.getUnicode(),
                            t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(), rgb));
                    super.processTextPosition(t);
                }
            };
            stripper.getText(doc);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text with its page numbers. */
    public static String pdfRawText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every number of a JSON report with its path ({@code units[0].rates.fundsInPlaceRate}), written as the JSON
     * writes it (50.00 stays 50.00), except under the paths {@code skip} accepts (version fields, ids).
     */
    public static Map<String, String> figures(String json, java.util.function.Predicate<String> skip) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
            Map<String, String> out = new LinkedHashMap<>();
            walk(m.readTree(json), "", skip, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(com.fasterxml.jackson.databind.JsonNode n, String path,
                             java.util.function.Predicate<String> skip, Map<String, String> out) {
        if (!path.isEmpty() && skip.test(path)) {
            return;
        }
        if (n.isNumber()) {
            out.put(path, n.decimalValue().toPlainString());
        } else if (n.isObject()) {
            n.fields().forEachRemaining(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    skip, out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "[" + i + "]", skip, out);
            }
        }
    }

    /** The figures (path → number) that {@code text} does not contain, white space ignored. */
    public static Map<String, String> missing(Map<String, String> figures, String text) {
        String flat = flat(text);
        Map<String, String> out = new LinkedHashMap<>();
        figures.forEach((k, v) -> {
            if (!flat.contains(v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The text without any white space: a title or figure wrapped across lines is found whole. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The names of the PDF's fonts that are not embedded (none is what a reader without the font needs). */
    public static List<String> pdfFontsNotEmbedded(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> missing = new ArrayList<>();
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts++;
                    if (!f.isEmbedded()) {
                        missing.add(f.getName());
                    }
                }
            }
            if (fonts == 0) {
                missing.add("(no font at all)");
            }
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of every sheet as text, a line per row, cells separated by tabs. */
    public static String xlsxText(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            StringBuilder all = new StringBuilder();
            for (Sheet s : wb) {
                all.append("[").append(s.getSheetName()).append("]\n");
                for (Row r : s) {
                    for (Cell c : r) {
                        all.append(f.formatCellValue(c)).append('\t');
                    }
                    all.append('\n');
                }
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ChartData> xlsxCharts(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<ChartData> out = new ArrayList<>();
            for (Sheet s : wb) {
                XSSFDrawing d = (XSSFDrawing) s.getDrawingPatriarch();
                if (d != null) {
                    d.getCharts().forEach(c -> out.add(chart(c)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChartData chart(XDDFChart c) {
        String title = c.getTitle() == null ? "" : c.getTitle().getBody().getParagraph(0).getText();
        List<String> categories = new ArrayList<>();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        XDDFChartData data = c.getChartSeries().get(0);
        var ct = c.getCTChart().getPlotArea().getBarChartArray(0);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            XDDFChartData.Series one = data.getSeries(s);
            // values by their index: a point without a figure is absent from the cache (POI reads points by position)
            var cache = ct.getSerArray(s).getVal().getNumRef().getNumCache();
            Double[] byIndex = new Double[(int) cache.getPtCount().getVal()];
            for (var pt : cache.getPtArray()) {
                byIndex[(int) pt.getIdx()] = Double.valueOf(pt.getV());
            }
            List<Double> values = java.util.Arrays.asList(byIndex);
            if (s == 0) {
                for (int i = 0; i < one.getCategoryData().getPointCount(); i++) {
                    categories.add(String.valueOf(one.getCategoryData().getPointAt(i)));
                }
            }
            series.put(ct.getSerArray(s).getTx().getStrRef().getStrCache().getPtArray(0).getV(), values);
        }
        return new ChartData(title, categories, series);
    }
}
