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
        @Schema(example = "{\"NATURAL_PERSON_PARTY\": 19}") Map<String, Long> flagCounts) {

    static ImportResult of(ProjectImporter.Outcome o) {
        return new ImportResult(o.dryRun(), o.written(), o.rows(), o.errors(), o.flagCounts());
    }
}
