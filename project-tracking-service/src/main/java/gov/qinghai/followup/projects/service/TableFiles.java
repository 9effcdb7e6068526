package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.tables.Csv;
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

/** Reads and writes tables as CSV (service-common's RFC 4180 Csv) or XLSX, so exports can be imported again. */
public final class TableFiles {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableFiles() {
    }

    /** A row with the 1-based line (CSV) or row number (XLSX) it came from. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index).trim() : "";
        }
    }

    public static List<Line> readCsv(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        for (Csv.Row row : Csv.parseRows(new String(bytes, StandardCharsets.UTF_8))) {
            addUnlessBlank(lines, row.line(), row.cells());
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
        return Csv.write(header, rows);
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

    private static void addUnlessBlank(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            lines.add(new Line(number, cells));
        }
    }
}
