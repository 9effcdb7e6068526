package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.Rearrangement;
import gov.qinghai.followup.medical.report.RearrangementObligation;
import gov.qinghai.followup.medical.service.RearrangementInput;
import gov.qinghai.followup.medical.service.RearrangementService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/obligations/rearrangement")
@Tag(name = "Obligations", description = "140号 五(一): 8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署")
public class ObligationResource {
    @Inject
    Clock clock;
    @Inject
    RearrangementObligation obligation;
    @Inject
    RearrangementService service;

    @Schema(name = "Rearrangement")
    public record View(@Schema(example = "1") long id, @Schema(example = "1") long institutionId,
                       @Schema(example = "2017-08-28") LocalDate doneOn,
                       @Schema(example = "青海省人民医院院发〔2017〕52号") String documentRef,
                       @Schema(example = "reporter@qhsrmyy") String recordedBy, @Schema(example = "0") long version) {
        static View of(Rearrangement r) {
            return new View(r.id, r.institutionId, r.doneOn, r.documentRef, r.recordedBy, r.version);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listHospitalRearrangements", summary = "各三级公立医院的再安排、再部署 · Every 三级公立医院's 再安排、再部署 on a date", description = "One row per registered public "
            + "TERTIARY institution: DONE_ON_TIME (by the notice's deadline, 2017-08-31), DONE_LATE, OVERDUE (not done, "
            + "deadline passed) or PENDING, with statusLabel in Chinese and a note in Chinese; the deadline and its words "
            + "come from notice_document. asOf defaults to today (Asia/Shanghai).")
    @APIResponse(responseCode = "200", description = "the obligation", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RearrangementObligation.Result.class), examples = @ExampleObject(
            name = "2017-09-30", value = "{\"asOf\":\"2017-09-30\",\"dueOn\":\"2017-08-31\",\"clause\":\"五(一)\","
            + "\"quote\":\"8月底前所有三级公立医院都要对医联体建设工作进行再安排、再部署\",\"hospitals\":2,\"doneOnTime\":1,"
            + "\"doneLate\":0,\"outstanding\":1,\"rows\":[{\"institutionId\":1,\"institution\":\"青海省人民医院\","
            + "\"prefecture\":\"省级\",\"doneOn\":\"2017-08-28\",\"documentRef\":\"院发〔2017〕52号\",\"status\":"
            + "\"DONE_ON_TIME\",\"statusLabel\":\"按期完成\"}],\"note\":\"截至2017-09-30，2家三级公立医院中1家按期（2017-08-31前）"
            + "完成再安排、再部署，0家逾期完成，1家尚未完成（已逾期）。\"}")))
    public RearrangementObligation.Result get(@QueryParam("asOf") @Window LocalDate asOf) {
        return obligation.asOf(asOf == null ? LocalDate.now(clock) : asOf);
    }

    @PUT
    @Path("{institutionId}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "recordHospitalRearrangement", summary = "记录三级公立医院的再安排、再部署 · Record a 三级公立医院's 再安排、再部署", description = "By a reporter of that hospital, a supervisor "
            + "or an admin. 422 naming institutionId when it is no 三级公立医院, naming doneOn before the notice "
            + "(2017-08-03) or in the future; correcting a recorded one needs its version (409 otherwise). Audited.")
    @APIResponse(responseCode = "200", description = "recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "recorded", value = "{\"id\":1,\"institutionId\":1,\"doneOn\":\"2017-08-28\","
            + "\"documentRef\":\"院发〔2017〕52号\",\"recordedBy\":\"supervisor@qhwjw\",\"version\":0}")))
    @APIResponse(responseCode = "422", description = "not owed or a date outside the notice", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "no 三级公立医院", value = "{\"type\":"
            + "\"/problems/unprocessable\",\"title\":\"无法处理的内容\",\"status\":422,\"field\":\"institutionId\","
            + "\"detail\":\"格尔木市人民医院 不是三级公立医院（SECONDARY，PUBLIC）；140号 五(一) 只要求三级公立医院进行再安排、"
            + "再部署\"}")))
    public View record(@PathParam("institutionId") long institutionId, @Valid @NotNull RearrangementInput body) {
        return View.of(service.record(institutionId, body));
    }
}
