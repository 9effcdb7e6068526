package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.outbox.Channel;
import gov.qinghai.followup.common.outbox.OutboxAddresses;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.Reminder;
import gov.qinghai.followup.projects.domain.ReminderMessage;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reminders")
@Tag(name = "Reminders", description = "Reminders and overdue notices sent to units, with their deliveries")
public class ReminderResource {

    @Schema(name = "Reminder")
    public record ReminderView(@Schema(example = "1") Long id, @Schema(example = "REMINDER") Reminder.Kind kind,
                               @Schema(example = "2017-09") String period, @Schema(example = "6") Long unitId,
                               @Schema(example = "柴达木循环经济试验区管委会") String unit,
                               @Schema(example = "2017-10-05T15:59:59.999999999Z") Instant dueAt,
                               @Schema(description = "every unreported project of the unit, by fair and 序号; paged "
                                       + "with their details at /api/v1/reminders/{id}/projects", example = "[1015, 1016]")
                               List<Long> projectIds,
                               @Schema(example = "2") int projectCount,
                               @Schema(example = "请于2017年10月5日前报送2017-09签约项目进展情况和存在的问题（青政办〔2017〕134号 五）。"
                                       + "未报项目2个，序号：第18届青洽会 162、163",
                                       description = "to people: the count and the first 100 序号, by fair")
                               String message, Instant createdAt, List<DeliveryView> deliveries) {
        static ReminderView of(Reminder r, List<DeliveryView> deliveries) {
            return new ReminderView(r.id, r.kind, r.period, r.unit.id, r.unit.name, r.dueAt, r.projectIds,
                    r.projectIds.size(), r.message, r.createdAt, deliveries);
        }
    }

    /**
     * One outbox message of the reminder (e-mail or webhook). FAILED: failed max-attempts times, still retried;
     * CANCELLED: an admin gave it up (POST /api/v1/admin/outbox/{id}/cancel), it is never sent.
     */
    @Schema(name = "Delivery")
    public record DeliveryView(Channel channel, String target, OutboxMessage.Status status,
                               int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
        static DeliveryView of(OutboxMessage m) {
            // any role reads reminders: a webhook URL's credential (?access_token=…) is shown masked, as in the admin API
            return new DeliveryView(m.channel, OutboxAddresses.display(m.channel, m.recipient), m.status, m.attempts,
                    m.nextAttemptAt, OutboxAddresses.scrub(m.lastError, m.channel, m.recipient), m.sentAt);
        }

        static List<OutboxMessage> messagesOf(List<Long> reminderIds) {
            return reminderIds.isEmpty() ? List.of() : OutboxMessage.list("eventKey in ?1 order by channel, recipient",
                    reminderIds.stream().map(ReminderMessage::eventKey).toList());
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProjectReminders", summary = "催报提醒列表 · List reminders", description = "Filter by unit, month, kind and fair. A project is chased "
            + "only for the months it owes: from its fair's month to its completion or the fair's closing.")
    public Page<ReminderView> list(@Valid @BeanParam PageQuery page,
                                   @QueryParam("unitId") @Parameter(example = "6") Long unitId,
                                   @QueryParam("period") @Window(kind = Window.Kind.MONTH) @Parameter(example = "2017-09") String period,
                                   @QueryParam("kind") Reminder.Kind kind,
                                   @QueryParam("fairId") @Parameter(description = "only reminders naming projects of "
                                           + "this fair", example = "1") Long fairId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (fairId != null) {
            where.append(" and exists (select 1 from Project fp where fp.fair.id = :fair"
                    + " and array_contains(r.projectIds, fp.id))");
            p.and("fair", fairId);
        }
        if (unitId != null) {
            where.append(" and r.unit.id = :unit");
            p.and("unit", unitId);
        }
        if (period != null) {
            where.append(" and r.period = :period");
            p.and("period", period);
        }
        if (kind != null) {
            where.append(" and r.kind = :kind");
            p.and("kind", kind);
        }
        List<Reminder> rows = Reminder.<Reminder>find("from Reminder r join fetch r.unit where " + where,
                Sort.descending("r.period").and("r.kind").and("r.unit.id", Sort.Direction.Ascending), p)
                .page(page.page, page.size).list();
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        List<OutboxMessage> deliveries = DeliveryView.messagesOf(ids);
        List<ReminderView> items = rows.stream().map(r -> ReminderView.of(r, deliveries.stream()
                .filter(d -> d.eventKey.equals(ReminderMessage.eventKey(r.id))).map(DeliveryView::of).toList())).toList();
        return Page.of(items, page, Reminder.count("from Reminder r where " + where, p));
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getProjectReminder", summary = "查看一条提醒及其投递 · Get one reminder with its deliveries")
    public ReminderView get(@PathParam("id") long id) {
        return ReminderView.of(find(id), DeliveryView.messagesOf(List.of(id)).stream().map(DeliveryView::of).toList());
    }

    @GET
    @Path("{id}/projects")
    @Authenticated
    @Operation(operationId = "listReminderProjects", summary = "提醒所列项目（分页） · The projects a reminder names, paged",
            description = "Every unreported project of the reminder, in its order (by fair and 序号): the full list "
                    + "behind a message that writes out only the first 100 序号.")
    public Page<ProjectView> projects(@PathParam("id") @Parameter(example = "1") long id,
                                      @Valid @BeanParam PageQuery page) {
        List<Long> ids = find(id).projectIds;
        List<Long> slice = ids.subList(Math.min(page.offset(), ids.size()), Math.min(page.offset() + page.size, ids.size()));
        Map<Long, Project> byId = slice.isEmpty() ? Map.of() : Project.<Project>list(
                "from Project p join fetch p.unit join fetch p.fair where p.id in ?1", slice).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        List<ProjectView> items = slice.stream().map(byId::get).filter(Objects::nonNull).map(ProjectView::of).toList();
        return Page.of(items, page, ids.size());
    }

    private static Reminder find(long id) {
        return Reminder.<Reminder>findByIdOptional(id).orElseThrow(() -> Problems.notFound("reminder", id));
    }
}
