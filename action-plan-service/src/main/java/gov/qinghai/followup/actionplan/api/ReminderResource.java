package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.actionplan.domain.NumberList;
import gov.qinghai.followup.actionplan.domain.Reminder;
import gov.qinghai.followup.actionplan.jobs.ReminderDelivery;
import gov.qinghai.followup.actionplan.service.OwnUnit;
import gov.qinghai.followup.actionplan.service.ReminderQueries;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Reminders", description = "The monthly reminders per unit (the jobs: /api/v1/admin/jobs)")
public class ReminderResource {
    @Inject
    ReminderQueries reminders;
    @Inject
    OwnUnit own;

    @Schema(name = "Reminder")
    public record ReminderView(@Schema(example = "1000") Long id, @Schema(example = "2017-09") String period,
                               @Schema(example = "海东市政府") String unit, @Schema(example = "[13,30,42]") List<Integer> taskNumbers,
                               @Schema(example = "[1000]", description = "findings whose 整改 was overdue on the "
                                       + "job's date") List<Long> overdueRectificationFindings,
                               @Schema(example = "2017-10-01") LocalDate jobDate, Instant createdAt,
                               @Schema(example = "SENT", description = "its outbox message to the webhook: PENDING, "
                                       + "SENT, FAILED (still retried) or CANCELLED (an admin gave it up, "
                                       + "/api/v1/admin/outbox); null when no webhook is configured")
                               OutboxMessage.Status delivery) {
        static ReminderView of(Reminder r, OutboxMessage.Status delivery) {
            return new ReminderView(r.id, r.period, r.unit.name,
                    NumberList.parse(r.taskNumbers).stream().map(Long::intValue).toList(),
                    NumberList.parse(r.rectificationFindings), r.jobDate, r.createdAt, delivery);
        }
    }

    @GET
    @Path("reminders")
    @Authenticated
    @Operation(operationId = "listActionPlanReminders", summary = "提醒列表 · List reminders", description = "Paged; filter by unit and period. A reporter sees its own unit's. "
            + "Each is sent to the webhook of NOTIFICATIONS_WEBHOOK_URL through the outbox; delivery shows its state.")
    public Page<ReminderView> list(@Valid @BeanParam PageQuery page, @QueryParam("unit") String unit,
                                   @Parameter(example = "2017-09") @QueryParam("period") @Window(kind = Window.Kind.MONTH) String period) {
        String readable = own.readable(unit, Detail.of("ap.records.reminders", "reminders"));
        return Page.ofRows(reminders.reminders(readable, period), page, rows -> {
            Map<String, OutboxMessage.Status> delivery = reminders.deliveries(ReminderDelivery.TOPIC,
                    rows.stream().map(ReminderDelivery::eventKey).toList());
            return rows.stream().map(r -> ReminderView.of(r, delivery.get(ReminderDelivery.eventKey(r)))).toList();
        });
    }
}
