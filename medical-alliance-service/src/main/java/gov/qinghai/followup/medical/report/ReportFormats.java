package gov.qinghai.followup.medical.report;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.tables.TableExport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV and XLSX renderings of a quarterly report through service-common's writers (BOM, CRLF, formula guard; typed
 * XLSX cells), with the Chinese headings and verdicts of labels.properties: a target verdict reads 已达标 / 未达标,
 * and stays empty where there is none. The XLSX has a second sheet, 卫生计生委, with the health commission's section.
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
        Map<String, List<List<?>>> sheets = new LinkedHashMap<>();
        sheets.put(report.period(), sheet);
        if (report.commission() != null) {
            sheets.put(COMMISSION_SHEET, commission(report.commission()));
        }
        return TableExport.xlsx(sheets);
    }

    /** The second sheet's name: what the 卫生计生委 reads beyond the per-市州 table. */
    public static final String COMMISSION_SHEET = "卫生计生委";

    /** The health commission's section: one item a row, then the 三级公立医院 and their 再安排. */
    static List<List<?>> commission(CommissionSection c) {
        Labels l = Labels.get();
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(l.heading("item"), l.heading("content")));
        rows.add(List.of(l.heading("notice_title"), c.notice().title()));
        rows.add(List.of(l.heading("issued_on"), c.notice().issuedOn()));
        rows.add(List.of(l.heading("effective_on"), c.notice().effectiveOn()));
        rows.add(List.of(l.heading("membership_note"), c.membershipNote()));
        rows.add(List.of(l.heading("county_pilots_note"), c.countyPilotsNote()));
        rows.add(List.of(l.heading("telemedicine_note"), c.telemedicineNote()));
        rows.add(List.of(l.heading("county_contracting_note"), c.familyDoctorByCounty().note()));
        rows.add(List.of(l.heading("indicators_note"), c.indicators().note()));
        rows.add(List.of(l.heading("rearrangement_note"), c.rearrangement().note()));
        rows.add(List.of());
        rows.add(List.of(l.heading("hospital"), l.heading("prefecture"), l.heading("done_on"), l.heading("document_ref"),
                l.heading("status")));
        for (RearrangementObligation.Row r : c.rearrangement().rows()) {
            rows.add(java.util.Arrays.asList(r.institution(), r.prefecture(), r.doneOn(), r.documentRef(),
                    r.statusLabel()));
        }
        return rows;
    }
}
