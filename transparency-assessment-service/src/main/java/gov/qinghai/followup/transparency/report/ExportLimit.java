package gov.qinghai.followup.transparency.report;

import gov.qinghai.followup.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounded export sizes: an export (JSON, CSV or XLSX) is built in memory, so one above the limit is refused
 * with 422 naming the limit and how to narrow it, before any row is loaded; never truncated silently.
 */
@ApplicationScoped
public class ExportLimit {
    @ConfigProperty(name = "transparency.export.max-rows", defaultValue = "5000")
    int maxRows;

    public int maxRows() {
        return maxRows;
    }

    /** @param rows counted in SQL beforehand; @param field the parameter that narrows the export */
    public void check(long rows, String field, String narrowing) {
        if (rows > maxRows) {
            throw Problems.unprocessable(field, "the export has " + rows + " rows, above the limit of " + maxRows
                    + " rows per export (transparency.export.max-rows / EXPORT_MAX_ROWS); " + narrowing);
        }
    }
}
