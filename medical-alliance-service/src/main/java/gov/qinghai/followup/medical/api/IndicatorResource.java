package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.medical.domain.VisitFigure;
import gov.qinghai.followup.medical.report.AssessmentIndicators;
import gov.qinghai.followup.medical.service.VisitFigureInput;
import gov.qinghai.followup.medical.service.VisitFigureService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Tag(name = "Assessment indicators", description = "140号 四(四): 基层医疗卫生机构诊疗量占比 and 下转 rate")
public class IndicatorResource {
    @Inject
    AssessmentIndicators indicators;
    @Inject
    VisitFigureService visits;

    @Schema(name = "VisitFigure")
    public record View(@Schema(example = "1") long id, @Schema(example = "3") long prefectureId,
                       @Schema(example = "2017-09") String period, @Schema(example = "410000") long totalVisits,
                       @Schema(example = "205000") long primaryVisits, @Schema(example = "0") long version) {
        static View of(VisitFigure f) {
            return new View(f.id, f.prefectureId, f.period, f.totalVisits, f.primaryVisits, f.version);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "getQuarterIndicators", summary = "季度考核指标（140号 四(四)） · 140号 四(四) indicators for a quarter", description = "Per 市州 and 全省: the share of 诊疗人次 "
            + "at 基层医疗卫生机构 over the quarter's three months (a 市州 without all three has none; 全省 has none while "
            + "any 市州 is missing, listed in missing), and the down-referral rate of the referrals requested in the "
            + "quarter. Shares are compared exactly and rounded to one decimal only for display.")
    @APIResponse(responseCode = "200", description = "the indicators", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentIndicators.Result.class), examples = @ExampleObject(
            name = "2017-Q3", value = "{\"from\":\"2017-07-01\",\"to\":\"2017-09-30\",\"clause\":\"四(四)\","
            + "\"prefectures\":[{\"prefecture\":\"西宁市\",\"monthsReported\":3,\"totalVisits\":1230000,"
            + "\"primaryVisits\":615000,\"primarySharePct\":50.0}],\"province\":{\"prefecture\":\"全省\","
            + "\"monthsReported\":0,\"totalVisits\":1230000,\"primaryVisits\":615000,\"primarySharePct\":null},"
            + "\"missing\":[\"海东市\"],\"referralsUp\":40,\"referralsDown\":10,\"downReferralPct\":20.0,"
            + "\"note\":\"2017-07-01至2017-09-30：基层医疗卫生机构诊疗量占比：全省数据不全，海东市未报送全部月份的诊疗人次，暂不计算全省"
            + "占比；下转 10 人次，占转诊总数（50）的 20.0%（140号 四(四)）。\"}")))
    public AssessmentIndicators.Result get(@QueryParam("quarter") @NotNull @Window(kind = Window.Kind.QUARTER)
                                           String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        LocalDate from = LocalDate.of(year, q * 3 - 2, 1);
        return indicators.over(from, from.plusMonths(3).minusDays(1));
    }

    @PUT
    @Path("visits")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.REPORTER})
    @Operation(operationId = "reportMonthlyVisits", summary = "上报市州月度诊疗人次 · Report a month's 诊疗人次 of a 市州", description = "By the 市州 health bureau's reporter (or a "
            + "supervisor): all visits and those at 基层医疗卫生机构. A month that has not ended is 422 (period); more "
            + "基层 visits than visits is 422 (primaryVisits); correcting a reported month needs its version (409). "
            + "Audited.")
    @APIResponse(responseCode = "200", description = "recorded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = View.class), examples = @ExampleObject(name = "recorded", value = "{\"id\":1,\"prefectureId\":3,\"period\":\"2017-09\","
            + "\"totalVisits\":410000,\"primaryVisits\":205000,\"version\":0}")))
    public View report(@Valid @NotNull VisitFigureInput body) {
        return View.of(visits.report(body));
    }
}
