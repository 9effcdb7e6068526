package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.medical.service.DateWindows;
import gov.qinghai.followup.medical.service.FigureInput;
import gov.qinghai.followup.common.web.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.idempotency.Idempotent;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.FamilyDoctorFigure;
import gov.qinghai.followup.medical.report.FamilyDoctorCoverage;
import gov.qinghai.followup.medical.service.FamilyDoctorService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/family-doctor")
@Tag(name = "Family doctor", description = "家庭医生签约 figures per 市州 and coverage against 140号 三(二)3")
public class FamilyDoctorResource {
    @Inject
    gov.qinghai.followup.medical.service.Listings listings;
    @Inject
    FamilyDoctorService service;
    @Inject
    FamilyDoctorCoverage coverage;
    @Inject
    AuditTrail audit;

    @GET
    @Path("coverage")
    @Authenticated
    @Operation(operationId = "getFamilyDoctorCoverage", summary = "家庭医生签约覆盖率 · Coverage per 市州 and for the province against the year's target", description = "Uses each "
            + "市州's latest monthly figure of the year (up to ?upTo=YYYY-MM, default December). Readable with any valid "
            + "token (viewer): action-plan-service reads it. missing lists the 市州 without a figure.")
    public FamilyDoctorCoverage.Result coverage(@QueryParam("year") @NotNull @Window(kind = Window.Kind.YEAR,
                                                        since = DateWindows.FIGURES_SINCE, why = DateWindows.FIGURES_WHY)
                                                Integer year,
                                                @QueryParam("upTo") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])")
                                                String upTo) {
        if (upTo != null && !upTo.startsWith(year + "-")) {
            throw Problems.badRequest("upTo", Detail.of("med.figures.up-to-year", "upTo must be a month of {0}", year));
        }
        return coverage.coverage(year, upTo == null ? year + "-12" : upTo);
    }

    @GET
    @Path("targets")
    @Authenticated
    @Operation(operationId = "listFamilyDoctorTargets", summary = "家庭医生签约目标 · The contracting targets of 140号 三(二)3", description = "2017 30 % (重点人群 60 %), 2018 50 % "
            + "(85 %), 2020 全覆盖 — parsed from the gazette.")
    public List<FamilyDoctorCoverage.Target> targets() {
        return coverage.targets();
    }

    @GET
    @Path("figures")
    @Authenticated
    @Operation(operationId = "listFamilyDoctorFigures", summary = "月度签约数据列表 · List monthly figures", description = "Paged; filter by 市州 and year.")
    public Page<FigureView> figures(@Valid @BeanParam PageQuery page, @QueryParam("prefectureId") Long prefectureId,
                                    @QueryParam("year") @Window(kind = Window.Kind.YEAR,
                                            since = DateWindows.FIGURES_SINCE, why = DateWindows.FIGURES_WHY) Integer year) {
        return Page.of(listings.figures(prefectureId, year), page, FigureView::of);
    }

    @POST
    @Idempotent
    @Path("figures")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "reportFamilyDoctorFigures", summary = "报送月度签约数据 · Report a month's figures", description = "A reporter of the 市州 health bureau (unit e.g. "
            + "'西宁市卫生计生委'). One figure per 市州 and month (409 otherwise); impossible figures get 422 naming the field.")
    @APIResponse(responseCode = "201", description = "the figures as stored (Location: where it is read)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FigureView.class)))
    public Response create(@Valid @NotNull FigureInput body) {
        FigureView created = FigureView.of(service.create(body));
        return Created.at("/api/v1/family-doctor/figures?prefectureId=" + created.prefectureId(), created);
    }

    @PUT
    @Path("figures/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "correctFamilyDoctorFigures", summary = "更正月度签约数据 · Correct a month's figures", description = "Send the version you read; stale → 409.")
    public FigureView update(@PathParam("id") long id, @Valid @NotNull FigureInput body) {
        return FigureView.of(service.update(id, body));
    }

    @GET
    @Path("figures/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getFamilyDoctorFiguresHistory", summary = "月度签约数据的审计记录 · Audit trail of one figure")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return audit.history(FamilyDoctorFigure.class, id);
    }
}
