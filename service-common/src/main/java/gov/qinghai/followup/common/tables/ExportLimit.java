package gov.qinghai.followup.common.tables;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one row bound of every export (CSV, XLSX, or a JSON answer that is not paged) of every service: an export is
 * built in memory, so one above {@code qinghai.exports.max-rows} (EXPORT_MAX_ROWS, default 10000) is refused with
 * the one problem {@link Problems#exportTooLarge} before a row is loaded, never cut short.
 */
@ApplicationScoped
public class ExportLimit {
    @ConfigMapping(prefix = "qinghai.exports")
    public interface Config {
        /** Data rows one export may hold. */
        @WithDefault("10000")
        int maxRows();
    }

    @Inject
    Config config;

    public ExportLimit() {
    }

    /** A limit of its own, for unit tests of code that checks it. */
    public ExportLimit(int maxRows) {
        this.config = () -> maxRows;
    }

    public int maxRows() {
        return config.maxRows();
    }

    /**
     * Refuses an export of {@code rows} rows (counted beforehand, in SQL where possible) above the limit.
     *
     * @param field the parameter that narrows the export (or chooses its format)
     * @param narrowing how the caller gets what they need within the limit, e.g. "narrow it with ?area="
     */
    public void check(long rows, String field, String narrowing) {
        if (rows > maxRows()) {
            throw Problems.exportTooLarge(field, rows, maxRows(), narrowing);
        }
    }

    /** {@link #check(long, String, String)} with the narrowing as a keyed text, said in the request's language. */
    public void check(long rows, String field, Detail narrowing) {
        if (rows > maxRows()) {
            throw Problems.exportTooLarge(field, rows, maxRows(), narrowing);
        }
    }
}
