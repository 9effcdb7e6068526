package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.projects.service.ProjectImporter;
import gov.qinghai.followup.projects.service.ProjectTable;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did or, on a dry run or with errors, would do")
public record ImportResult(
        @Schema(example = "true") boolean dryRun,
        @Schema(example = "false", description = "true only when the rows were committed") boolean written,
        @Schema(example = "346") int rows,
        @Schema(description = "every row error: line, column, message") List<ProjectTable.RowError> errors,
        @Schema(example = "{\"NATURAL_PERSON_PARTY\": 19}") Map<String, Long> flagCounts,
        @Schema(example = "[\"黄南州政府\"]", description = "every 责任单位 the table names that the service does not "
                + "know (add them with POST /api/v1/units, then import again)") List<String> unknownUnits,
        @Schema(example = "GB18030", description = "how the file was read: UTF-8, GB18030 or XLSX") String encoding) {

    static ImportResult of(ProjectImporter.Outcome o, String encoding) {
        return new ImportResult(o.dryRun(), o.written(), o.rows(), o.errors(), o.flagCounts(), o.unknownUnits(),
                encoding);
    }
}
