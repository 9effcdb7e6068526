package gov.qinghai.followup.common.reports;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period with a stored report of a kind, and its latest version. */
@Schema(name = "StoredPeriodReport")
public record StoredPeriod(@Schema(example = "quarterly") String kind,
                           @Schema(example = "2017-Q3") String period,
                           @Schema(example = "", description = "project tracking: the fair id; empty otherwise") String scope,
                           @Schema(example = "2") int latestVersion,
                           @Schema(example = "2018-01-15T02:00:00Z") Instant latestBuiltAt) {
}
