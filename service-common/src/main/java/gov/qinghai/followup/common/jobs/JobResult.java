package gov.qinghai.followup.common.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JobResult", description = "Whether this call processed the job's period or found it processed before")
public record JobResult(@Schema(example = "monthly-reminders") String job,
                        @Schema(example = "2017-09") String period,
                        @Schema(example = "true", description = "false = the period was already processed") boolean ran,
                        @Schema(example = "31") int items,
                        @Schema(example = "31 units reminded", nullable = true) String message) {
    public JobResult(String job, String period, boolean ran, int items) {
        this(job, period, ran, items, null);
    }
}
