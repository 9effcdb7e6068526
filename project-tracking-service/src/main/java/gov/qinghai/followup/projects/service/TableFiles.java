package gov.qinghai.followup.projects.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads and writes tables as CSV (RFC 4180, UTF-8) or XLSX, so exports can be imported again. */
public final class TableFiles {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableFiles() {
    }

    /** A row with the 1-based line (CSV) or row number (XLSX) it came from. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index).trim() : "";
        }
    }

    public static List<Line> readCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(lines, rowStart, row);
                row = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            addUnlessBlank(lines, rowStart, row);
        }
        return lines;
    }

    public static List<Line> readXlsx(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            List<Line> lines = new ArrayList<>();
            for (Row r : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    org.dhatim.fastexcel.reader.Cell cell = r.getCell(i);
                    cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                }
                addUnlessBlank(lines, r.getRowNum(), cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    public static byte[] writeCsv(List<String> header, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder();
        appendCsvRow(sb, new ArrayList<Object>(header));
        rows.forEach(r -> appendCsvRow(sb, r));
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    public static byte[] writeXlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "qinghai-followup", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r + 1, c, b);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void appendCsvRow(StringBuilder sb, List<Object> row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = row.get(i);
            String s = v == null ? "" : v.toString();
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            sb.append(s);
        }
        sb.append("\r\n");
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            lines.add(new Line(number, cells));
        }
    }
}
