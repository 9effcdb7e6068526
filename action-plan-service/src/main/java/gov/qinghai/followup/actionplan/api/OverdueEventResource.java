package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.OverdueEvent;
import gov.qinghai.followup.actionplan.service.ReminderQueries;
import jakarta.inject.Inject;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/overdue-events")
@Tag(name = "Reminders")
public class OverdueEventResource {
    @Inject
    ReminderQueries reminders;

    @Schema(name = "OverdueEvent", description = "An indicator or a task without indicators the overdue scan found "
            + "newly overdue, recorded once")
    public record OverdueEventView(@Schema(example = "1000") Long id, @Schema(example = "13") int taskNumber,
                                   @Schema(example = "21-coal", description = "null when the task itself (it has "
                                           + "no indicators) is overdue") String indicatorCode,
                                   @Schema(example = "2017-10-01") LocalDate detectedOn,
                                   @Schema(example = "task 13: deadline 2017-09-30 passed without a completion "
                                           + "confirmed by the 督查室") String detail) {
        static OverdueEventView of(OverdueEvent e) {
            return new OverdueEventView(e.id, e.task.number, e.indicator == null ? null : e.indicator.code,
                    e.detectedOn, e.detail);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listOverdueEvents", summary = "逾期事件列表 · List overdue events", description = "What the overdue-scan job recorded, newest first; "
            + "filter by task number.")
    public Page<OverdueEventView> list(@Valid @BeanParam PageQuery page,
                                       @Parameter(example = "13") @QueryParam("task") @Min(1) @Max(50) Integer task) {
        return Page.of(reminders.overdueEvents(task), page, OverdueEventView::of);
    }
}
