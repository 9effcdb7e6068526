package gov.qinghai.followup.common.reports;

import java.time.Instant;

/**
 * A report just built, to be stored as the next version of its period. {@code itemsField}, when set, names the array
 * of content whose elements are also stored as rows read a page at a time ({@link PeriodReportStore#items}).
 */
public record NewVersion(String kind, String period, String scope, String builtBy, String reason, Instant dataAsOf,
                         String contentJson, String itemsField) {
    public NewVersion {
        scope = scope == null ? "" : scope;
    }
}
