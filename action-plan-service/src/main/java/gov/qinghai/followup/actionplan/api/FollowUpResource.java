package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Accountability;
import gov.qinghai.followup.actionplan.domain.Admonition;
import gov.qinghai.followup.actionplan.service.FollowUpInput;
import gov.qinghai.followup.actionplan.service.SupervisionCommands;
import gov.qinghai.followup.actionplan.service.SupervisionRecords;
import gov.qinghai.followup.actionplan.service.SupervisionRecords.Kind;
import gov.qinghai.followup.actionplan.service.SupervisionService;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.common.web.Created;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 约谈, 问责 and 整改 answering a finding (135号 三、(三): 整改不到位的，及时约谈…严肃问责). */
@Path("/api/v1")
@Tag(name = "Supervision")
public class FollowUpResource {
    @Inject
    SupervisionService supervisions;
    @Inject
    SupervisionRecords records;

    @POST
    @Idempotent
    @Path("findings/{id}/admonitions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordAdmonition", summary = "就问题记录约谈 · Record a 约谈 on a finding", description = "Not dated before its 督查 nor outside the "
            + "offensive's supervision: 422 naming heldOn; 409 when the finding or its 督查 was withdrawn. A retry "
            + "with the same Idempotency-Key gets the first answer again (201, Idempotent-Replayed: true).")
    @APIResponse(responseCode = "201", description = "the 约谈 as stored (Location: its finding, where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionView.AdmonitionView.class)))
    public Response admonish(@PathParam("id") long id, @Valid @NotNull FollowUpInput.Admonition in) {
        return Created.at("/api/v1/findings/" + id, SupervisionView.AdmonitionView.of(supervisions.admonish(id, in)));
    }

    @POST
    @Idempotent
    @Path("findings/{id}/accountabilities")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordAccountability", summary = "就问题记录问责 · Record a 问责 on a finding", description = "Not dated before its 督查 nor outside the "
            + "offensive's supervision (2017-08-09 to 2018-12-31): 422 naming decidedOn; 409 when the finding or "
            + "its 督查 was withdrawn. A retry with the same Idempotency-Key gets the first answer again (201, "
            + "Idempotent-Replayed: true).")
    @APIResponse(responseCode = "201", description = "the 问责 as stored (Location: its finding, where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupervisionView.AccountabilityView.class)))
    public Response hold(@PathParam("id") long id, @Valid @NotNull FollowUpInput.Accountability in) {
        return Created.at("/api/v1/findings/" + id, SupervisionView.AccountabilityView.of(supervisions.hold(id, in)));
    }

    @PUT
    @Path("findings/{id}/rectification")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "orderFindingRectification", summary = "责令整改（或调整期限） · Order the 整改 of a finding (or move its deadline)", description = "The deadline is not "
            + "before the 督查 and by 2018-12-31 (422 naming deadline); a new 整改 is OPEN. 409 once verified."
            + SupervisionResource.VERSIONED + " Past its deadline and not reported done, it is overdue: listed in "
            + "the lagging units and named in the unit's monthly reminder.")
    public SupervisionView.FindingView order(@PathParam("id") long id,
                                             @Valid @NotNull SupervisionCommands.RectificationOrder in) {
        return SupervisionView.FindingView.of(supervisions.orderRectification(id, in), supervisions);
    }

    @POST
    @Path("findings/{id}/rectification/report")
    @RolesAllowed({Roles.REPORTER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "reportFindingRectification", summary = "单位报告整改完成 · The unit reports its 整改 done", description = "A reporter of the finding's unit (403 for "
            + "another unit's); OPEN or REJECTED → REPORTED (409 otherwise). reportedOn not before the 督查 nor "
            + "after today (422)." + SupervisionResource.VERSIONED)
    public SupervisionView.FindingView report(@PathParam("id") long id,
                                              @Valid @NotNull SupervisionCommands.RectificationReport in) {
        return SupervisionView.FindingView.of(supervisions.reportRectification(id, in), supervisions);
    }

    @POST
    @Path("findings/{id}/rectification/verification")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "verifyFindingRectification", summary = "督查室核验整改 · The supervisor verifies a reported 整改", description = "accepted=true: VERIFIED (closed); "
            + "false: REJECTED, the unit rectifies and reports again. Only a REPORTED 整改 (409 otherwise); "
            + "verifiedOn not before the unit's report nor after today (422)." + SupervisionResource.VERSIONED)
    public SupervisionView.FindingView verify(@PathParam("id") long id,
                                              @Valid @NotNull SupervisionCommands.RectificationVerification in) {
        return SupervisionView.FindingView.of(supervisions.verifyRectification(id, in), supervisions);
    }

    @PUT
    @Path("admonitions/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "correctAdmonition", summary = "更正约谈 · Correct a 约谈", description = "Under the checks of recording (422 naming heldOn)."
            + SupervisionResource.VERSIONED)
    public SupervisionView.AdmonitionView correctAdmonition(@PathParam("id") long id,
                                                            @Valid @NotNull SupervisionCommands.AdmonitionCorrection in) {
        return SupervisionView.AdmonitionView.of(supervisions.correct(id, in));
    }

    @POST
    @Path("admonitions/{id}/withdrawal")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "withdrawAdmonition", summary = "撤销约谈 · Withdraw a 约谈", description = "With a reason; kept and readable, no longer counted."
            + SupervisionResource.VERSIONED)
    public SupervisionView.AdmonitionView withdrawAdmonition(@PathParam("id") long id,
                                                             @Valid @NotNull SupervisionCommands.WithdrawalInput in) {
        return SupervisionView.AdmonitionView.of(records.withdraw(Kind.ADMONITION, id, in));
    }

    @GET
    @Path("admonitions/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getAdmonitionHistory", summary = "约谈变更记录 · Audit trail of one 约谈", description = "Each change: who, when, before and after.")
    public List<AuditEntry> admonitionHistory(@PathParam("id") long id) {
        return records.history(Kind.ADMONITION, id);
    }

    @PUT
    @Path("accountabilities/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "correctAccountability", summary = "更正问责 · Correct a 问责", description = "Under the checks of recording (422 naming decidedOn)."
            + SupervisionResource.VERSIONED)
    public SupervisionView.AccountabilityView correctAccountability(
            @PathParam("id") long id, @Valid @NotNull SupervisionCommands.AccountabilityCorrection in) {
        return SupervisionView.AccountabilityView.of(supervisions.correct(id, in));
    }

    @POST
    @Path("accountabilities/{id}/withdrawal")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "withdrawAccountability", summary = "撤销问责 · Withdraw a 问责", description = "With a reason; kept and readable, no longer counted."
            + SupervisionResource.VERSIONED)
    public SupervisionView.AccountabilityView withdrawAccountability(
            @PathParam("id") long id, @Valid @NotNull SupervisionCommands.WithdrawalInput in) {
        return SupervisionView.AccountabilityView.of(records.withdraw(Kind.ACCOUNTABILITY, id, in));
    }

    @GET
    @Path("accountabilities/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getAccountabilityHistory", summary = "问责变更记录 · Audit trail of one 问责", description = "Each change: who, when, before and after.")
    public List<AuditEntry> accountabilityHistory(@PathParam("id") long id) {
        return records.history(Kind.ACCOUNTABILITY, id);
    }
}
