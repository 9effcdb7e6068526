package gov.qinghai.followup.medical.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JobResult", description = "Whether this call processed the period or it had been done before")
public record JobResult(@Schema(example = "family-doctor-reminders") String job,
                        @Schema(example = "2017-09") String period,
                        @Schema(example = "true", description = "false = the period was already processed") boolean ran,
                        @Schema(example = "3") int items) {
}
