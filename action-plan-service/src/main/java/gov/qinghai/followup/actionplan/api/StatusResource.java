package gov.qinghai.followup.actionplan.api;

import java.time.Clock;
import gov.qinghai.followup.actionplan.domain.FigureRule;
import gov.qinghai.followup.actionplan.domain.Numbers;
import gov.qinghai.followup.actionplan.domain.PastStatus;
import gov.qinghai.followup.actionplan.domain.StatusChange;
import gov.qinghai.followup.actionplan.domain.StatusChangeCause;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.actionplan.domain.ReportingCalendar;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.Actual;
import gov.qinghai.followup.actionplan.domain.TaskStatusRule.IndicatorFacts;
import gov.qinghai.followup.actionplan.service.LaggingService;
import gov.qinghai.followup.actionplan.service.LaggingService.LaggingUnit;
import gov.qinghai.followup.actionplan.service.LinkedIndicatorService;
import gov.qinghai.followup.actionplan.service.StatusService;
import gov.qinghai.followup.actionplan.service.StatusService.TaskState;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Status and lagging units", description = "Derived task status and the units the 督查室 looks at for 约谈")
public class StatusResource {
    @Inject
    Clock clock;
    @Inject
    StatusService status;
    @Inject
    LaggingService lagging;
    @Inject
    gov.qinghai.followup.actionplan.service.ReportService reports;
    @Inject
    LinkedIndicatorService linked;
    @Inject
    gov.qinghai.followup.actionplan.service.UnitScope units;
    @Inject
    gov.qinghai.followup.actionplan.service.Catalogue catalogue;

    @Schema(name = "TaskStatusOnDate")
    public record TaskStatusView(@Schema(example = "21") int taskNumber, @Schema(example = "三") String groupNumeral,
                                 @Schema(example = "2017-09-30", description = "the task's own deadline")
                                 LocalDate deadline,
                                 @Schema(example = "2017-10-10") LocalDate asOf,
                                 @Schema(example = "OVERDUE") TaskStatus status,
                                 @Schema(example = "逾期未完成") String statusLabel,
                                 @Schema(example = "[\"21-coal: deadline 2017-09-30 passed, actual 120 (2017-09-30) against ≥ 132\"]")
                                 List<String> reasons,
                                 List<IndicatorState> indicators,
                                 @Schema(example = "2") int reportsFiled, @Schema(example = "1") int reportsMissing,
                                 @Schema(description = "which months the units owing the report owe, and which of "
                                         + "those are missing on the date") Reporting reporting) {
    }

    @Schema(name = "TaskReporting", description = "Monthly reports are owed from 2017-08 to owedUntil: the month the "
            + "task was met or confirmed complete, else the month of its last deadline (domain.ReportingObligation)")
    public record Reporting(@Schema(example = "2017-08") String owedFrom,
                            @Schema(example = "2017-09", description = "null: no report is owed") String owedUntil,
                            @Schema(example = "the report for 2017-09, the month of the task's last deadline 2017-09-30, "
                                    + "is the final one owed") String basis,
                            List<UnitMissing> missing) {
    }

    @Schema(name = "UnitMissingReports")
    public record UnitMissing(@Schema(example = "省经济和信息化委") String unit,
                              @Schema(example = "[\"2017-09\"]") List<String> periods) {
    }

    @Schema(name = "FigureUsed")
    public record FigureView(@Schema(example = "省科技厅", description = "the unit, or the 市州/全省 of a peer's figure")
                             String scope, @Schema(example = "40") BigDecimal value,
                             @Schema(example = "2017-09-30") LocalDate asOf,
                             @Schema(example = "true", description = "whether the rule used it") boolean used) {
    }

