package gov.qinghai.followup.transparency.report;

import gov.qinghai.followup.common.tables.TableExport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** One-sheet XLSX: written by service-common's TableExport, read with fastexcel. */
public final class Xlsx {
    public static final String MEDIA_TYPE = TableExport.XLSX;

    private Xlsx() {
    }

    public static byte[] write(String sheet, List<String> header, List<List<?>> rows) {
        return TableExport.xlsx(sheet, header, rows);
    }

    /** Rows of the first sheet as text; numbers without a trailing ".0". */
    public static List<List<String>> read(byte[] bytes) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    var cell = r.getOptionalCell(c);
                    String text = cell.map(x -> x.getText() == null ? "" : x.getText()).orElse("");
                    boolean number = cell.map(x -> x.getType() == CellType.NUMBER).orElse(false);
                    cells.add(number ? stripNumber(text) : text);
                }
                out.add(cells);
            });
        }
        return out;
    }

    private static String stripNumber(String s) {
        try {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
