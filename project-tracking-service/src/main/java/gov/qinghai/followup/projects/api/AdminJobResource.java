package gov.qinghai.followup.projects.api;

import java.time.Clock;
import gov.qinghai.followup.common.jobs.JobRun;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.report.QuarterlyReports;
import gov.qinghai.followup.projects.service.ReminderService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/jobs")
@Tag(name = "Jobs", description = "Replay scheduled jobs for a date; each period is processed once")
@RolesAllowed(Roles.ADMIN)
public class AdminJobResource {
    @Inject
    Clock clock;
    static final List<String> JOBS = List.of(ReminderService.MONTHLY, ReminderService.OVERDUE, QuarterlyReports.JOB,
            "deliver-notifications");
    @Inject
    ReminderService reminders;
    @Inject
    QuarterlyReports quarterly;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    JobRunLedger ledger;
    @Inject
    CurrentUser user;

    public record RunResult(String job, String period, boolean ran, int items) {
    }

    @POST
    @Path("{job}/run")
    @Operation(summary = "Run a job as if it were the given date",
            description = "monthly-reminder (1st: units lacking last month's reports), overdue-scan (6th), "
                    + "quarterly-report (after a quarter), deliver-notifications (send due e-mails/webhooks). "
                    + "ran=false means the period had been processed already.")
    public RunResult run(@PathParam("job") @Parameter(example = "monthly-reminder") String job,
                         @QueryParam("date") @Parameter(example = "2017-10-01", required = true) LocalDate date) {
        if (date == null) {
            throw Problems.badRequest("date", "date is required, e.g. 2017-10-01");
        }
        String by = user.name();
        return switch (job) {
            case ReminderService.MONTHLY, ReminderService.OVERDUE -> {
                ReminderService.Outcome o = reminders.run(job, date, by);
                yield new RunResult(o.job(), o.period(), o.ran(), o.items());
            }
            case QuarterlyReports.JOB -> {
                QuarterlyReports.Outcome o = quarterly.run(date, by);
                yield new RunResult(o.job(), o.period(), o.ran(), o.items());
            }
            case "deliver-notifications" -> {
                // deliveries due by that day, or by now if it has passed
                Instant day = date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
                Instant now = Instant.now(clock);
                OutboxDispatcher.Outcome o = dispatcher.dispatchDue(day.isAfter(now) ? day : now);
                yield new RunResult(job, date.toString(), true, o.delivered());
            }
            default -> throw Problems.notFound("job", job + " (jobs: " + String.join(", ", JOBS) + ")");
        };
    }

    @GET
    @Path("{job}/runs")
    @Operation(summary = "Recent runs of a job, one per period")
    public List<JobRun> runs(@PathParam("job") String job) {
        if (!JOBS.contains(job)) {
            throw Problems.notFound("job", job);
        }
        return ledger.recent(job, 50);
    }
}