    @Schema(name = "IndicatorState")
    public record IndicatorState(@Schema(example = "29-family-doctor") String code, @Schema(example = "≥") String comparator,
                                 @Schema(example = "30") BigDecimal target, @Schema(example = "2017-12-31") LocalDate deadline,
                                 @Schema(example = "31.5", description = "the actual the status is judged by")
                                 BigDecimal actual,
                                 @Schema(example = "2017-12-31", description = "the date the actual refers to")
                                 LocalDate actualAsOf,
                                 @Schema(example = "MEDICAL_ALLIANCE", description = "REPORT (a unit's report) or the "
                                         + "peer service that measures it") String actualSource,
                                 @Schema(example = "全省", description = "whose figure decides: a unit, 全省, or the "
                                         + "weakest 市州") String actualScope,
                                 @Schema(example = "false", description = "the peer did not answer: its last known "
                                         + "figure is used") boolean stale,
                                 @Schema(example = "PROVINCE", description = "how units' figures combine") FigureRule rule,
                                 @Schema(example = "the province's figure (全省) against the province's target; 市州 "
                                         + "figures shown beside it") String basis,
                                 @Schema(description = "every figure considered, used or shown beside it")
                                 List<FigureView> figures) {
        static IndicatorState of(IndicatorFacts i, Actual a) {
            List<FigureView> figures = a != null ? a.figures().stream()
                    .map(f -> new FigureView(f.scope(), Numbers.plain(f.value()), f.asOf(), f.used())).toList()
                    : i.figures().stream()
                    .map(f -> new FigureView(f.unit(), Numbers.plain(f.value()), f.asOf(), false)).toList();
            return new IndicatorState(i.code(), i.comparator().symbol, Numbers.plain(i.target()), i.deadline(),
                    a == null ? null : Numbers.plain(a.value()), a == null ? null : a.asOf(),
                    a == null ? null : a.source(), a == null ? null : a.scope(), a != null && a.stale(), i.rule(),
                    a == null ? TaskStatusRule.noActualBasis(i) : a.basis(), figures);
        }
    }

    @Schema(name = "LaggingUnit")
    public record LaggingView(@Schema(example = "省经济和信息化委") String unit, @Schema(example = "9") int severity,
                              @Schema(example = "1") int overdueTasks, @Schema(example = "1") int tasksBehindTarget,
                              @Schema(example = "4") int missingReports,
                              @Schema(example = "1", description = "整改 of findings past their deadline and not "
                                      + "reported done") int overdueRectifications,
                              @Schema(example = "[\"task 21 OVERDUE: 21-coal: deadline 2017-09-30 passed …\"]")
                              List<String> evidence) {
    }

    static TaskStatusView view(TaskState s, LocalDate asOf) {
        return new TaskStatusView(s.number(), s.groupNumeral(), s.deadline(), asOf, s.verdict().status(),
                Labels.get().of(s.verdict().status()), s.verdict().reasons(),
                s.indicators().stream().map(i -> IndicatorState.of(i, s.verdict().actuals().get(i.code()))).toList(),
                s.reportsFiled(), s.reportsMissing(), new Reporting(ReportingCalendar.FIRST_PERIOD.toString(),
                s.owedUntil() == null ? null : s.owedUntil().toString(), s.reportingEndBasis(),
                s.missing().stream().map(m -> new UnitMissing(m.unitName(), m.periods())).toList()));
    }

    @GET
    @Path("task-status")
    @Authenticated
    @Operation(operationId = "listTaskStatuses", summary = "某日全部任务的状态 · Status of every task on a date", description = "Derived from indicator actuals (for 任务29 and "
            + "任务39 the peer services' latest figures, marked stale when a peer did not answer), deadlines, the "
            + "督查室's completions and missing monthly reports (domain.TaskStatusRule); filter by status and by a unit "
            + "that leads or shares the task (the notice's own spelling, e.g. 西宁市人民政府, accepted): a unit's "
            + "tasks with deadline and status in one list. A target due on the asOf date can still be met that day: "
            + "it is missed from the next day on. The quarterly report is judged by the same rule as of the "
            + "quarter's last day, so a target due that day is still open in that quarter's report.")
    @APIResponse(responseCode = "200", description = "A page of task statuses")
    @APIResponse(responseCode = "404", description = "No unit of that name or spelling")
    public Page<TaskStatusView> all(@Valid @BeanParam PageQuery page,
                                    @Parameter(example = "2017-10-10") @QueryParam("asOf") LocalDate asOf,
                                    @QueryParam("status") TaskStatus only,
                                    @Parameter(example = "西宁市人民政府") @QueryParam("unit")
                                    @jakarta.validation.constraints.Size(max = 100) String unit) {
        LocalDate d = asOf == null ? LocalDate.now(clock) : asOf;
        java.util.Set<Long> ids = unit == null ? null
                : new java.util.HashSet<>(units.taskIds(catalogue.unitNamed(unit)));
        List<TaskStatusView> all = status.all(d, linked.forStatus()).values().stream()
                .filter(s -> only == null || s.verdict().status() == only)
                .filter(s -> ids == null || ids.contains(s.taskId())).map(s -> view(s, d)).toList();
        return Page.of(all.stream().skip(page.offset()).limit(page.size).toList(), page, all.size());
    }

