package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.jobs.JobRun;
import gov.qinghai.followup.common.jobs.JobRunLedger;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.jobs.JobResult;
import gov.qinghai.followup.medical.jobs.PeriodJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/jobs")
@Tag(name = "Jobs", description = "Replay the scheduled jobs for a date: family-doctor-reminders (monthly), "
        + "pending-referral-alerts (daily), quarterly-report (quarterly)")
public class AdminJobResource {
    @Inject
    Instance<PeriodJob> jobs;
    @Inject
    JobRunLedger ledger;
    @Inject
    CurrentUser user;

    @POST
    @Path("{job}/run")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run a job as if on a date", description = "Processes the period the date belongs to "
            + "(e.g. family-doctor-reminders on 2017-10-06 → 2017-09; quarterly-report on 2017-10-01 → 2017-Q3) "
            + "unless it has been processed already: then ran=false.")
    public JobResult run(@PathParam("job") String job, @QueryParam("date") @NotNull LocalDate date) {
        return find(job).run(date, user.name());
    }

    @GET
    @Path("{job}/runs")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Recent runs of a job")
    public List<JobRun> runs(@PathParam("job") String job) {
        find(job);
        return ledger.recent(job, 50);
    }

    private PeriodJob find(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> Problems.notFound("job", name));
    }
}
