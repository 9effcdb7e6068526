package gov.qinghai.followup.actionplan.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JobResult", description = "Whether a job processed its period now or found it already done")
public record JobResult(@Schema(example = "monthly-reminders") String job, @Schema(example = "2017-09") String period,
                        @Schema(example = "true") boolean ran, @Schema(example = "31") int items,
                        @Schema(example = "31 units reminded") String message) {
}
