package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.outbox.Channel;
import gov.qinghai.followup.common.outbox.OutboxAddresses;
import gov.qinghai.followup.common.outbox.OutboxMessage;
import gov.qinghai.followup.projects.domain.Reminder;
import gov.qinghai.followup.projects.domain.ReminderMessage;
import gov.qinghai.followup.projects.report.Exports;
import gov.qinghai.followup.projects.report.ReminderTable;
import gov.qinghai.followup.projects.service.ReminderQueries;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reminders")
@Tag(name = "Reminders", description = "Reminders and overdue notices sent to units, with their deliveries")
public class ReminderResource {
    @Inject
    ReminderTable table;
    @Inject
    ReminderQueries queries;
    @Inject
    Exports exports;

    @Schema(name = "Reminder")
    public record ReminderView(@Schema(example = "1") Long id, @Schema(example = "REMINDER") Reminder.Kind kind,
                               @Schema(example = "报送提醒", description = "the kind as a person reads it (报送提醒, "
                                       + "逾期催报)") String kindLabel,
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
            return new ReminderView(r.id, r.kind, Labels.get().of(r.kind), r.period, r.unit.id, r.unit.name, r.dueAt, r.projectIds,
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
        ReminderQueries.Slice slice = queries.list(unitId, period, kind, fairId, page.page, page.size);
        List<OutboxMessage> deliveries = queries.deliveries(slice.items().stream().map(r -> r.id).toList());
        List<ReminderView> items = slice.items().stream().map(r -> ReminderView.of(r, deliveries.stream()
                .filter(d -> d.eventKey.equals(ReminderMessage.eventKey(r.id))).map(DeliveryView::of).toList())).toList();
        return Page.of(items, page, slice.total());
    }

    @GET
    @Path("export")
    @Authenticated
    @Operation(operationId = "exportReminders", summary = "导出提醒及其项目（CSV 或 XLSX） · Reminders with their projects as CSV or XLSX", description = "One row per project a reminder "
            + "or overdue notice names (134号 五: 每月5日前报送), in its order (by fair and 序号), with Chinese headings: "
            + "提醒编号, 类别 (报送提醒/逾期催报), 期间, 责任单位, 报送截止时间, 发出时间, 未报项目数, 青洽会, 项目序号, 项目名称. "
            + "The filters of the list; with fairId only that fair's projects. More rows than EXPORT_MAX_ROWS (qinghai.exports.max-rows) is 422.")
    @APIResponse(responseCode = "200", description = "the file", content = @Content(mediaType = "text/csv",
            example = "提醒编号,类别,期间,责任单位,报送截止时间,发出时间,未报项目数,青洽会,项目序号,项目名称\r\n"
                    + "1,报送提醒,2017-09,柴达木循环经济试验区管委会,2017-10-05T15:59:59Z,2017-10-01T00:30:00Z,2,"
                    + "第十八届中国·青海绿色发展投资贸易洽谈会,162,200万吨/年氯化钾液钾资源回收利用工程项目"))
    @APIResponse(responseCode = "422", description = "more rows than EXPORT_MAX_ROWS (qinghai.exports.max-rows)")
    public Response export(@QueryParam("unitId") @Parameter(example = "6") Long unitId,
                           @QueryParam("period") @Window(kind = Window.Kind.MONTH) @Parameter(example = "2017-09") String period,
                           @QueryParam("kind") @Parameter(example = "REMINDER") Reminder.Kind kind,
                           @QueryParam("fairId") @Parameter(example = "1") Long fairId,
                           @QueryParam("format") @DefaultValue("csv") @Parameter(example = "xlsx") String format) {
        ReminderTable.Filter filter = new ReminderTable.Filter(unitId, period, kind, fairId);
        exports.requireAtMostMaxRows(table.count(filter));
        String name = "reminders" + (period == null ? "" : "-" + period);
        return exports.table(name, ReminderTable.COLUMNS, ReminderTable.rows(table.lines(filter)), format);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getProjectReminder", summary = "查看一条提醒及其投递 · Get one reminder with its deliveries")
    public ReminderView get(@PathParam("id") long id) {
        return ReminderView.of(queries.find(id), queries.deliveries(List.of(id)).stream().map(DeliveryView::of).toList());
    }

    @GET
    @Path("{id}/projects")
    @Authenticated
    @Operation(operationId = "listReminderProjects", summary = "提醒所列项目（分页） · The projects a reminder names, paged",
            description = "Every unreported project of the reminder, in its order (by fair and 序号): the full list "
                    + "behind a message that writes out only the first 100 序号.")
    public Page<ProjectView> projects(@PathParam("id") @Parameter(example = "1") long id,
                                      @Valid @BeanParam PageQuery page) {
        List<Long> ids = queries.find(id).projectIds;
        List<Long> slice = ids.subList(Math.min(page.offset(), ids.size()), Math.min(page.offset() + page.size, ids.size()));
        List<ProjectView> items = queries.projects(slice).stream().map(ProjectView::of).toList();
        return Page.of(items, page, ids.size());
    }
}
