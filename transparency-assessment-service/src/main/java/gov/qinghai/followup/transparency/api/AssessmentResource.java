package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.transparency.service.Listings;
import gov.qinghai.followup.common.web.Created;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.Assessment;
import gov.qinghai.followup.transparency.domain.Scoring;
import gov.qinghai.followup.transparency.service.AssessmentService;
import gov.qinghai.followup.transparency.service.RoundConclusion;
import gov.qinghai.followup.transparency.service.DisclosureService;
import gov.qinghai.followup.transparency.service.views.AssessmentViews;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Annual assessment", description = "137号 第十条: 方案 → 自查 → 现场考核 → 第三方/网上评议 → 结果")
public class AssessmentResource {
    @Inject
    Listings listings;
    @Inject
    AssessmentService service;
    @Inject
    RoundConclusion conclusion;
    @Inject
    AuditTrail audit;
    @Inject
    DisclosureService disclosures;

    @POST
    @Idempotent
    @Path("rounds")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishAnnualPlan", summary = "发布年度考核方案 · Publish the annual plan", description = "Opens one assessment per subject at PLAN_PUBLISHED."
            + " The scheme's items 1–8 must sum to 100 (422).")
    @APIResponse(responseCode = "201", description = "the round as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentViews.RoundView.class)))
    public Response publish(@Valid @NotNull AssessmentViews.RoundInput body) {
        AssessmentViews.RoundView created = AssessmentViews.RoundView.of(service.publishPlan(body));
        return Created.at("/api/v1/rounds/" + created.id(), created);
    }

    @GET
    @Path("rounds")
    @Authenticated
    @Operation(operationId = "listRounds", summary = "年度考核轮次列表 · List annual rounds", description = "Newest year first.")
    public Page<AssessmentViews.RoundView> rounds(@Valid @BeanParam PageQuery page) {
        return Page.of(listings.roundsNewestFirst(), page, AssessmentViews.RoundView::of);
    }

    @GET
    @Path("rounds/{id}")
    @Authenticated
    @Operation(operationId = "getRound", summary = "查看一个考核轮次 · Get one round")
    public AssessmentViews.RoundView round(@PathParam("id") long id) {
        return AssessmentViews.RoundView.of(AssessmentService.requireRound(id));
    }

    @GET
    @Path("rounds/{id}/assessments")
    @Authenticated
    @Operation(operationId = "listRoundAssessments", summary = "轮次中的各项考核 · Assessments of a round", description = "Ranked once the result is published: 市州政府 first,"
            + " then 省直部门, each ranked among its own kind (rankingGroup), since they are scored on different item"
            + " sets (137号 附件 第8项 applies to 市州 only).")
    public Page<AssessmentViews.View> assessments(@PathParam("id") long id, @Valid @BeanParam PageQuery page) {
        int year = AssessmentService.requireRound(id).year;
        return Page.ofRows(listings.assessmentsOfRound(id), page, rows -> {
            // the page's subjects and on-time rates in one query each, not one per assessment
            List<Long> subjectIds = rows.stream().map(a -> a.subjectId).toList();
            Map<Long, String> names = listings.subjectNames(subjectIds);
            Map<Long, BigDecimal> rates = disclosures.onTimeRates(subjectIds, year);
            return rows.stream().map(a -> AssessmentViews.View.of(a, names.get(a.subjectId),
                    service.read(a.breakdown), rates.get(a.subjectId))).toList();
        });
    }

    @POST
    @Path("rounds/{id}/result")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "concludeRound", summary = "公布考核结果 · Publish the result (第十条(四))", description = "Every subject must be EVALUATED (409 otherwise);"
            + " stores total, grade, ranking and breakdown.")
    public AssessmentViews.RoundView conclude(@PathParam("id") long id, @Valid @NotNull AssessmentViews.VersionOnly body) {
        return AssessmentViews.RoundView.of(conclusion.conclude(id, body.version()));
    }

    @POST
    @Path("rounds/{id}/submission")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "submitRoundResult", summary = "登记结果已报省考核办 · Record that the result was sent to 省考核办 (第十一条)", description = "Only a concluded round,"
            + " once (409 otherwise); date, reference and who are kept on the round and in its audit.")
    @APIResponse(responseCode = "200", description = "recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentViews.RoundView.class), examples = @ExampleObject(name = "sent",
            value = """
                    {"id": 100, "year": 2017, "schemeId": 1, "title": "2017年度政务公开工作考核实施方案",
                     "publishedOn": "2017-11-01", "assessedOn": "2017-12-31", "status": "CONCLUDED",
                     "submittedTo": "省考核办", "submittedOn": "2018-01-20", "submissionRef": "青政公开办〔2018〕3号",
                     "submittedBy": "admin", "version": 2}""")))
    @APIResponse(responseCode = "409", description = "not concluded, already sent, or a stale version")
    public AssessmentViews.RoundView submit(@PathParam("id") long id, @Valid @NotNull AssessmentViews.Submission body) {
        return AssessmentViews.RoundView.of(conclusion.submitResult(id, body));
    }

    @GET
    @Path("assessments/{id}")
    @Authenticated
    @Operation(operationId = "getAssessment", summary = "查看一项考核及其明细 · Get one assessment with its breakdown")
    public AssessmentViews.View get(@PathParam("id") long id) {
        return view(AssessmentService.require(id));
    }

    @POST
    @Path("assessments/{id}/self-inspection")
    @RolesAllowed({Roles.ADMIN, Roles.REPORTER})
    @Operation(operationId = "submitSelfInspection", summary = "提交自查 · Submit the self-inspection (自查, 第十条(二))", description = "A reporter only for its own unit.")
    public AssessmentViews.View selfInspect(@PathParam("id") long id, @Valid @NotNull AssessmentViews.SelfInspection body) {
        return view(service.submitSelfInspection(id, body.report(), body.version()));
    }

    @PUT
    @Path("assessments/{id}/line-scores")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "scoreContentLines", summary = "录入现场考核得分 · Enter on-site scores per content line (现场考核, 第十条(三))")
    public AssessmentViews.View scoreLines(@PathParam("id") long id, @Valid @NotNull AssessmentViews.LineScores body) {
        return view(service.scoreLines(id, body.scores()));
    }

    @POST
    @Path("assessments/{id}/on-site-complete")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "completeOnSiteAssessment", summary = "结束现场考核 · Close the on-site assessment", description = "422 while an applicable line has no score.")
    public AssessmentViews.View completeOnSite(@PathParam("id") long id, @Valid @NotNull AssessmentViews.VersionOnly body) {
        return view(service.completeOnSite(id, body.version()));
    }

    @POST
    @Path("assessments/{id}/evaluation")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "recordEvaluation", summary = "录入第三方与网上评议 · Record third-party and online evaluation inputs (第十条(四))", description = "The notice sets"
            + " no weight for them: they are recorded and shown beside the score, not added to it.")
    public AssessmentViews.View evaluate(@PathParam("id") long id, @Valid @NotNull AssessmentViews.Evaluation body) {
        return view(service.evaluate(id, body));
    }

    @POST
    @Idempotent
    @Path("assessments/{id}/findings")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "addAssessmentFinding", summary = "记录加分项、减分项或直接归零项 · Record a 加分项, 减分项 or 直接归零项 finding")
    @APIResponse(responseCode = "201", description = "the finding as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentViews.FindingView.class)))
    public Response addFinding(@PathParam("id") long id, @Valid @NotNull AssessmentViews.FindingInput body) {
        return Created.at("/api/v1/assessments/" + id + "/findings", service.addFinding(id, body));
    }

    @POST
    @Path("assessments/{id}/findings/{findingId}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "withdrawAssessmentFinding", summary = "撤回加减分事项 · Withdraw a finding with a reason", description = "E.g. a mistaken 直接归零 (第十三条). The finding"
            + " stays, marked withdrawn (audited), and no longer counts. Only before the result (409 after); send the"
            + " version you read.")
    @APIResponse(responseCode = "200", description = "withdrawn", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentViews.FindingView.class), examples = @ExampleObject(
            name = "归零 withdrawn", value = """
                    {"id": 100, "itemNo": 11, "category": "ZERO_OUT", "points": 0.0, "description": "自查材料弄虚作假",
                     "recordedBy": "supervisor", "withdrawnAt": "2017-12-20T02:00:00Z", "withdrawnBy": "admin",
                     "withdrawalReason": "复核：材料系扫描错误，不属弄虚作假", "correctionReason": null, "version": 1}""")))
    @APIResponse(responseCode = "409", description = "stale version, already withdrawn, or the result is published")
    public AssessmentViews.FindingView withdrawFinding(@PathParam("id") long id, @PathParam("findingId") long findingId,
                                                       @Valid @NotNull AssessmentViews.Withdrawal body) {
        return service.withdrawFinding(id, findingId, body);
    }

    @PUT
    @Path("assessments/{id}/findings/{findingId}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "correctAssessmentFinding", summary = "更正加减分事项 · Correct a finding with a reason", description = "Line (its points follow), description and"
            + " evidence; audited (GET /assessments/{id}/history shows the assessment, the finding's earlier state is"
            + " in its audit table). Only before the result (409 after).")
    @APIResponse(responseCode = "200", description = "corrected", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentViews.FindingView.class)))
    @APIResponse(responseCode = "422", description = "the line is not a 加分/减分/归零 line of the round's scheme")
    public AssessmentViews.FindingView correctFinding(@PathParam("id") long id, @PathParam("findingId") long findingId,
                                                      @Valid @NotNull AssessmentViews.FindingCorrection body) {
        return service.correctFinding(id, findingId, body);
    }

    @POST
    @Path("assessments/{id}/reopening")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "reopenAssessment", summary = "重新打开已评定的考核 · Reopen an evaluated assessment (supervised)", description = "EVALUATED → ON_SITE_SCORED with"
            + " the office's reason (kept on the assessment and in its audit), only while the round's result is not"
            + " published (409 otherwise). Scores and the evaluation are then entered again.")
    @APIResponse(responseCode = "200", description = "reopened", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentViews.View.class)))
    @APIResponse(responseCode = "409", description = "not EVALUATED, the result is published, or a stale version")
    public AssessmentViews.View reopen(@PathParam("id") long id, @Valid @NotNull AssessmentViews.Reopening body) {
        return view(service.reopen(id, body));
    }

    @GET
    @Path("assessments/{id}/findings")
    @Authenticated
    @Operation(operationId = "listAssessmentFindings", summary = "考核的加减分事项 · Findings of an assessment")
    public List<AssessmentViews.FindingView> findings(@PathParam("id") long id) {
        AssessmentService.require(id);
        return service.findings(id);
    }

    @GET
    @Path("assessments/{id}/score")
    @Authenticated
    @Operation(operationId = "getAssessmentScore", summary = "当前得分及完整明细 · Current score with its full breakdown", description = "Recomputable: item scores, routine"
            + " adjustments, scaling for not-applicable items, bonus, deduction, zero-out, rounding rule.")
    public Scoring.Result score(@PathParam("id") long id) {
        return service.score(id);
    }

    @GET
    @Path("assessments/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getAssessmentHistory", summary = "考核的审计记录 · Audit trail of an assessment")
    public List<AuditEntry> history(@PathParam("id") long id) {
        AssessmentService.require(id);
        return audit.history(Assessment.class, id);
    }

    private AssessmentViews.View view(Assessment a) {
        int year = listings.round(a.roundId).year;
        return AssessmentViews.View.of(a, listings.subject(a.subjectId).name,
                service.read(a.breakdown), disclosures.onTimeRate(a.subjectId, year));
    }
}
