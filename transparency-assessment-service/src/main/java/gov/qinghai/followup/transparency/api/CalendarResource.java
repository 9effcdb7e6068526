package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.CalendarDay;
import gov.qinghai.followup.transparency.domain.WorkingDays;
import gov.qinghai.followup.transparency.service.CalendarService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calendar")
@Tag(name = "Holiday calendar", description = "Public holidays and 调休 working days for the 20-working-day rule")
public class CalendarResource {
    @Inject
    CalendarService service;

    @GET
    @Path("days")
    @Authenticated
    @Operation(summary = "List calendar days", description = "Holidays and make-up working days; filter by year.")
    public Page<DisclosureViews.Day> days(@Valid @BeanParam PageQuery page, @QueryParam("year") @Window(kind = Window.Kind.YEAR) Integer year) {
        PanacheQuery<CalendarDay> q = year == null ? CalendarDay.findAll(Sort.by("day"))
                : CalendarDay.find("year(day) = ?1", Sort.by("day"), year);
        return Page.of(q, page, d -> new DisclosureViews.Day(d.day, d.kind, d.name, d.source, d.version));
    }

    @PUT
    @Path("days/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a day as holiday or 调休 working day", description = "Recomputes open disclosure deadlines.")
    public DisclosureViews.Change put(@PathParam("day") LocalDate day, @Valid @NotNull DisclosureViews.DayInput body) {
        return new DisclosureViews.Change(service.put(day, body.kind(), body.name(), body.version()));
    }

    @DELETE
    @Path("days/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a day from the calendar", description = "Recomputes open disclosure deadlines.")
    public DisclosureViews.Change delete(@PathParam("day") LocalDate day) {
        return new DisclosureViews.Change(service.delete(day));
    }

    @POST
    @Path("import")
    @Consumes({"text/calendar", "text/plain"})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import an iCalendar file", description = "All-day VEVENTs; SUMMARY containing 班 (上班/补班) or"
            + " CATEGORIES WORKDAY → 调休 working day, else holiday. Recomputes open deadlines.")
    public CalendarService.ImportResult importIcs(String body) {
        return service.importIcs(body == null ? "" : body);
    }

    @GET
    @Path("deadline")
    @Authenticated
    @Operation(summary = "Explain the 20-working-day deadline for a production date",
            description = "137号 附件 第4项; counting starts the day after production.")
    public WorkingDays.Deadline deadline(@QueryParam("producedOn") @NotNull LocalDate producedOn) {
        return service.deadline(producedOn);
    }
}