    @GET
    @Path("tasks/{number}/status")
    @Authenticated
    @Operation(operationId = "getTaskStatus", summary = "某日一项任务的状态 · Status of one task on a date")
    public TaskStatusView one(@PathParam("number") int number,
                              @Parameter(example = "2017-10-10") @QueryParam("asOf") LocalDate asOf) {
        LocalDate d = asOf == null ? LocalDate.now(clock) : asOf;
        TaskState s = status.all(d, linked.forStatus()).get(number);
        if (s == null) {
            throw Problems.notFound("task", number);
        }
        return view(s, d);
    }

    @Schema(name = "StatusChange", description = "A task's status changed: a judged month's by a late report or a "
            + "correction, the task found OVERDUE by the daily overdue scan, or met by the 督查室's confirmation")
    public record StatusChangeView(@Schema(example = "2017-12-05", description = "the month's report day, when its "
                                           + "status was judged; for the overdue scan the day it scanned, for a confirmation the day confirmed") LocalDate judgedOn,
                                   @Schema(example = "AT_RISK") TaskStatus statusBefore,
                                   @Schema(example = "滞后风险") String statusBeforeLabel,
                                   @Schema(example = "MET") TaskStatus statusAfter,
                                   @Schema(example = "已达标") String statusAfterLabel,
                                   @Schema(example = "LATE_REPORT") StatusChangeCause cause,
                                   @Schema(example = "逾期报送") String causeLabel,
                                   @Schema(example = "1050", nullable = true, description = "the report's; null for the scan and a confirmation")
                                   Long reportId,
                                   @Schema(example = "2017-11", nullable = true) String reportPeriod,
                                   @Schema(example = "省经济和信息化委", nullable = true) String unit,
                                   @Schema(description = "the overdue scan's newly overdue indicators (empty otherwise)")
                                   List<String> indicators,
                                   @Schema(example = "2017-12-20") LocalDate recordedOn,
                                   @Schema(example = "reporter-1") String recordedBy,
                                   @Schema(example = "changed by a late report of 2017-11 of 省经济和信息化委 on 2017-12-20")
                                   String text) {
        static StatusChangeView of(StatusChange c) {
            return new StatusChangeView(c.judgedOn, c.statusBefore, Labels.get().of(c.statusBefore), c.statusAfter,
                    Labels.get().of(c.statusAfter), c.cause, Labels.get().of(c.cause), c.reportId, c.reportPeriod,
                    c.unit == null ? null : c.unit.name,
                    c.indicators == null ? List.of() : List.of(c.indicators.split(",")), c.recordedOn, c.recordedBy,
                    PastStatus.describe(c));
        }
    }

    @GET
    @Path("tasks/{number}/status-history")
    @Authenticated
    @Operation(operationId = "getTaskStatusHistory", summary = "任务已判定月份的状态变更 · Status changes of a task's judged months", description = "A month's status is judged on its "
            + "report day (the 5th of the next month). A report filed after that day, or corrected after it, that "
            + "changes the status judged then is recorded here: when, by whom, from what to what, e.g. \"changed by a "
            + "late report of 2017-11 of 省经济和信息化委 on 2017-12-20\"; so are the daily overdue scan's finding that "
            + "the task became OVERDUE and the 督查室's confirmation of a task without indicators. Each is also published as the event task.status-changed. Oldest first.")
    public List<StatusChangeView> statusHistory(@PathParam("number") int number) {
        return reports.statusChanges(number).stream().map(StatusChangeView::of).toList();
    }

    @GET
    @Path("lagging-units")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER})
    @Operation(operationId = "listLaggingUnits", summary = "进度滞后的单位 · Lagging units", description = "Units with overdue tasks, indicators behind target, missing "
            + "reports or 整改 (rectification of a 督查 finding) past its deadline and not reported done on a date, "
            + "most severe first, with the evidence. Withdrawn findings and 督查 do not count.")
    public Page<LaggingView> lagging(@Valid @BeanParam PageQuery page,
                                     @Parameter(example = "2017-10-10") @QueryParam("asOf") LocalDate asOf) {
        List<LaggingUnit> all = lagging.lagging(asOf == null ? LocalDate.now(clock) : asOf, linked.forStatus());
        return Page.of(all.stream().skip(page.offset()).limit(page.size)
                .map(l -> new LaggingView(l.unit(), l.severity(), l.overdueTasks(), l.tasksBehindTarget(),
                        l.missingReports(), l.overdueRectifications(), l.evidence())).toList(), page, all.size());
    }
}
