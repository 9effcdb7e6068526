package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.tables.TableExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV and XLSX renderings of a quarterly report through service-common's writers (BOM, CRLF, formula guard; typed
 * XLSX cells), with the Chinese headings and verdicts of labels.properties: a target verdict reads 已达标 / 未达标,
 * and stays empty where there is none.
 */
public final class ReportFormats {
    private ReportFormats() {
    }

    public static byte[] csv(QuarterlyReport report, List<QuarterlyReport.Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (QuarterlyReport.Row r : rows) {
            out.add(labelled(r));
        }
        return Csv.write(QuarterlyReport.headers(), out);
    }

    private static List<Object> labelled(QuarterlyReport.Row r) {
        Labels labels = Labels.get();
        return QuarterlyReport.cells(r).stream().map(v -> v instanceof Boolean b ? labels.of(Verdict.of(b)) : v).toList();
    }

    /** The rows under a bold header, then a blank row and the report's notes, one a row. */
    public static byte[] xlsx(QuarterlyReport report, List<QuarterlyReport.Row> rows) {
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(QuarterlyReport.headers());
        rows.forEach(r -> sheet.add(labelled(r)));
        sheet.add(List.of());
        report.notes().forEach(n -> sheet.add(List.of(n)));
        return TableExport.xlsx(Map.of(report.period(), sheet));
    }
}
