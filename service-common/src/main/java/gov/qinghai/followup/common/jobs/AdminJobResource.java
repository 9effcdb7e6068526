package gov.qinghai.followup.common.jobs;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.operations.OperationView;
import gov.qinghai.followup.common.operations.Operations;
import gov.qinghai.followup.common.operations.Work;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one admin jobs API of every service: the service's {@link PeriodJob} beans listed, replayed for a date, and
 * their runs (one per period, from the job_run ledger).
 */
@Path("/api/v1/admin/jobs")
@Tag(name = "Jobs", description = "The scheduled jobs: listed, replayed for a date (each period is processed once), "
        + "their runs")
public class AdminJobResource {
    /** Dates PostgreSQL and the period arithmetic can hold; anything else is a 400 naming the field, not a 500. */
    static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    @Inject
    Instance<PeriodJob> jobs;
    @Inject
    JobRunLedger ledger;
    @Inject
    CurrentUser user;
    @Inject
    Operations operations;

    @Schema(name = "Job")
    public record JobView(@Schema(example = "monthly-reminders") String name,
                          @Schema(example = "On the 1st: the units that have not reported the month before") String description) {
    }

    /** The shape of {@code Page<JobRun>}, named for the document (a generic type cannot be named in an annotation). */
    @Schema(name = "JobRunPage")
    public record JobRunPage(List<JobRun> items, int page, int size, long total, int totalPages) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listJobs", summary = "本服务的定时任务 · The scheduled jobs of this service", description = "Name and what a run on a date processes.")
    @APIResponse(responseCode = "200", description = "The jobs, by name", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = JobView.class),
            examples = @ExampleObject(name = "jobs", value = "[{\"name\":\"quarterly-report\",\"description\":"
                    + "\"After a quarter: builds and stores the report of the quarter before the date\"}]")))
    public List<JobView> list() {
        return jobs.stream().map(j -> new JobView(j.name(), j.description()))
                .sorted(Comparator.comparing(JobView::name)).toList();
    }

    @POST
    @Path("{job}/run")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runJob", summary = "按指定日期运行任务 · Run a job as if on a date", description = "Processes the period the date belongs to (see "
            + "the job's description) unless it has been processed already: then ran=false and nothing is written. "
            + "A run answers at once (200 with the JobResult). A job that stores one report per scope (project "
            + "tracking's quarterly report: one per fair) stores each in a transaction of its own: a scope that "
            + "fails leaves the others stored and the period open (its run's outcome failed), the answer is 500 "
            + "job-incomplete naming the failed scopes, and a run for the same date again builds only the missing "
            + "ones; every other job processes one period in one transaction. "
            + "With the header Prefer: respond-async it runs in the background instead: 202 Accepted, Location "
            + "/api/v1/operations/{id} (kind job:<name>, progress in steps: one, or one per scope, e.g. fairs done of "
            + "total; the JobResult as the result's summary).")
    @APIResponse(responseCode = "200", description = "Whether the period was processed now", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = JobResult.class), examples = @ExampleObject(name = "ran", value = "{\"job\":\"quarterly-report\",\"period\":\"2017-Q3\","
                    + "\"ran\":true,\"items\":1,\"message\":null}")))
    @APIResponse(responseCode = "202", description = "Prefer: respond-async: the run was accepted as an operation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperationView.class),
                    examples = @ExampleObject(name = "accepted", value = "{\"id\":"
                    + "\"3f0c2a52-8f0e-4a7c-9a44-0d6c2b1e5a10\",\"kind\":\"job:quarterly-report\",\"state\":"
                    + "\"queued\",\"progress\":{\"done\":0,\"total\":null,\"unit\":\"steps\"},\"startedBy\":"
                    + "\"admin\",\"createdAt\":\"2026-12-07T10:00:00Z\",\"startedAt\":null,\"finishedAt\":null,"
                    + "\"result\":null,\"problem\":null}")))
    @APIResponse(responseCode = "400", description = "date missing or outside 1900-01-01 … 2100-12-31")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response run(@PathParam("job") @Parameter(example = "quarterly-report") String job,
                        @QueryParam("date") @Parameter(example = "2017-10-01", required = true) LocalDate date,
                        @HeaderParam("Prefer") @Parameter(description = "respond-async: run in the background (202)",
                                example = "respond-async") String prefer) {
        PeriodJob j = find(job);
        if (date == null) {
            throw Problems.badRequest("date", Detail.of("detail.job-date-required", "date is required, e.g. 2017-10-01"));
        }
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            throw Problems.badRequest("date", Detail.of("detail.job-date-range", "date must lie between {0} and {1}",
                    MIN, MAX));
        }
        String by = user.name();
        if (!Operations.prefersAsync(prefer)) {
            return Response.ok(j.run(date, by)).build();
        }
        return Operations.accepted(operations.start("job:" + j.name(), "steps", by, progress ->
                new Work.Outcome("/api/v1/admin/jobs/" + j.name() + "/runs", j.run(date, by, progress)), () -> {
                }));
    }

    @GET
    @Path("{job}/runs")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "listJobRuns", summary = "任务的运行记录 · Runs of a job, one per period, the latest period first")
    @APIResponse(responseCode = "200", description = "A page of runs", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = JobRunPage.class),
            examples = @ExampleObject(name = "runs", value = "{\"items\":[{\"job\":\"quarterly-report\",\"period\":"
                    + "\"2017-Q3\",\"startedAt\":\"2017-10-01T01:00:00Z\",\"finishedAt\":\"2017-10-01T01:00:02Z\","
                    + "\"triggeredBy\":\"scheduler\",\"outcome\":\"done\",\"items\":1}],\"page\":0,\"size\":20,"
                    + "\"total\":1,\"totalPages\":1}")))
    @APIResponse(responseCode = "404", description = "No such job")
    public Page<JobRun> runs(@PathParam("job") @Parameter(example = "quarterly-report") String job,
                             @Valid @BeanParam PageQuery page) {
        return ledger.runs(find(job).name(), page);
    }

    private PeriodJob find(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> Problems.notFound("job", name));
    }
}
