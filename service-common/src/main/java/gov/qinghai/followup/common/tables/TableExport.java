package gov.qinghai.followup.common.tables;

import gov.qinghai.followup.common.time.ClockProducer;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What every table download of every service shares: the formula guard of its CSV cells, the media types and a
 * {@code Content-Disposition} that keeps a Chinese file name (城北区) intact.
 */
public final class TableExport {
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A plain decimal number ("-12.5", "3E+2"): shown as the number it is, nothing to guard. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private TableExport() {
    }

    /**
     * A text cell as Excel and WPS must show it: one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return is read by them as a formula (CSV injection, OWASP "CSV Injection": prefix such cells
     * with a single quote), e.g. a project named {@code =HYPERLINK("http://x","点击")} in an export a 督查室 clerk
     * opens. The quote makes the spreadsheet show the text; a plain number keeps its sign and stays a number.
     */
    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /**
     * {@code attachment} with the name both ways (RFC 6266): {@code filename*} in UTF-8 for every browser since
     * 2012, and an ASCII {@code filename} (other characters as {@code _}) for the rest. Latin-1 alone turned
     * 城北区 into {@code ???}.
     */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }

    /** A one-sheet workbook: a bold header row, then the rows with each cell as {@link #xlsxCell}. */
    public static byte[] xlsx(String sheet, List<String> header, List<? extends List<?>> rows) {
        Map<String, List<List<?>>> one = new LinkedHashMap<>();
        List<List<?>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        one.put(sheet, all);
        return xlsx(one);
    }

    /** A workbook of sheets, each a header row (bold) and its rows, in the map's order. */
    public static byte[] xlsx(Map<String, ? extends List<? extends List<?>>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "qinghai-followup", "1.0")) {
            for (Map.Entry<String, ? extends List<? extends List<?>>> e : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(e.getKey());
                List<? extends List<?>> rows = e.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<?> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        xlsxCell(ws, r, c, row.get(c));
                        if (r == 0) {
                            ws.style(0, c).bold().set();
                        }
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /**
     * A cell as its type: numbers as numbers, booleans as booleans, dates as dates (yyyy-mm-dd), instants as
     * date-times in 北京时间; everything else as text (a spreadsheet never evaluates a text cell of XLSX).
     */
    static void xlsxCell(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof Instant t) {
            ws.value(r, c, t.atZone(ClockProducer.ZONE).toLocalDateTime());
            ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
        } else {
            ws.value(r, c, v.toString());
        }
    }

    /** A download: the bytes with their media type and file name. */
    public static Response download(byte[] body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", contentDisposition(fileName)).build();
    }
}
