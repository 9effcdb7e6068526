package gov.qinghai.followup.transparency.api;

import jakarta.inject.Inject;
import gov.qinghai.followup.transparency.service.Listings;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.transparency.domain.Reminder;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Reminders and reports", description = "Reminders (the jobs: /api/v1/admin/jobs; the annual bulletin and "
        + "report: /api/v1/period-reports)")
public class ReportResource {
    @Inject
    Listings listings;
    @Schema(name = "Reminder")
    public record ReminderView(
            @Schema(example = "100") Long id,
            @Schema(example = "rectification-reminders") String job,
            @Schema(example = "2017-12-01") String period,
            @Schema(example = "西宁市政府") String unit,
            @Schema(example = "RECTIFICATION") String refType,
            @Schema(example = "100") Long refId,
            @Schema(example = "2017-11-30") LocalDate dueOn,
            @Schema(example = "true") boolean overdue,
            @Schema(example = "整改逾期（期限 2017-11-30）：政策解读不全") String message,
            Instant createdAt) {
    }

    @GET
    @Path("reminders")
    @Authenticated
    @Operation(operationId = "listTransparencyReminders", summary = "提醒列表 · List reminders", description = "Filter by unit (name as in the token's unit claim), job, period.")
    public Page<ReminderView> reminders(@Valid @BeanParam PageQuery page, @QueryParam("unit") String unit,
                                        @QueryParam("job") String job, @QueryParam("period") @Window(kind = Window.Kind.PERIOD) String period) {
        PanacheQuery<Reminder> query = listings.reminders(unit, job, period);
        return Page.of(query, page, r -> new ReminderView(r.id, r.job, r.period, r.unit, r.refType, r.refId, r.dueOn,
                r.overdue, r.message, r.createdAt));
    }
}
