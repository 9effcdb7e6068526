package gov.qinghai.followup.transparency.report;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.tables.TableExport;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * Chooses JSON, CSV or XLSX from {@code ?format=} or the Accept header; the files are service-common's (TableExport:
 * formula guard, typed XLSX cells, UTF-8 file names such as 城北区).
 */
public final class Exports {
    public static final String CSV = "text/csv";

    private Exports() {
    }

    public static String format(String format, HttpHeaders headers) {
        if (format != null) {
            String f = format.toLowerCase();
            if (!List.of("json", "csv", "xlsx").contains(f)) {
                throw Problems.badRequest("format", Detail.of("tr.export.format", "format must be json, csv or xlsx"));
            }
            return f;
        }
        String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(Xlsx.MEDIA_TYPE)) {
            return "xlsx";
        }
        if (accept != null && accept.contains(CSV)) {
            return "csv";
        }
        return "json";
    }

    public static Response respond(String format, String filename, String sheet, List<String> header,
                                   List<List<?>> rows, Supplier<Object> json) {
        return switch (format) {
            case "csv" -> TableExport.download(Csv.write(header, rows), TableExport.CSV, filename + ".csv");
            case "xlsx" -> TableExport.download(Xlsx.write(sheet, header, rows), Xlsx.MEDIA_TYPE, filename + ".xlsx");
            default -> Response.ok(json.get(), "application/json").build();
        };
    }
}
