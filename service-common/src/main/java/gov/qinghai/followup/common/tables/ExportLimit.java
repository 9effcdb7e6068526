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
     * @param field     the parameter that narrows the export (or chooses its format)
     * @param narrowing how the caller gets what they need within the limit, in the request's language: one of the
     *                  hints below or a {@link Detail} of the service's own
     */
    public void check(long rows, String field, Detail narrowing) {
        if (rows > maxRows()) {
            throw Problems.exportTooLarge(field, rows, maxRows(), narrowing);
        }
    }

    /** "read the 2017-Q4 report as JSON (?format=json)": a stored report's table export. */
    public static Detail readAsJson(String period) {
        return Detail.of("common.export.read-json", "read the {0} report as JSON (?format=json)", period);
    }

    /** "narrow it with the filters period, unitId, fairId": the query parameters that select fewer rows. */
    public static Detail narrowWith(String parameters) {
        return Detail.of("common.export.narrow", "narrow it with the filters {0}", parameters);
    }

    /** "export one 市州 at a time with ?prefecture=": a parameter that picks one part of the export. */
    public static Detail onePerRequest(String parameter, String part) {
        return Detail.of("common.export.one-part", "export one {1} at a time with {0}", parameter, part);
    }

    /** "group the rows by a coarser key (by=PREFECTURE, by=NONE)". */
    public static Detail coarser(String choices) {
        return Detail.of("common.export.coarser", "group the rows by a coarser key ({0})", choices);
    }

    /** "the 2017 report is not split: raise EXPORT_MAX_ROWS": nothing narrows it, an operator raises the limit. */
    public static Detail unsplittable(String period) {
        return Detail.of("common.export.unsplittable", "the {0} report is not split: raise EXPORT_MAX_ROWS", period);
    }
}
