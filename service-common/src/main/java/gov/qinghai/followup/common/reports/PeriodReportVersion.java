package gov.qinghai.followup.common.reports;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored version of a period report: which build it is, when, from which data, by whom and why. */
@Schema(name = "PeriodReportVersion", description = "One build of a stored period report; every version stays readable")
public record PeriodReportVersion(
        @Schema(example = "quarterly") String kind,
        @Schema(example = "2017-Q3") String period,
        @Schema(example = "", description = "what the report covers within the period where a service keeps several "
                + "(project tracking: the fair id); empty otherwise") String scope,
        @Schema(example = "2", description = "1 for the first build, then one more per regeneration") int version,
        @Schema(example = "2018-01-15T02:00:00Z") Instant builtAt,
        @Schema(example = "2018-01-15T02:00:00Z", description = "the moment whose data the version holds: reports, "
                + "corrections and records entered after it are not in it") Instant dataAsOf,
        @Schema(example = "admin@qinghai", description = "scheduler, or the user who ran the job or regenerated") String builtBy,
        @Schema(example = "海西州 filed its September report late", nullable = true,
                description = "why the period was regenerated; null for a scheduled build") String reason,
        @Schema(example = "3", nullable = true, description = "the version that replaced this one; null for the latest")
        Integer supersededBy) {
}
