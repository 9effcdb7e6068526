package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.transparency.service.Listings;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.CalendarYear;
import gov.qinghai.followup.transparency.domain.WorkingDays;
import gov.qinghai.followup.transparency.service.CalendarService;
import gov.qinghai.followup.transparency.service.views.DisclosureViews;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendar")
@Tag(name = "Holiday calendar", description = "Public holidays and 调休 working days for the 20-working-day rule")
public class CalendarResource {
    @Inject
    Listings listings;
    @Inject
    CalendarService service;

    @GET
    @Path("days")
    @Authenticated
    @Operation(operationId = "listCalendarDays", summary = "日历日期列表 · List calendar days", description = "Holidays and make-up working days; filter by year.")
    public Page<DisclosureViews.Day> days(@Valid @BeanParam PageQuery page, @QueryParam("year") @Window(kind = Window.Kind.YEAR) Integer year) {
        return Page.of(listings.calendarDays(year), page, DisclosureViews.Day::of);
    }

    @PUT
    @Path("days/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setCalendarDay", summary = "设置节假日或调休工作日 · Set a day as holiday or 调休 working day", description = "Recomputes open disclosure deadlines.")
    public DisclosureViews.Change put(@PathParam("day") LocalDate day, @Valid @NotNull DisclosureViews.DayInput body) {
        return new DisclosureViews.Change(service.put(day, body.kind(), body.name(), body.version()));
    }

    @DELETE
    @Path("days/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCalendarDay", summary = "从日历中删除一天 · Remove a day from the calendar", description = "Recomputes open disclosure deadlines.")
    public DisclosureViews.Change delete(@PathParam("day") LocalDate day) {
        return new DisclosureViews.Change(service.delete(day));
    }

    @POST
    @Path("import")
    @Consumes({"text/calendar", "text/plain"})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importCalendarIcs", summary = "导入 iCalendar 文件 · Import an iCalendar file", description = "All-day VEVENTs; SUMMARY containing 班 (上班/补班) or"
            + " CATEGORIES WORKDAY → 调休 working day, else holiday. Recomputes open deadlines. With ?year=&notice= the"
            + " file is that year's whole holiday notice and the year is held from then on (see GET /calendar/years).")
    public CalendarService.ImportResult importIcs(String body, @QueryParam("year") @Min(2017) @Max(2100) Integer year,
                                                  @QueryParam("notice") @Size(max = 200) String notice) {
        return service.importIcs(body == null ? "" : body, year, notice);
    }

    @POST
    @Path("notices")
    @Consumes("text/plain")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importHolidayNotice", summary = "按放假通知载入一年 · Load a year from its holiday notice's own list of dates",
            description = "The body is the list as 国务院办公厅关于部分节假日安排的通知 prints it, one item a line"
                    + " (\"一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\"); other lines are"
                    + " ignored. The range before 放假 becomes holidays, dates of a sentence with 上班 调休 working days."
                    + " A printed weekday that does not match its date, a 共N天 that does not match the range or a 上班 day"
                    + " on a weekday is 422 naming the line. The year is held from then on; open deadlines are recomputed.")
    @APIResponse(responseCode = "200", description = "days written and deadlines recomputed", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = CalendarService.ImportResult.class),
            examples = @ExampleObject(name = "2027", value = """
                    {"holidays": 30, "makeupWorkdays": 6, "recomputed": 0, "year": 2027, "notice": "国办发明电〔2026〕1号"}""")))
    @APIResponse(responseCode = "422", description = "a line that does not read as the notice prints it (in Chinese"
            + " by default; with Accept-Language: en \"line 3 (元旦): 2027-01-01 is printed as 周四 but is a FRIDAY"
            + " (wrong year?)\")",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "weekday",
                    value = """
                            {"type": "/problems/unprocessable", "title": "无法处理的内容", "status": 422, "field": "body",
                             "detail": "第 3 行（元旦）：2027-01-01 印为周四，实际是星期五（年份有误？）"}""")))
    public CalendarService.ImportResult importNotice(
            @Parameter(description = "the year of the notice", example = "2027")
            @QueryParam("year") @NotNull @Min(2017) @Max(2100) Integer year,
            @Parameter(description = "its document number", example = "国办发明电〔2026〕1号")
            @QueryParam("notice") @NotBlank @Size(max = 200) String notice,
            @RequestBody(content = @Content(mediaType = "text/plain", examples = @ExampleObject(name = "2026", value = """
                    一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
                    三、清明节：4月4日（周六）至6日（周一）放假，共3天。"""))) String body) {
        return service.importNotice(year, notice, body == null ? "" : body);
    }

    @GET
    @Path("years")
    @Authenticated
    @Operation(operationId = "listCalendarYears", summary = "日历所含年份 · Years the calendar holds", description = "Each with its notice's document number. A deadline"
            + " whose count reaches a year not listed (or late December of a year whose next year is not listed) is"
            + " refused with 422: the calendar of that year is not known.")
    @APIResponse(responseCode = "200", description = "one page, oldest year first", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = DisclosureViews.YearPage.class), examples = @ExampleObject(name = "2026", value = """
                    {"items": [{"year": 2026, "notice": "国办发明电〔2025〕7号",
                      "title": "国务院办公厅关于2026年部分节假日安排的通知", "note": null, "loadedBy": "seed V131"}],
                     "page": 0, "size": 20, "total": 10}""")))
    public Page<DisclosureViews.Year> years(@Valid @BeanParam PageQuery page) {
        return Page.of(listings.calendarYears(), page,
                (CalendarYear y) -> new DisclosureViews.Year(y.year, y.notice, y.title, y.note, y.loadedBy, y.loadedAt));
    }

    @GET
    @Path("deadline")
    @Authenticated
    @Operation(operationId = "explainDisclosureDeadline", summary = "说明二十个工作日的期限 · Explain the 20-working-day deadline for a production date",
            description = "137号 附件 第4项; counting starts the day after production. 422 (producedOn) when the count"
                    + " reaches a year the calendar does not hold (GET /calendar/years).")
    public WorkingDays.Deadline deadline(@QueryParam("producedOn") @NotNull LocalDate producedOn) {
        return service.deadline(producedOn, "producedOn");
    }
}
