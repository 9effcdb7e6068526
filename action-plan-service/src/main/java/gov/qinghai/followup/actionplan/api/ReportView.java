package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Numbers;
import gov.qinghai.followup.actionplan.domain.ProgressReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReport", description = "One unit's monthly report on one task")
public record ReportView(
        @Schema(example = "1000") Long id,
        @Schema(example = "21") int taskNumber,
        @Schema(example = "省经济和信息化委") String unit,
        @Schema(example = "2017-09") String period,
        @Schema(example = "已关闭退出煤矿12处，压减产能120万吨。") String narrative,
        @Schema(example = "职工安置资金缺口较大。") String problems,
        List<String> evidenceLinks,
        List<ActualView> actuals,
        @Schema(example = "2017-10-04T02:00:00Z") Instant submittedAt,
        @Schema(example = "reporter@省经济和信息化委") String submittedBy,
        @Schema(example = "0") long version) {

    @Schema(name = "IndicatorActual")
    public record ActualView(@Schema(example = "21-coal") String indicatorCode, @Schema(example = "120") BigDecimal value,
                             @Schema(example = "2017-09-30") LocalDate asOf) {
    }

    public static ReportView of(ProgressReport r) {
        return new ReportView(r.id, r.task.number, r.unit.name, r.period, r.narrative, r.problems,
                r.evidenceLinks == null || r.evidenceLinks.isBlank() ? List.of() : List.of(r.evidenceLinks.split("\n")),
                r.actuals.stream().map(a -> new ActualView(a.indicator.code, Numbers.plain(a.value), a.asOf)).toList(),
                r.submittedAt, r.submittedBy, r.version);
    }
}
