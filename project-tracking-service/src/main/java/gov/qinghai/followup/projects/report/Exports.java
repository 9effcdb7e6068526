package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.tables.TableExport;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.QualityFlag;
import gov.qinghai.followup.projects.service.ProjectTable;
import gov.qinghai.followup.common.tables.ExportLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV and XLSX downloads of tables, through service-common's Csv and TableExport (BOM, CRLF, formula guard, numbers
 * and dates as typed cells, a UTF-8 file name). Columns are given by their machine names; the file shows each as
 * its Chinese heading from the service's label table ({@code column.<name>}), and values that are enum constants
 * as their labels: a 督查 office reads 已达标, not MET.
 */
@ApplicationScoped
public class Exports {
    public static final String CSV = TableExport.CSV;

    /** An export is refused above EXPORT_MAX_ROWS rows (422 naming the limit), never cut short silently. */
    @Inject
    ExportLimit exportLimit;

    /** Refuses a selection of more rows than one export holds, before it is read. */
    public void requireAtMostMaxRows(long rows) {
        exportLimit.check(rows, "period", ExportLimit.narrowWith("period, unitId, fairId"));
    }

    public Response table(String baseName, List<String> columns, List<List<Object>> rows, String format) {
        List<String> header = headings(columns);
        return switch (format == null ? "csv" : format.toLowerCase()) {
            case "csv" -> TableExport.download(Csv.write(header, rows), CSV, baseName + ".csv");
            case "xlsx" -> TableExport.download(TableExport.xlsx(baseName, header, rows), TableExport.XLSX,
                    baseName + ".xlsx");
            default -> throw Problems.badRequest("format", Detail.of("pt.export.format", "format must be csv or xlsx"));
        };
    }

    /** The Chinese heading of each column ({@code column.<name>} in labels.properties). */
    public static List<String> headings(List<String> columns) {
        Labels labels = Labels.get();
        return columns.stream().map(labels::heading).toList();
    }

    /** An enum value as a person reads it (null stays empty). */
    public static String label(Enum<?> value) {
        return Labels.get().of(value);
    }

    /** 是 / 否 for a yes-or-no cell. */
    public static String yesNo(boolean value) {
        return text(value ? "yes" : "no");
    }

    /** A fixed text of an export cell ({@code text.<key>}). */
    public static String text(String key) {
        return Labels.get().find("text." + key)
                .orElseThrow(() -> new IllegalStateException("no text." + key + " in " + Labels.RESOURCE));
    }

    /** The project table as the import reads it back: the table's own headings, flags by their labels. */
    public Response projects(List<Project> projects, String format) {
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            List<Object> r = new ArrayList<>();
            r.add(p.seq);
            r.add(p.unit.name);
            r.add(p.name);
            r.add(p.partyA);
            r.add(p.partyB);
            r.add(p.totalInvestment); // a number in XLSX, as written in CSV
            r.add(p.fundSources);
            r.add(p.responsibleLeader);
            r.add(String.join(" ", p.responsiblePersons));
            r.add(p.sourceLine);
            r.add(String.join(" ", p.qualityFlags.stream().map(f -> label(QualityFlag.valueOf(f))).toList()));
            rows.add(r);
        }
        return table("projects", ProjectTable.COLUMNS, rows, format);
    }
}
