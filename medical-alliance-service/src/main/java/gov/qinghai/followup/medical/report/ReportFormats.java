package gov.qinghai.followup.medical.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** CSV (UTF-8 with BOM so Excel shows the Chinese) and XLSX renderings of a quarterly report. */
public final class ReportFormats {
    private ReportFormats() {
    }

    public static byte[] csv(QuarterlyReport report, List<QuarterlyReport.Row> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", QuarterlyReport.HEADERS)).append("\r\n");
        for (QuarterlyReport.Row r : rows) {
            List<Object> cells = QuarterlyReport.cells(r);
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(escape(cells.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(QuarterlyReport report, List<QuarterlyReport.Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "medical-alliance-service", "1.0");
            Worksheet ws = wb.newWorksheet(report.period());
            for (int c = 0; c < QuarterlyReport.HEADERS.size(); c++) {
                ws.value(0, c, QuarterlyReport.HEADERS.get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> cells = QuarterlyReport.cells(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof BigDecimal d) {
                        ws.value(r + 1, c, d);
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r + 1, c, b ? "是" : "否");
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            int notesRow = rows.size() + 2;
            for (String note : report.notes()) {
                ws.value(notesRow++, 0, note);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escape(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof BigDecimal d ? d.toPlainString() : v instanceof Boolean b ? (b ? "是" : "否") : v.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
