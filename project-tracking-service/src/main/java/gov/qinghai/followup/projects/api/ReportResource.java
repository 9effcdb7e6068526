package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.input.Window;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.report.Exports;
import gov.qinghai.followup.projects.report.ProgressReportTable;
import gov.qinghai.followup.projects.service.ProgressQueries;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Tag(name = "Progress reports", description = "Monthly reports by the responsible units (134号 五: by the 5th)")
public class ReportResource {
    @Inject
    ProgressQueries queries;
    @Inject
    ProgressReportTable table;
    @Inject
    Exports exports;

    @GET
    @Authenticated
    @Operation(operationId = "listCurrentProgressReports", summary = "当前有效的进展报告 · List current reports", description = "Filter by month, unit and lateness.")
    public Page<ReportView> list(@Valid @BeanParam PageQuery page,
                                 @QueryParam("period") @Window(kind = Window.Kind.MONTH) @Parameter(example = "2017-09") String period,
                                 @QueryParam("unitId") @Parameter(example = "6") Long unitId,
                                 @QueryParam("late") @Parameter(example = "true") Boolean late) {
        ProgressQueries.Slice slice = queries.current(period, unitId, late, page.page, page.size);
        return Page.of(slice.items().stream().map(ReportView::of).toList(), page, slice.total());
    }

    @GET
    @Path("export")
    @Authenticated
    @Operation(operationId = "exportProgressReports", summary = "导出月度进展报告（CSV 或 XLSX） · Monthly progress reports as CSV or XLSX", description = "The current report of each project "
            + "and month (134号 五: 每月5日前报送项目进展情况和存在的问题) with Chinese headings: 青洽会, 项目序号, 项目名称, "
            + "责任单位, 期间, 是否履约/开工/竣工投产 (是/否), 到位资金(亿元) as a number, the reasons, 进展情况, 存在的问题, "
            + "报送时间 and 报送截止时间 (23:59:59 北京时间 of the 5th) as date-times, 是否逾期. The filters of the list, and "
            + "fairId. More rows than EXPORT_MAX_ROWS (qinghai.exports.max-rows) is 422.")
    @APIResponse(responseCode = "200", description = "the file", content = @Content(mediaType = "text/csv",
            example = "报告编号,青洽会,项目序号,项目名称,责任单位,期间,是否履约,是否开工,是否竣工投产,到位资金(亿元),…\r\n"
                    + "51,第十八届中国·青海绿色发展投资贸易洽谈会,162,200万吨/年氯化钾液钾资源回收利用工程项目,"
                    + "柴达木循环经济试验区管委会,2017-09,是,否,否,0.35,…"))
    @APIResponse(responseCode = "422", description = "more rows than EXPORT_MAX_ROWS (qinghai.exports.max-rows)")
    public Response export(@QueryParam("period") @Window(kind = Window.Kind.MONTH) @Parameter(example = "2017-09") String period,
                           @QueryParam("unitId") @Parameter(example = "6") Long unitId,
                           @QueryParam("late") @Parameter(example = "true") Boolean late,
                           @QueryParam("fairId") @Parameter(example = "1") Long fairId,
                           @QueryParam("format") @DefaultValue("csv") @Parameter(example = "xlsx") String format) {
        ProgressReportTable.Filter filter = new ProgressReportTable.Filter(period, unitId, late, fairId);
        exports.requireAtMostMaxRows(table.count(filter));
        String name = "progress-reports" + (period == null ? "" : "-" + period);
        return exports.table(name, ProgressReportTable.COLUMNS, ProgressReportTable.rows(table.lines(filter)), format);
    }
}
