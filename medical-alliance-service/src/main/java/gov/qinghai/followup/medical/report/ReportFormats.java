package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.tables.TableExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV and XLSX renderings of a quarterly report through service-common's writers (BOM, CRLF, formula guard; typed
 * XLSX cells). A yes/no is 是/否 in the CSV (a text format) and a boolean in the XLSX.
 */
public final class ReportFormats {
    private ReportFormats() {
    }

    public static byte[] csv(QuarterlyReport report, List<QuarterlyReport.Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (QuarterlyReport.Row r : rows) {
            out.add(QuarterlyReport.cells(r).stream().map(v -> v instanceof Boolean b ? (b ? "是" : "否") : v).toList());
        }
        return Csv.write(QuarterlyReport.HEADERS, out);
    }

    /** The rows under a bold header, then a blank row and the report's notes, one a row. */
    public static byte[] xlsx(QuarterlyReport report, List<QuarterlyReport.Row> rows) {
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(QuarterlyReport.HEADERS);
        rows.forEach(r -> sheet.add(QuarterlyReport.cells(r)));
        sheet.add(List.of());
        report.notes().forEach(n -> sheet.add(List.of(n)));
        return TableExport.xlsx(Map.of(report.period(), sheet));
    }
}
