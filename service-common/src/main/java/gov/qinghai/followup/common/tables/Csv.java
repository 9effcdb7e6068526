package gov.qinghai.followup.common.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * RFC 4180 CSV as every service reads its seeds and imports and writes its exports: quoted fields may hold
 * commas, doubled quotes and line breaks; a leading BOM is ignored on reading and written (for Excel) on writing,
 * lines end in CRLF, and text cells pass the formula guard (TableExport.guard) on writing.
 */
public final class Csv {
    private Csv() {
    }

    /** A row with the 1-based line of the text it starts on, for error reports. */
    public record Row(int line, List<String> cells) {
    }

    public static List<Row> parseRows(String text) {
        List<Row> rows = new ArrayList<>();
        try {
            eachRow(new StringReader(text), rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Hands each row to {@code sink} as it is read, so a large upload never sits in memory as a whole. */
    public static void eachRow(Reader source, Consumer<Row> sink) throws IOException {
        Reader in = source instanceof BufferedReader ? source : new BufferedReader(source, 65536);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read();
        }
        while (c != -1) {
            int next = in.read();
            if (quoted) {
                if (c == '"' && next == '"') {
                    cell.append('"');
                    next = in.read();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && next == '\n') {
                    next = in.read();
                }
                cells.add(cell.toString());
                cell.setLength(0);
                sink.accept(new Row(rowStart, cells));
                cells = new ArrayList<>();
                rowStart = ++line;
            } else {
                cell.append((char) c);
            }
            c = next;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            sink.accept(new Row(rowStart, cells));
        }
    }

    public static List<List<String>> parse(String text) {
        return parseRows(text).stream().map(Row::cells).toList();
    }

    /** The rows after the header as header → value maps ("" where a row is short). */
    public static List<Map<String, String>> records(String text) {
        List<List<String>> rows = parse(text);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            out.add(m);
        }
        return out;
    }

    /** A classpath resource as UTF-8 text; a missing one is a packaging error. */
    public static String resource(String path) {
        try (InputStream in = Csv.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, header);
        for (List<?> r : rows) {
            line(sb, r);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One CRLF-terminated line of cells, each as {@link #cell(Object)}: what every CSV export writes. */
    public static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /**
     * A cell as written: null empty, a number as it is, text through the formula guard
     * ({@link TableExport#guard}) and quoted when it holds a comma, a quote, a line break or was guarded.
     */
    public static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Number) {
            return v.toString();
        }
        String raw = v.toString();
        String s = TableExport.guard(raw);
        if (!s.equals(raw) || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
