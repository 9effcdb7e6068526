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
 * 28 mm, 22 lines of 3号 text a page; 版头 with the 发文机关标志 in red over a red 分隔线 (7.2); 页码 "— 1 —" 7 mm under
 * the 版心, odd pages at the right and even pages at the left, one character in (7.5). A table wider than the portrait
 * 版心 gets landscape pages (版心 225 × 156 mm) and, if need be, a smaller font; its columns are as wide as their content
 * asks and a number or a Latin word is never broken, so no cell's text is cut or runs over its cell. Charts are
 * vector bars with each value printed beside its bar as text, so a reader (or a test) reads the figures, not the bars'
 * lengths.
 */
public final class PdfWriter {
    private static final float MM = 72f / 25.4f;
    /** 225 mm / 22 lines (GB/T 9704-2012 5.2.2). */
    private static final float LINE = 225 * MM / 22;
    /** The red of the 版头 (GB/T 9704-2012 7.2.3, 7.2.4). */
    static final Color RED = new Color(0xFF0000);
    private static final Color[] SERIES = {new Color(0x2F5597), new Color(0xC55A11), new Color(0x548235),
            new Color(0x7F6000), new Color(0x7030A0)};
    /** Space between a cell's border and its text, on each side. */
    private static final float PAD = 3;
    /** Table font sizes tried on a portrait page, then on landscape pages, largest first. */
    private static final float[] PORTRAIT_SIZES = {9, 8};
    private static final float[] LANDSCAPE_SIZES = {9, 8, 7, 6, 5};
    /** Characters that never begin a line (they stay with the character before them). */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】%,.;:?!)]}";

    /** A page and its 版心 (text block), in points from the page's lower left corner. */
    record Frame(PDRectangle page, float left, float width, float top, float bottom) {
        float height() {
            return top - bottom;
        }
    }

    /** Portrait A4 as GB/T 9704-2012 5.2 sets it: 版心 156 × 225 mm, 天头 37 mm, 订口 28 mm. */
    static final Frame PORTRAIT = new Frame(PDRectangle.A4, 28 * MM, 156 * MM, PDRectangle.A4.getHeight() - 37 * MM,
            PDRectangle.A4.getHeight() - (37 + 225) * MM);
    /** Landscape A4 for a wide table: the portrait 版心 turned, 225 × 156 mm, centred. */
    static final Frame LANDSCAPE = new Frame(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()),
            (297 - 225) / 2f * MM, 225 * MM, (210 - 27) * MM, 27 * MM);

    /** How a table is set: on which page, in which font size, its columns' widths. */
    record Layout(Frame frame, float size, float[] widths) {
        float lineHeight() {
            return size * 1.3f;
        }
    }

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    /** The frame of each page, in order (page numbers go under each page's own 版心). */
    private final List<Frame> frames = new ArrayList<>();
    private PDPageContentStream out;
    private Frame frame;
    private float y;
    /** Nothing drawn on the current page yet. */
    private boolean empty;

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
        newPage(PORTRAIT);
        if (d.letterhead() != null) {
            letterhead(d.letterhead());
        }
        for (String line : wrap(d.title(), 22, frame.width())) {
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

    /** A new page of the frame's shape; a page left empty (e.g. before a landscape table) is dropped. */
    private void newPage(Frame f) throws IOException {
        if (out != null) {
            out.close();
            if (empty) {
                doc.removePage(doc.getNumberOfPages() - 1);
                frames.remove(frames.size() - 1);
            }
        }
        PDPage page = new PDPage(f.page());
        doc.addPage(page);
        frames.add(f);
        out = new PDPageContentStream(doc, page);
        frame = f;
        y = f.top();
        empty = true;
    }

    private void need(float height) throws IOException {
        if (y - height < frame.bottom()) {
            newPage(frame);
        }
    }

    /**
     * 版头 (GB/T 9704-2012 7.2): the 发文机关标志 centred in red, its top 35 mm under the 版心's top edge (7.2.3); 4 mm
     * under it the red 分隔线 as wide as the 版心 (7.2.4); the title two lines under the line (7.3.1).
     */
    private void letterhead(String office) throws IOException {
        float size = 36;
        while (size > 16 && width(office, size) > frame.width()) {
            size -= 2;
        }
        float baseline = frame.top() - 35 * MM - size * 0.88f;
        out.setNonStrokingColor(RED);
        centred(office, size, baseline);
        out.setNonStrokingColor(Color.BLACK);
        float line = baseline - size * 0.12f - 4 * MM;
        out.setStrokingColor(RED);
        out.setLineWidth(1.5f);
        out.moveTo(frame.left(), line);
        out.lineTo(frame.left() + frame.width(), line);
        out.stroke();
        out.setStrokingColor(Color.BLACK);
        y = line - 2 * LINE;
    }

    private void paragraph(String text, float indent) throws IOException {
        List<String> lines = wrap(text, 16, frame.width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            need(LINE);
            text(lines.get(i), 16, frame.left() + (i == 0 ? indent : 0), y - 16);
            y -= LINE;
        }
    }

    private void right(String text) throws IOException {
        need(LINE);
        text(text, 16, frame.left() + frame.width() - 32 - width(text, 16), y - 16);
        y -= LINE;
    }

    /**
     * A table: on the portrait page if its columns fit the 版心 there (9 or 8 pt), else on landscape pages of its own
     * (9 down to 5 pt); the header row is repeated on every page the table continues on, and a row taller than a page
     * goes on over the page break, its cells' lines never cut.
     */
    private void table(OfficialDocument.Table t) throws IOException {
        Layout l = layout(t);
        if (frame != l.frame()) {
            newPage(l.frame());
        }
        List<List<String>> header = cells(t.header(), l);
        float headerHeight = height(header, l);
        float first = t.rows().isEmpty() ? 0 : height(cells(t.rows().get(0), l), l);
        float start = headerHeight + Math.min(first, frame.height() / 3);
        if (t.caption() != null) {
            need(12 * 1.8f + start);
            centred(t.caption(), 12, y - 12);
            y -= 12 * 1.8f;
        } else {
            need(start);
        }
        boolean repeat = headerHeight < frame.height() / 3;
        row(header, l, null);
        for (List<String> r : t.rows()) {
            row(cells(r, l), l, repeat ? header : null);
        }
        y -= LINE / 2;
        if (l.frame() != PORTRAIT) {
            newPage(PORTRAIT);
        }
    }

    /** Each cell of a row as its lines in its column. */
    private List<List<String>> cells(List<String> row, Layout l) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < l.widths().length; c++) {
            String text = c < row.size() ? row.get(c) : "";
            cells.add(wrap(text, l.size(), l.widths()[c] - 2 * PAD));
        }
        return cells;
    }

    private static int lines(List<List<String>> cells) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines;
    }

    private static float height(List<List<String>> cells, Layout l) {
        return lines(cells) * l.lineHeight() + 4;
    }

    /** A row, over as many pages as it needs; on a new page of the table its header first. */
    private void row(List<List<String>> cells, Layout l, List<List<String>> header) throws IOException {
        int lines = lines(cells);
        float fresh = frame.height() - (header == null ? 0 : height(header, l));
        int from = 0;
        while (from < lines) {
            int fit = (int) Math.floor((y - frame.bottom() - 4) / l.lineHeight());
            boolean wholeOnNext = from == 0 && lines * l.lineHeight() + 4 <= fresh;
            if (!empty && (fit < 1 || (fit < lines && wholeOnNext))) {
                newPage(frame);
                if (header != null) {
                    row(header, l, null);
                }
                continue;
            }
            int to = Math.min(lines, from + Math.max(fit, 1));
            slice(cells, l, from, to);
            from = to;
        }
    }

    /** Lines {@code from} to {@code to} of a row's cells, each cell a box with its lines centred. */
    private void slice(List<List<String>> cells, Layout l, int from, int to) throws IOException {
        float h = (to - from) * l.lineHeight() + 4;
        float x = frame.left();
        out.setStrokingColor(Color.BLACK);
        out.setLineWidth(0.5f);
        for (int c = 0; c < cells.size(); c++) {
            float w = l.widths()[c];
            out.addRect(x, y - h, w, h);
            out.stroke();
            List<String> cell = cells.get(c);
            for (int i = from; i < Math.min(to, cell.size()); i++) {
                String s = cell.get(i);
                text(s, l.size(), x + (w - width(s, l.size())) / 2, y - 2 - l.size() - (i - from) * l.lineHeight());
            }
            x += w;
        }
        empty = false;
        y -= h;
    }

    /** The first page shape and font size at which every column holds its longest unbreakable piece. */
    private Layout layout(OfficialDocument.Table t) throws IOException {
        for (float size : PORTRAIT_SIZES) {
            float[] w = columnWidths(t, size, PORTRAIT.width(), false);
            if (w != null) {
                return new Layout(PORTRAIT, size, w);
            }
        }
        for (float size : LANDSCAPE_SIZES) {
            float[] w = columnWidths(t, size, LANDSCAPE.width(), false);
            if (w != null) {
                return new Layout(LANDSCAPE, size, w);
            }
        }
        // more columns than a landscape page holds even at 5 pt: numbers and words break too, the font shrinks
        // until one character fits each column
        for (float size = 5; ; size -= 0.5f) {
            float[] w = columnWidths(t, size, LANDSCAPE.width(), true);
            if (w != null || size <= 1) {
                return new Layout(LANDSCAPE, size, w != null ? w : even(t.header().size(), LANDSCAPE.width()));
            }
        }
    }

    private static float[] even(int n, float width) {
        float[] w = new float[n];
        java.util.Arrays.fill(w, width / n);
        return w;
    }

    /**
     * Columns from their content: each at least as wide as its longest unbreakable piece (a number, a Latin word, one
     * Chinese character) and as four Chinese characters (or its whole content if shorter), the rest of the width shared in proportion to what each column's longest line asks; null if
     * the pieces alone are wider than {@code width}.
     */
    private float[] columnWidths(OfficialDocument.Table t, float size, float width, boolean anywhere)
            throws IOException {
        int n = t.header().size();
        float[] min = new float[n];
        float[] natural = new float[n];
        List<List<String>> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        for (List<String> row : all) {
            for (int c = 0; c < n && c < row.size(); c++) {
                String cell = printable(row.get(c));
                for (String line : cell.split("\n", -1)) {
                    natural[c] = Math.max(natural[c], width(line, size) + 2 * PAD);
                }
                for (String unit : units(cell)) {
                    float w = anywhere ? widestCharacter(unit, size) : width(unit, size);
                    min[c] = Math.max(min[c], w + 2 * PAD);
                }
            }
        }
        float sumMin = 0;
        float sumNatural = 0;
        for (int c = 0; c < n; c++) {
            min[c] = Math.max(min[c], 2 * PAD + size);
            if (!anywhere) {
                // a column of Chinese text narrower than four characters reads as a column of single characters
                min[c] = Math.max(min[c], Math.min(natural[c], 2 * PAD + 4 * size));
            }
            natural[c] = Math.max(natural[c], min[c]);
            sumMin += min[c];
            sumNatural += natural[c];
        }
        if (sumMin > width) {
            return null;
        }
        float[] w = new float[n];
        for (int c = 0; c < n; c++) {
            w[c] = sumNatural <= width ? natural[c] * width / sumNatural
                    : min[c] + (natural[c] - min[c]) * (width - sumMin) / (sumNatural - sumMin);
        }
        return w;
    }

    private float widestCharacter(String s, float size) throws IOException {
        float max = 0;
        for (int cp : s.codePoints().toArray()) {
            max = Math.max(max, width(new String(Character.toChars(cp)), size));
        }
        return max;
    }

    /** Horizontal bars, one group per category, a bar per series with its value printed after it. */
    private void chart(OfficialDocument.Chart c) throws IOException {
        float left = frame.left();
        float width = frame.width();
        float size = 8;
        float bar = 7;
        float group = bar * c.series().size() + 5;
        float labelWidth = 0;
        for (String cat : c.categories()) {
            labelWidth = Math.max(labelWidth, width(cat, size));
        }
        labelWidth = Math.min(labelWidth + 6, width / 3);
        BigDecimal max = BigDecimal.ONE;
        for (OfficialDocument.Series s : c.series()) {
            for (BigDecimal v : s.values()) {
                if (v != null && v.compareTo(max) > 0) {
                    max = v;
                }
            }
        }
        float plot = width - labelWidth - 40;
        need(12 * 2 + 14 + Math.min(group * c.categories().size(), frame.height() / 2));
        String title = c.unit() == null ? c.title() : c.title() + "（" + c.unit() + "）";
        centred(title, 12, y - 12);
        y -= 12 * 1.8f;
        float x = left + labelWidth;
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
        float axisTop = y;
        for (int i = 0; i < c.categories().size(); i++) {
            if (y - group < frame.bottom()) {
                axis(left + labelWidth, axisTop);
                newPage(frame);
                axisTop = y;
            }
            String cat = c.categories().get(i);
            List<String> label = wrap(cat, size, labelWidth - 4);
            text(label.get(0), size, left + labelWidth - 4 - width(label.get(0), size), y - group / 2 - size / 2 + 1);
            for (int s = 0; s < c.series().size(); s++) {
                BigDecimal v = c.series().get(s).values().get(i);
                float top = y - s * bar - 2;
                float len = v == null ? 0 : plot * v.floatValue() / max.floatValue();
                if (len > 0) {
                    out.setNonStrokingColor(SERIES[s % SERIES.length]);
                    out.addRect(left + labelWidth, top - bar + 1, len, bar - 1);
                    out.fill();
                    out.setNonStrokingColor(Color.BLACK);
                }
                text(OfficialDocument.figure(v), 7, left + labelWidth + Math.max(len, 0) + 2, top - bar + 2);
            }
            y -= group;
        }
        axis(left + labelWidth, axisTop);
        y -= LINE / 2;
    }

    private void axis(float x, float top) throws IOException {
        out.setStrokingColor(Color.GRAY);
        out.moveTo(x, y);
        out.lineTo(x, top);
        out.stroke();
        out.setStrokingColor(Color.BLACK);
    }

    /**
     * "— n —" in 4号 (14 pt) 7 mm under each page's 版心 (GB/T 9704-2012 7.5): odd pages at the right, even pages at the
     * left, one character (14 pt) in from the 版心's edge.
     */
    private void pageNumbers() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            Frame f = frames.get(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = "— " + (i + 1) + " —";
                float w = width(label, 14);
                boolean odd = (i + 1) % 2 == 1;
                s.beginText();
                s.setFont(font, 14);
                s.newLineAtOffset(odd ? f.left() + f.width() - 14 - w : f.left() + 14, f.bottom() - 7 * MM - 14);
                s.showText(label);
                s.endText();
            }
        }
    }

    private void centred(String s, float size, float baseline) throws IOException {
        text(s, size, frame.left() + (frame.width() - width(s, size)) / 2, baseline);
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
        empty = false;
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(printable(s)) / 1000 * size;
    }

    /**
     * Lines of at most {@code max} points. Chinese breaks between any two characters; a run of other characters (a
     * number such as 1234.56, a Latin word) only where it ends, unless it alone is wider than a line; a closing mark
     * (，。、）%) never begins a line. A line break in the text is kept.
     */
    private List<String> wrap(String s, float size, float width) throws IOException {
        float max = width + 0.01f; // a column is exactly as wide as its widest piece: no rounding may break that piece
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(s).split("\n", -1)) {
            List<String> line = new ArrayList<>();
            float used = 0;
            for (String unit : units(paragraph)) {
                float w = width(unit, size);
                if (!line.isEmpty() && used + w > max) {
                    List<String> carried = new ArrayList<>();
                    String last = line.get(line.size() - 1);
                    if (NO_LINE_START.indexOf(unit.charAt(0)) >= 0 && line.size() > 1
                            && width(last, size) + w <= max) {
                        carried.add(line.remove(line.size() - 1));
                    }
                    lines.add(String.join("", line).stripTrailing());
                    line = carried;
                    used = 0;
                    for (String c : carried) {
                        used += width(c, size);
                    }
                    if (unit.isBlank()) {
                        continue;
                    }
                }
                if (w > max) {
                    // a piece wider than the line on its own (only in a column set for it): broken between characters
                    for (int cp : unit.codePoints().toArray()) {
                        String ch = new String(Character.toChars(cp));
                        float cw = width(ch, size);
                        if (!line.isEmpty() && used + cw > max) {
                            lines.add(String.join("", line));
                            line = new ArrayList<>();
                            used = 0;
                        }
                        line.add(ch);
                        used += cw;
                    }
                    continue;
                }
                line.add(unit);
                used += w;
            }
            lines.add(String.join("", line).stripTrailing());
        }
        return lines;
    }

    /**
     * The pieces a line may break between: each Chinese character or full-width mark alone, each run of spaces, and
     * each run of other characters (digits, Latin letters, half-width marks) as one piece.
     */
    static List<String> units(String s) {
        List<String> units = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int kind = -1;
        for (int cp : s.codePoints().toArray()) {
            int k = Character.isWhitespace(cp) ? 0 : cp >= 0x2E80 ? 1 : 2;
            if (run.length() > 0 && (k != kind || k == 1)) {
                units.add(run.toString());
                run.setLength(0);
            }
            run.appendCodePoint(cp);
            kind = k;
        }
        if (run.length() > 0) {
            units.add(run.toString());
        }
        return units;
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
