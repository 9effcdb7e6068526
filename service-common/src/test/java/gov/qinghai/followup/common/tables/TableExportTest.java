package gov.qinghai.followup.common.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableExportTest {
    @Test
    void prefixesTextThatSpreadsheetsWouldReadAsAFormula() {
        assertEquals("'=HYPERLINK(\"http://x\",\"点击\")", TableExport.guard("=HYPERLINK(\"http://x\",\"点击\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", TableExport.guard("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", TableExport.guard("-2+3"));
        assertEquals("'@SUM(A1:A9)", TableExport.guard("@SUM(A1:A9)"));
        assertEquals("'\t=1", TableExport.guard("\t=1"));
        assertEquals("'\r=1", TableExport.guard("\r=1"));
    }

    @Test
    void leavesPlainNumbersAndOrdinaryTextAlone() {
        assertEquals("-12.5", TableExport.guard("-12.5"));
        assertEquals("+3", TableExport.guard("+3"));
        assertEquals("西宁市 a=b", TableExport.guard("西宁市 a=b"));
        assertEquals("", TableExport.guard(""));
    }

    @Test
    void csvHasBomCrlfAndQuotesGuardedCells() {
        String csv = new String(Csv.write(List.of("名称", "金额"),
                List.of(List.of("=1+1", -3.5), List.of("@x,y", 2))), StandardCharsets.UTF_8);
        assertEquals("\uFEFF名称,金额\r\n\"'=1+1\",-3.5\r\n\"'@x,y\",2\r\n", csv);
    }

    @Test
    void fileNameSurvivesInUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"catalogue-___.csv\"; "
                        + "filename*=UTF-8''catalogue-%E5%9F%8E%E5%8C%97%E5%8C%BA.csv",
                TableExport.contentDisposition("catalogue-城北区.csv"));
    }

    @Test
    void xlsxKeepsNumbersDatesAndBooleansAsTheirTypes() throws Exception {
        byte[] xlsx = TableExport.xlsx("表", List.of("名称", "金额", "截止", "完成"),
                List.of(List.of("=1+1", new java.math.BigDecimal("12.50"), java.time.LocalDate.of(2017, 9, 30), true)));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.dhatim.fastexcel.reader.Row row = wb.getFirstSheet().read().get(1);
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, row.getCell(0).getType());
            assertEquals("=1+1", row.getCell(0).asString());
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, row.getCell(1).getType());
            assertEquals(java.time.LocalDate.of(2017, 9, 30), row.getCell(2).asDate().toLocalDate());
            assertEquals(org.dhatim.fastexcel.reader.CellType.BOOLEAN, row.getCell(3).getType());
        }
    }
}
