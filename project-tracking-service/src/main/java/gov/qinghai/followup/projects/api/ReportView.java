package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.projects.domain.ProgressReport;
import gov.qinghai.followup.projects.domain.ReportingDeadline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReport")
public record ReportView(
        @Schema(example = "51") Long id,
        @Schema(example = "1000") Long projectId,
        @Schema(example = "162") int projectSeq,
        @Schema(example = "柴达木循环经济试验区管委会") String unit,
        @Schema(example = "2017-09") String period,
        boolean contractPerformed, boolean constructionStarted, boolean completed,
        @Schema(example = "0.35") BigDecimal fundsInPlace,
        String overTotalReason, String fundsDecreaseReason, String progress, String problems,
        @Schema(example = "2017-10-04T09:30:00Z") Instant submittedAt,
        @Schema(example = "reporter@柴达木循环经济试验区管委会") String submittedBy,
        @Schema(example = "2017-10-05T23:59:59+08:00", description = "due by the 5th of the next month, "
                + "23:59:59 Beijing time (134号 五); late from 00:00 of the 6th") OffsetDateTime dueAt,
        @Schema(example = "false") boolean late,
        @Schema(example = "true", description = "false once a resubmission superseded it") boolean current,
        @Schema(example = "null") Long supersededBy,
        @Schema(example = "0") long version) {

    static ReportView of(ProgressReport r) {
        return new ReportView(r.id, r.project.id, r.project.seq, r.project.unit.name, r.period, r.contractPerformed,
                r.constructionStarted, r.completed, r.fundsInPlace, r.overTotalReason, r.fundsDecreaseReason, r.progress, r.problems,
                r.submittedAt, r.submittedBy, ReportingDeadline.dueFor(YearMonth.parse(r.period)).toOffsetDateTime(),
                r.late, r.isCurrent, r.supersededBy, r.version);
    }
}
