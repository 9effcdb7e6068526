package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.CountyContractFigure;
import gov.qinghai.followup.medical.domain.PopulationGroup;
import gov.qinghai.followup.medical.report.CountyContracting;
import gov.qinghai.followup.medical.service.CountyFigureInput;
import gov.qinghai.followup.medical.service.CountyFigureService;
import gov.qinghai.followup.medical.service.DateWindows;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/family-doctor/counties")
@Tag(name = "Family doctor", description = "家庭医生签约 figures per 市州 and coverage against 140号 三(二)3")
public class CountyFigureResource {
    @Inject
    CountyFigureService service;
    @Inject
    CountyContracting contracting;

    @Schema(name = "CountyContractFigure")
    public record View(@Schema(example = "1") long id, @Schema(example = "302") long countyId,
                       @Schema(example = "2017-09") String period, @Schema(example = "ELDERLY") PopulationGroup group,
                       @Schema(example = "21000") long population, @Schema(example = "13500") long contracted,
                       @Schema(example = "0") long version) {
        static View of(CountyContractFigure f) {
            return new View(f.id, f.countyId, f.period, f.group, f.population, f.contracted, f.version);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCountyFamilyDoctorFigures", summary = "分县分人群家庭医生签约 · 家庭医生签约 by county and population group", description = "Each county's latest figure per "
            + "group in the year up to upTo (default December), against the year's target of 140号 三(二)3: all "
            + "residents 30 % (2017) / 50 % (2018), each 重点人群 group 60 % / 85 %, compared exactly on the counts.")
    @APIResponse(responseCode = "200", description = "rows and a note in Chinese", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = CountyContracting.Result.class),
            examples = @ExampleObject(name = "2017-09", value = "{\"year\":2017,\"upTo\":\"2017-09\",\"rows\":[{"
            + "\"prefecture\":\"海西州\",\"county\":\"格尔木市\",\"group\":\"ELDERLY\",\"groupLabel\":\"老年人\","
            + "\"period\":\"2017-09\",\"population\":21000,\"contracted\":13500,\"coveragePct\":64.29,"
            + "\"targetPct\":60,\"meetsTarget\":true}],\"note\":\"2017-09：1个县报送分人群签约数据；报送的县与人群均已达到目标"
            + "（140号 三(二)3）。\"}")))
    public CountyContracting.Result get(@QueryParam("year") @NotNull @Window(kind = Window.Kind.YEAR,
                                                since = DateWindows.FIGURES_SINCE, why = DateWindows.FIGURES_WHY)
                                        Integer year,
                                        @QueryParam("upTo") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String upTo) {
        if (upTo != null && !upTo.startsWith(year + "-")) {
            throw Problems.badRequest("upTo", Detail.of("med.figures.up-to-year", "upTo must be a month of {0}", year));
        }
        return contracting.upTo(year, upTo == null ? year + "-12" : upTo);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "reportCountyFamilyDoctorFigure", summary = "上报某县某人群的月度签约数 · Report a county's month for one group", description = "By the health bureau of the county's "
            + "市州 (or a supervisor). RESIDENTS = all residents, the others are 重点人群 groups (they overlap and are "
            + "never added up). More contracted than population is 422 (contracted); a month not begun is 422 "
            + "(period); correcting a reported figure needs its version (409). Audited.")
    @APIResponse(responseCode = "200", description = "recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "recorded", value = "{\"id\":1,\"countyId\":302,\"period\":\"2017-09\","
            + "\"group\":\"ELDERLY\",\"population\":21000,\"contracted\":13500,\"version\":0}")))
    public View report(@Valid @NotNull CountyFigureInput body) {
        return View.of(service.report(body));
    }
}
