package gov.qinghai.followup.common.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The same {@link OfficialDocument} as PDF, with the Chinese font embedded (a subset of it: the reader needs no font
 * installed) and the same GB/T 9704-2012 page as {@link DocxWriter}: A4, 版心 156 × 225 mm from 天头 37 mm and 订口
 * 28 mm, 22 lines of 3号 text a page, 页码 "— 1 —" 7 mm under the 版心. Charts are vector bars with each value
 * printed beside its bar as text, so a reader (or a test) reads the figures, not the bars' lengths.
 */
public final class PdfWriter {
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float WIDTH = 156 * MM;
    private static final float TOP = PDRectangle.A4.getHeight() - 37 * MM;
    private static final float BOTTOM = PDRectangle.A4.getHeight() - (37 + 225) * MM;
    /** 225 mm / 22 lines (GB/T 9704-2012 5.2.2). */
    private static final float LINE = 225 * MM / 22;
    private static final Color[] SERIES = {new Color(0x2F5597), new Color(0xC55A11), new Color(0x548235),
            new Color(0x7F6000), new Color(0x7030A0)};

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    /** The font file as parsed: a collection or a single font, closed with the document. */
    private final java.io.Closeable fontSource;

    private PdfWriter(File fontFile) throws IOException {
        TrueTypeFont ttf;
        if (fontFile.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection c = new TrueTypeCollection(fontFile);
            fontSource = c;
            ttf = firstOf(c);
        } else {
            ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBufferedFile(fontFile));
            fontSource = ttf;
        }
        font = PDType0Font.load(doc, ttf, true);
    }

    private static TrueTypeFont firstOf(TrueTypeCollection c) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        c.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
    }

    /** The document as PDF with {@code fontFile} (TTF or TTC with TrueType outlines) embedded. */
    public static byte[] write(OfficialDocument d, File fontFile) {
        try {
            PdfWriter w = new PdfWriter(fontFile);
            try (w.doc; w.fontSource) {
                return w.render(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(OfficialDocument d) throws IOException {
        newPage();
        for (String line : wrap(d.title(), 22, WIDTH)) {
            centred(line, 22, y - 22);
            y -= 22 * 1.5f;
        }
        y -= LINE;
        if (d.recipient() != null) {
            paragraph(d.recipient() + "：", 0);
        }
        for (OfficialDocument.Block b : d.body()) {
            if (b instanceof OfficialDocument.Heading h) {
                    paragraph(h.text(), 32);
                } else if (b instanceof OfficialDocument.Paragraph p) {
                    paragraph(p.text(), 32);
                } else if (b instanceof OfficialDocument.Table t) {
                    table(t);
                } else if (b instanceof OfficialDocument.Chart c) {
                    chart(c);
                }
        }
        if (!d.attachments().isEmpty()) {
            y -= LINE / 2;
            for (int i = 0; i < d.attachments().size(); i++) {
                String n = d.attachments().size() > 1 ? (i + 1) + ". " : "";
                paragraph((i == 0 ? "附件：" : "　　　") + n + d.attachments().get(i), 32);
            }
        }
        y -= LINE;
        right(d.issuer());
        right(OfficialDocument.chineseDate(d.date()));
        out.close();
        pageNumbers();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.getDocumentInformation().setTitle(d.title());
        doc.save(bytes);
        return bytes.toByteArray();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void paragraph(String text, float indent) throws IOException {
        List<String> lines = wrap(text, 16, WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            need(LINE);
            text(lines.get(i), 16, LEFT + (i == 0 ? indent : 0), y - 16);
            y -= LINE;
        }
    }

    private void right(String text) throws IOException {
        need(LINE);
        text(text, 16, LEFT + WIDTH - 32 - width(text, 16), y - 16);
        y -= LINE;
    }

    private void table(OfficialDocument.Table t) throws IOException {
        float size = 9;
        if (t.caption() != null) {
            need(LINE * 2);
            centred(t.caption(), 12, y - 12);
            y -= 12 * 1.8f;
        }
        float[] widths = columnWidths(t, size);
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (List<String> row : all) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                List<String> w = wrap(row.get(c), size, widths[c] - 4);
                cells.add(w);
                lines = Math.max(lines, w.size());
            }
            float h = lines * size * 1.3f + 4;
            need(h);
            float x = LEFT;
            for (int c = 0; c < row.size(); c++) {
                out.setStrokingColor(Color.BLACK);
                out.setLineWidth(0.5f);
                out.addRect(x, y - h, widths[c], h);
                out.stroke();
                for (int l = 0; l < cells.get(c).size(); l++) {
                    String s = cells.get(c).get(l);
                    text(s, size, x + (widths[c] - width(s, size)) / 2, y - 2 - size - l * size * 1.3f);
                }
                x += widths[c];
            }
            y -= h;
        }
        y -= LINE / 2;
    }

    /** Columns as wide as their longest cell asks, scaled to the 版心's width. */
    private float[] columnWidths(OfficialDocument.Table t, float size) throws IOException {
        int n = t.header().size();
        float[] want = new float[n];
        for (int c = 0; c < n; c++) {
            want[c] = Math.min(width(t.header().get(c), size), 6 * size) + 6;
            for (List<String> r : t.rows()) {
                want[c] = Math.max(want[c], Math.min(width(r.get(c), size), 14 * size) + 6);
            }
        }
        float total = 0;
        for (float w : want) {
            total += w;
        }
        for (int c = 0; c < n; c++) {
            want[c] = want[c] * WIDTH / total;
        }
        return want;
    }

    /** Horizontal bars, one group per category, a bar per series with its value printed after it. */
    private void chart(OfficialDocument.Chart c) throws IOException {
        float size = 8;
        float bar = 7;
        float group = bar * c.series().size() + 5;
        float labelWidth = 0;
        for (String cat : c.categories()) {
            labelWidth = Math.max(labelWidth, width(cat, size));
        }
        labelWidth = Math.min(labelWidth + 6, WIDTH / 3);
        BigDecimal max = BigDecimal.ONE;
        for (OfficialDocument.Series s : c.series()) {
            for (BigDecimal v : s.values()) {
                if (v != null && v.compareTo(max) > 0) {
                    max = v;
                }
            }
        }
        float plot = WIDTH - labelWidth - 40;
        need(12 * 2 + 14 + Math.min(group * c.categories().size(), BOTTOM));
        String title = c.unit() == null ? c.title() : c.title() + "（" + c.unit() + "）";
        centred(title, 12, y - 12);
        y -= 12 * 1.8f;
        float x = LEFT + labelWidth;
        for (int s = 0; s < c.series().size(); s++) {
            out.setNonStrokingColor(SERIES[s % SERIES.length]);
            out.addRect(x, y - 8, 8, 8);
            out.fill();
            out.setNonStrokingColor(Color.BLACK);
            String name = c.series().get(s).name();
            text(name, size, x + 11, y - 7.5f);
            x += 11 + width(name, size) + 12;
        }
        y -= 14;
        for (int i = 0; i < c.categories().size(); i++) {
            need(group);
            String cat = c.categories().get(i);
            List<String> label = wrap(cat, size, labelWidth - 4);
            text(label.get(0), size, LEFT + labelWidth - 4 - width(label.get(0), size), y - group / 2 - size / 2 + 1);
            for (int s = 0; s < c.series().size(); s++) {
                BigDecimal v = c.series().get(s).values().get(i);
                float top = y - s * bar - 2;
                float len = v == null ? 0 : plot * v.floatValue() / max.floatValue();
                if (len > 0) {
                    out.setNonStrokingColor(SERIES[s % SERIES.length]);
                    out.addRect(LEFT + labelWidth, top - bar + 1, len, bar - 1);
                    out.fill();
                    out.setNonStrokingColor(Color.BLACK);
                }
                text(OfficialDocument.figure(v), 7, LEFT + labelWidth + Math.max(len, 0) + 2, top - bar + 2);
            }
            y -= group;
        }
        out.setStrokingColor(Color.GRAY);
        out.moveTo(LEFT + labelWidth, y);
        out.lineTo(LEFT + labelWidth, y + group * c.categories().size());
        out.stroke();
        y -= LINE / 2;
    }

    private void pageNumbers() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = "— " + (i + 1) + " —";
                s.beginText();
                s.setFont(font, 14);
                s.newLineAtOffset(LEFT + (WIDTH - width(label, 14)) / 2, BOTTOM - 7 * MM - 14);
                s.showText(label);
                s.endText();
            }
        }
    }

    private void centred(String s, float size, float baseline) throws IOException {
        text(s, size, LEFT + (WIDTH - width(s, size)) / 2, baseline);
    }

    private void text(String s, float size, float x, float baseline) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(printable(s));
        out.endText();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(printable(s)) / 1000 * size;
    }

    /** Lines of at most {@code max} points, broken between characters (Chinese has no spaces to break at). */
    private List<String> wrap(String s, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int cp : printable(s).codePoints().toArray()) {
            String next = line + new String(Character.toChars(cp));
            if (cp == '\n' || (line.length() > 0 && width(next, size) > max)) {
                lines.add(line.toString());
                line.setLength(0);
                if (cp == '\n') {
                    continue;
                }
            }
            line.appendCodePoint(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with every character the font has no glyph for shown as "?" (never a failed document). */
    private String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == '\n' || glyphs.computeIfAbsent(cp, k -> {
                try {
                    font.encode(new String(Character.toChars(k)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            b.append(ok ? new String(Character.toChars(cp)) : "?");
        });
        return b.toString();
    }
}
