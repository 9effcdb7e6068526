package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.medical.service.DateWindows;
import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.medical.report.CoverageQueries;
import gov.qinghai.followup.medical.report.CoverageQueries.Category;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/coverage")
@Tag(name = "Coverage", description = "How far the targets of 140号 二 and 三(一)4–5 are met")
public class CoverageResource {
    @Inject
    CoverageQueries queries;

    @GET
    @Path("prefectures")
    @Authenticated
    @Operation(operationId = "getPrefectureCoverage", summary = "各市州有效医联体 · Effective alliances per 市州", description = "140号 二: 2017年各市州至少建成一个有明显成效的医联体. "
            + "Counts alliances scoped to the 市州 (市州医疗集团, 县域医共体) established and assessed effective by 12-31.")
    public CoverageQueries.PrefectureCoverage prefectures(
            @QueryParam("year") @DefaultValue("2017")
            @Window(kind = Window.Kind.YEAR, since = DateWindows.FORMED_SINCE, why = DateWindows.FORMED_WHY) int year) {
        return queries.prefectures(year);
    }

    @GET
    @Path("membership")
    @Authenticated
    @Operation(operationId = "getMembershipCoverage", summary = "二级公立医院和政府办基层机构参加医联体的比例 · Share of 二级公立医院 and 政府办基层机构 in an alliance", description = "140号 二: 100 % by 2020. "
            + "Province and per 市州, on the given date (default 2020-12-31).")
    public CoverageQueries.MembershipCoverage membership(@QueryParam("on") LocalDate on) {
        return queries.membership(on == null ? LocalDate.of(2020, 12, 31) : on);
    }

    @GET
    @Path("membership/outside")
    @Authenticated
    @Operation(operationId = "listInstitutionsOutsideAlliances", summary = "未参加医联体的机构 · Institutions of a category in no alliance", description = "Paged; filter by 市州.")
    public Page<CoverageQueries.Outside> outside(@QueryParam("category") @DefaultValue("SECONDARY_PUBLIC_HOSPITAL")
                                                 Category category, @QueryParam("on") LocalDate on,
                                                 @QueryParam("prefectureId") Long prefectureId,
                                                 @Valid @BeanParam PageQuery page) {
        LocalDate d = on == null ? LocalDate.of(2020, 12, 31) : on;
        return Page.of(queries.outside(category, d, prefectureId, page.offset(), page.size), page,
                queries.outsideCount(category, d, prefectureId));
    }

    @GET
    @Path("county-pilots")
    @Authenticated
    @Operation(operationId = "listCountyPilots", summary = "县乡村一体化试点 · 县乡村一体化 pilots", description = "140号 三(一)4: 2 counties per 市州, each county hospital "
            + "leading 3–4 township health centres.")
    public CoverageQueries.PilotCoverage countyPilots(@QueryParam("on") LocalDate on) {
        return queries.countyPilots(on == null ? LocalDate.of(2017, 12, 31) : on);
    }

    @GET
    @Path("telemedicine")
    @Authenticated
    @Operation(operationId = "getTelemedicineReach", summary = "远程医疗协作网覆盖 · Reach of the 远程医疗协作网", description = "Registered county institutions and township centres "
            + "in the network against the notice's 44 and 405.")
    public CoverageQueries.TelemedicineReach telemedicine(@QueryParam("on") LocalDate on) {
        return queries.telemedicine(on == null ? LocalDate.of(2017, 12, 31) : on);
    }
}
