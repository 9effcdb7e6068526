package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.transparency.service.Listings;
import gov.qinghai.followup.common.web.Created;
import gov.qinghai.followup.common.input.Window;
import java.time.Clock;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.Rectification;
import gov.qinghai.followup.transparency.domain.RoutineRecord;
import gov.qinghai.followup.transparency.service.RoutineService;
import gov.qinghai.followup.transparency.service.views.RoutineViews;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Routine assessment and rectification", description = "日常考核 (137号 第九条) and 整改 (第十二条)")
public class RoutineResource {
    @Inject
    Listings listings;
    @Inject
    Clock clock;
    @Inject
    RoutineService service;
    @Inject
    AuditTrail audit;

    @POST
    @Idempotent
    @Path("routine-records")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "recordRoutineRecord", summary = "记录问题或成绩 · Record a problem or achievement", description = "Applied to the item at the annual assessment.")
    @APIResponse(responseCode = "201", description = "the record as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoutineViews.RecordView.class)))
    public Response record(@Valid @NotNull RoutineViews.RecordInput body) {
        RoutineViews.RecordView created = RoutineViews.RecordView.of(service.record(body));
        return Created.at("/api/v1/routine-records/" + created.id(), created);
    }

    @PUT
    @Path("routine-records/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "updateRoutineRecord", summary = "更正日常记录 · Correct a routine record", description = "Send the version you read (409 if stale). Refused"
            + " (409) once the subject's annual assessment of that year has published its result, and for a removed"
            + " record. Audited.")
    public RoutineViews.RecordView update(@PathParam("id") long id, @Valid @NotNull RoutineViews.RecordUpdate body) {
        return RoutineViews.RecordView.of(service.update(id, body));
    }

    @POST
    @Path("routine-records/{id}/removal")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "removeRoutineRecord", summary = "注明理由删除日常记录 · Remove a routine record with a reason", description = "The record stays, marked removed with"
            + " who, when and why (also in its history), and no longer counts in scores, summaries and the bulletin."
            + " Same refusals as a correction.")
    public RoutineViews.RecordView remove(@PathParam("id") long id, @Valid @NotNull RoutineViews.Removal body) {
        return RoutineViews.RecordView.of(service.remove(id, body));
    }

    @GET
    @Path("routine-records/{id}")
    @Authenticated
    @Operation(operationId = "getRoutineRecord", summary = "查看一条日常记录（含已删除） · Get one routine record (removed ones too)")
    public RoutineViews.RecordView get(@PathParam("id") long id) {
        return RoutineViews.RecordView.of(RoutineService.require(id));
    }

    @GET
    @Path("routine-records/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getRoutineRecordHistory", summary = "日常记录的审计记录 · Audit trail of a routine record", description = "Corrections and the removal with its reason.")
    public List<AuditEntry> recordHistory(@PathParam("id") long id) {
        RoutineService.require(id);
        return audit.history(RoutineRecord.class, id);
    }

    @GET
    @Path("routine-records")
    @Authenticated
    @Operation(operationId = "listRoutineRecords", summary = "日常记录列表 · List routine records", description = "Filter by subject and year; newest first; removed"
            + " records only with includeRemoved=true.")
    public Page<RoutineViews.RecordView> records(@Valid @BeanParam PageQuery page, @QueryParam("subjectId") Long subjectId,
                                                 @QueryParam("year") @Window(kind = Window.Kind.YEAR) Integer year,
                                                 @QueryParam("includeRemoved") @DefaultValue("false") boolean includeRemoved) {
        return Page.of(listings.routineRecords(subjectId, year, includeRemoved), page,
                RoutineViews.RecordView::of);
    }

    @GET
    @Path("routine-records/summary")
    @Authenticated
    @Operation(operationId = "summarizeRoutinePoints", summary = "各考核对象、各项日常记录分值合计 · Σ routine points per subject and item for a year")
    public List<RoutineViews.SummaryRow> summary(@QueryParam("year") @NotNull @Window(kind = Window.Kind.YEAR) Integer year) {
        return service.summary(year);
    }

    @POST
    @Idempotent
    @Path("rectifications")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "openRectification", summary = "反馈问题并要求整改 · Feed a problem back for rectification (第十二条)", description = "With owner and deadline.")
    @APIResponse(responseCode = "201", description = "the rectification as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoutineViews.RectificationView.class)))
    public Response open(@Valid @NotNull RoutineViews.RectificationInput body) {
        Rectification r = service.open(body);
        return Created.at("/api/v1/rectifications", view(r, today()));
    }

    @PUT
    @Path("rectifications/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "updateRectification", summary = "更新整改方案、责任人、状态 · Update plan, owner, status (and, for the office, the deadline)",
            description = "A reporter only for its own unit; send the version you read. 第十二条: the unit reports its"
                    + " rectification (status REPORTED with completedOn and report); only the office (admin,"
                    + " supervisor) closes it (DONE), by verifying the report (POST …/verification): a reporter"
                    + " sending DONE gets 403.")
    public RoutineViews.RectificationView update(@PathParam("id") long id,
                                                 @Valid @NotNull RoutineViews.RectificationUpdate body) {
        return view(service.update(id, body), today());
    }

    @POST
    @Path("rectifications/{id}/verification")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "verifyRectification", summary = "核验整改情况 · Verify a reported rectification (第十二条)", description = "The office (政务公开领导小组办公室)"
            + " accepts the unit's report (DONE) or sends it back (IN_PROGRESS) with a note. Only a REPORTED"
            + " rectification (409 otherwise); send the version you read.")
    @APIResponse(responseCode = "200", description = "verified", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RoutineViews.RectificationView.class), examples = @ExampleObject(
            name = "accepted", value = """
                    {"id": 100, "subjectId": 1, "subject": "西宁市政府", "status": "DONE", "completedOn": "2017-11-28",
                     "report": "已补充解读2件并在政府网站发布", "verifiedBy": "supervisor",
                     "verificationNote": "抽查网站，已发布", "overdue": false, "version": 3}""")))
    @APIResponse(responseCode = "409", description = "not REPORTED, or a stale version")
    public RoutineViews.RectificationView verify(@PathParam("id") long id,
                                                 @Valid @NotNull RoutineViews.Verification body) {
        return view(service.verify(id, body), today());
    }

    @GET
    @Path("rectifications")
    @Authenticated
    @Operation(operationId = "listRectifications", summary = "整改列表 · List rectifications", description = "Filter by subject, status, overdue as of a date"
            + " (default today, Asia/Shanghai).")
    public Page<RoutineViews.RectificationView> list(@Valid @BeanParam PageQuery page,
                                                     @QueryParam("subjectId") Long subjectId,
                                                     @QueryParam("status") String status,
                                                     @QueryParam("overdue") Boolean overdue,
                                                     @QueryParam("asOf") LocalDate asOf) {
        LocalDate on = asOf == null ? today() : asOf;
        PanacheQuery<Rectification> query = listings.rectifications(subjectId, status, overdue, on);
        return Page.of(query, page, r -> view(r, on));
    }

    @GET
    @Path("rectifications/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getRectificationHistory", summary = "整改的审计记录 · Audit trail of a rectification")
    public List<AuditEntry> history(@PathParam("id") long id) {
        listings.rectification(id);
        return audit.history(Rectification.class, id);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private RoutineViews.RectificationView view(Rectification r, LocalDate on) {
        return RoutineViews.RectificationView.of(r, listings.subject(r.subjectId).name, on);
    }
}
