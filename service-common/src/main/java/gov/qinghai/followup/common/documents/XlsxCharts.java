package gov.qinghai.followup.common.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Native Excel charts added to an export: a sheet 图表 with each chart's data (a category column and a column per
 * series) and the chart beside it, so the figures stay editable and the chart follows them.
 */
public final class XlsxCharts {
    public static final String SHEET = "图表";

    private XlsxCharts() {
    }

    /** The workbook with a sheet {@value #SHEET} holding the charts; the workbook as it was if there are none. */
    public static byte[] append(byte[] xlsx, List<OfficialDocument.Chart> charts) {
        if (charts.isEmpty()) {
            return xlsx;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(SHEET);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            int row = 0;
            for (OfficialDocument.Chart c : charts) {
                int top = row;
                XSSFRow head = sheet.createRow(row++);
                head.createCell(0).setCellValue(c.title());
                for (int s = 0; s < c.series().size(); s++) {
                    head.createCell(s + 1).setCellValue(c.series().get(s).name());
                }
                for (int i = 0; i < c.categories().size(); i++) {
                    XSSFRow r = sheet.createRow(row++);
                    r.createCell(0).setCellValue(c.categories().get(i));
                    for (int s = 0; s < c.series().size(); s++) {
                        var v = c.series().get(s).values().get(i);
                        if (v != null) {
                            r.createCell(s + 1).setCellValue(v.doubleValue());
                        }
                    }
                }
                int height = Math.max(18, c.categories().size() * c.series().size() + 6);
                XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, c.series().size() + 2, top,
                        c.series().size() + 12, top + height);
                XSSFChart chart = drawing.createChart(anchor);
                DocxWriter.plot(chart, c);
                row = Math.max(row, top + height) + 2;
            }
            sheet.setColumnWidth(0, 24 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
