package gov.qinghai.followup.projects.report;

import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.tables.TableExport;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.service.ProjectTable;
import gov.qinghai.followup.projects.service.TableFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** CSV and XLSX downloads of tables, through service-common's Csv and TableExport (formula guard, UTF-8 names). */
@ApplicationScoped
public class Exports {
    public static final String CSV = TableExport.CSV;

    public Response table(String baseName, List<String> header, List<List<Object>> rows, String format) {
        return switch (format == null ? "csv" : format.toLowerCase()) {
            case "csv" -> download(TableFiles.writeCsv(header, rows), CSV, baseName + ".csv");
            case "xlsx" -> download(TableFiles.writeXlsx(baseName, header, rows), TableFiles.XLSX, baseName + ".xlsx");
            default -> throw Problems.badRequest("format", "format must be csv or xlsx");
        };
    }

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
            r.add(String.join(" ", p.qualityFlags));
            rows.add(r);
        }
        return table("projects", ProjectTable.COLUMNS, rows, format);
    }

    private static Response download(byte[] body, String type, String fileName) {
        return TableExport.download(body, type, fileName);
    }
}
