package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.actionplan.domain.Supervision;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.service.SupervisionCommands;
import gov.qinghai.followup.actionplan.service.SupervisionInput;
import gov.qinghai.followup.actionplan.service.SupervisionRecords;
import gov.qinghai.followup.actionplan.service.SupervisionRecords.Kind;
import gov.qinghai.followup.actionplan.service.SupervisionService;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Supervision", description = "督查 (定期/专项/现场/明察暗访), findings, 约谈 and 问责 of 135号 三、(三)")
public class SupervisionResource {
    static final String VERSIONED = " Send the version you read: 409 (stale-version) when the record changed "
            + "meanwhile, 409 when it was withdrawn.";

    @Inject
    SupervisionService supervisions;
    @Inject
    SupervisionRecords records;

    @POST
    @Idempotent
    @Path("supervisions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordSupervision", summary = "记录一次督查 · Record a 督查", description = "With the tasks and units covered and its findings; heldOn "
            + "within the offensive's supervision (2017-08-09 to 2018-12-31), a finding's task among the 督查's tasks "
            + "and its unit one of that task (422 naming the field). A retry "
            + "with the same Idempotency-Key gets the first answer again (201, Idempotent-Replayed: true); the same "
            + "key with another body 422.")
    @APIResponse(responseCode = "201", description = "the 督查 as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionView.class)))
    public Response create(@Valid @NotNull SupervisionInput in) {
        SupervisionService.Created c = supervisions.create(in);
        Response.ResponseBuilder r = Created.builder("/api/v1/supervisions/" + c.supervision().id,
                SupervisionView.of(c.supervision(), supervisions));
        return (c.replayed() ? r.header(Idempotent.REPLAYED_HEADER, "true") : r).build();
    }

    @GET
    @Path("supervisions")
    @Authenticated
    @Operation(operationId = "listSupervisions", summary = "督查列表 · List 督查", description = "Paged, newest first; filter by kind. Withdrawn 督查 are left "
            + "out unless withdrawn=true.")
    public Page<SupervisionView> list(@Valid @BeanParam PageQuery page, @QueryParam("kind") SupervisionKind kind,
                                      @Parameter(example = "false", description = "include withdrawn 督查")
                                      @QueryParam("withdrawn") @DefaultValue("false") boolean withdrawn) {
        return Page.of(supervisions.supervisions(kind, withdrawn), page, s -> SupervisionView.of(s, supervisions));
    }

    @GET
    @Path("supervisions/{id}")
    @Authenticated
    @Operation(operationId = "getSupervision", summary = "查看一次督查 · Get one 督查", description = "Withdrawn ones too, with who withdrew them, when and why.")
    public SupervisionView get(@PathParam("id") long id) {
        return SupervisionView.of(supervisions.get(id), supervisions);
    }

    @PUT
    @Path("supervisions/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "correctSupervision", summary = "更正督查 · Correct a 督查", description = "Kind, date, title, tasks and units, under the checks of "
            + "recording; its standing findings must still fit and their 约谈/问责/整改 may not precede the new date "
            + "(422 naming the field)." + VERSIONED)
    public SupervisionView correct(@PathParam("id") long id,
                                   @Valid @NotNull SupervisionCommands.SupervisionCorrection in) {
        return SupervisionView.of(supervisions.correct(id, in), supervisions);
    }

    @POST
    @Path("supervisions/{id}/withdrawal")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "withdrawSupervision", summary = "撤销督查 · Withdraw a 督查", description = "With a reason. It is kept and readable, marked withdrawn; "
            + "it and its findings no longer count (quarterly report, lagging units, reminders)." + VERSIONED)
    public SupervisionView withdraw(@PathParam("id") long id, @Valid @NotNull SupervisionCommands.WithdrawalInput in) {
        return SupervisionView.of(records.withdraw(Kind.SUPERVISION, id, in), supervisions);
    }

    @GET
    @Path("supervisions/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getSupervisionHistory", summary = "督查变更记录 · Audit trail of one 督查", description = "Each change: who, when, before and after.")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return records.history(Kind.SUPERVISION, id);
    }

    @GET
    @Path("findings")
    @Authenticated
    @Operation(operationId = "listSupervisionFindings", summary = "督查发现的问题列表 · List findings", description = "Paged; filter by unit to see what was found and done about "
            + "it (约谈, 问责, 整改). Withdrawn findings, and those of withdrawn 督查, only with withdrawn=true.")
    public Page<SupervisionView.FindingView> findings(@Valid @BeanParam PageQuery page, @QueryParam("unit") String unit,
                                                      @Parameter(example = "false", description = "include withdrawn")
                                                      @QueryParam("withdrawn") @DefaultValue("false") boolean withdrawn) {
        return Page.of(supervisions.findings(unit, withdrawn), page, f -> SupervisionView.FindingView.of(f, supervisions));
    }

    @GET
    @Path("findings/{id}")
    @Authenticated
    @Operation(operationId = "getSupervisionFinding", summary = "查看一个问题 · Get one finding", description = "With its 约谈, 问责 and 整改.")
    public SupervisionView.FindingView finding(@PathParam("id") long id) {
        return SupervisionView.FindingView.of(supervisions.getFinding(id), supervisions);
    }

    @PUT
    @Path("findings/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "correctSupervisionFinding", summary = "更正问题 · Correct a finding", description = "Unit, task and text; the task among the 督查's tasks "
            + "and the unit one of that task (422 naming the field)." + VERSIONED)
    public SupervisionView.FindingView correctFinding(@PathParam("id") long id,
                                                      @Valid @NotNull SupervisionCommands.FindingCorrection in) {
        return SupervisionView.FindingView.of(supervisions.correct(id, in), supervisions);
    }

    @POST
    @Path("findings/{id}/withdrawal")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "withdrawSupervisionFinding", summary = "撤销问题 · Withdraw a finding", description = "With a reason; kept and readable, no longer counted."
            + VERSIONED)
    public SupervisionView.FindingView withdrawFinding(@PathParam("id") long id,
                                                       @Valid @NotNull SupervisionCommands.WithdrawalInput in) {
        return SupervisionView.FindingView.of(records.withdraw(Kind.FINDING, id, in), supervisions);
    }

    @GET
    @Path("findings/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getSupervisionFindingHistory", summary = "问题变更记录 · Audit trail of one finding", description = "Corrections, withdrawal and every step of its "
            + "整改: who, when, before and after.")
    public List<AuditEntry> findingHistory(@PathParam("id") long id) {
        return records.history(Kind.FINDING, id);
    }

}
