package gov.qinghai.followup.medical.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {
    private static final QuarterlyReport.Row ROW = new QuarterlyReport.Row("=HYPERLINK(\"http://x\")", 2, 1, true,
            "-2017-09+1", new BigDecimal("28.50"), new BigDecimal("30"), false, new BigDecimal("61.20"),
            new BigDecimal("60"), true, 40, 10, new BigDecimal("-20.0"), new BigDecimal("5.5"), 1, "海东市");
    private static final QuarterlyReport REPORT = new QuarterlyReport("2017-Q3", LocalDate.of(2017, 7, 1),
            LocalDate.of(2017, 9, 30), null, List.of(ROW), List.of("@note"), null);

    @Test
    void csvWritesFormulaLikeTextAsTextAndNumbersAsNumbers() {
        String csv = new String(ReportFormats.csv(REPORT, REPORT.rows()), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF市州,"), csv);
        assertTrue(csv.endsWith("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",2,1,已达标,\"'-2017-09+1\",28.50,30,未达标,61.20,60,已达标,"
                + "40,10,-20.0,5.5,1,海东市\r\n"), csv);
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndShowsVerdictsInChinese() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(ReportFormats.xlsx(REPORT,
                REPORT.rows())))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("市州", rows.get(0).getCellText(0));
            assertEquals(CellType.NUMBER, rows.get(1).getCell(5).getType());
            assertEquals("已达标", rows.get(1).getCellText(3));
            assertEquals("未达标", rows.get(1).getCellText(7));
            assertEquals("@note", rows.get(rows.size() - 1).getCellText(0));
        }
    }
}
