package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.QualityFlag;
import gov.qinghai.followup.projects.report.Exports;
import gov.qinghai.followup.projects.service.ProjectFilter;
import gov.qinghai.followup.projects.service.ProjectFilter.ReportStatus;
import gov.qinghai.followup.projects.service.ProjectQueries;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import gov.qinghai.followup.common.tables.ExportLimit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Signed projects of a fair (附件 第十八届青洽会签约项目责任分工表)")
public class ProjectResource {
    /** Limits: an export is refused above EXPORT_MAX_ROWS rows, never cut short silently. */
    @Inject
    ExportLimit exportLimit;
    @Inject
    AuditTrail audit;
    @Inject
    Exports exports;
    @Inject
    ProjectQueries projects;

    /** Filters shared by the list and the export. */
    public static class Filter {
        @QueryParam("fairId")
        @DefaultValue("1")
        @Parameter(description = "fair id (1 = the 18th 青洽会)", example = "1")
        public long fairId;
        @QueryParam("unitId")
        @Parameter(example = "6")
        public Long unitId;
        @QueryParam("prefecture")
        @Parameter(description = "市州 of the responsible unit; 省直 for the provincial units (no 市州), as the rates "
                + "label them", example = "海西州")
        public String prefecture;
        @QueryParam("park")
        @Parameter(description = "the park whose committee is the responsible unit", example = "柴达木循环经济试验区")
        public String park;
        @QueryParam("started")
        @Parameter(description = "by the project's latest current report: construction started (开工) or not",
                example = "true")
        public Boolean started;
        @QueryParam("completed")
        @Parameter(description = "by the project's latest current report: completed (竣工/投产) or not", example = "false")
        public Boolean completed;
        @QueryParam("reportStatus")
        @Parameter(description = "with period: REPORTED (on time), LATE (reported late) or MISSING (owed and not "
                + "reported: months from the fair's month to the project's completion or the fair's closing)",
                example = "MISSING")
        public ReportStatus reportStatus;
        @QueryParam("period")
        @jakarta.validation.constraints.Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$", message = "must be a month like 2017-09")
        @Parameter(description = "the month reportStatus is about", example = "2017-09")
        public String period;
        @QueryParam("flag")
        @Parameter(description = "only rows carrying this data-quality flag", example = "NAME_ONLY")
        public QualityFlag flag;
        @QueryParam("fundProvince")
        @Parameter(description = "normalised fund source", example = "广东")
        public String fundProvince;
        @QueryParam("q")
        @Size(max = 100)
        @Parameter(description = "text in the project name or the parties", example = "锂")
        public String q;

        /** The filters as the service reads them. */
        public ProjectFilter criteria() {
            return new ProjectFilter(fairId, unitId, prefecture, park, started, completed, reportStatus, period, flag,
                    fundProvince, q);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProjects", summary = "签约项目列表 · List projects", description = "Paged, by 序号; filter by unit, 市州 (省直: the provincial "
            + "units), park, started, completed, report status for a month, fund source, data-quality flag or text. "
            + "A query parameter not listed here is 400 naming it.")
    public Page<ProjectView> list(@Valid @BeanParam PageQuery page, @Valid @BeanParam Filter filter) {
        ProjectQueries.Slice slice = projects.page(filter.criteria(), page.page, page.size);
        return Page.of(slice.items().stream().map(ProjectView::of).toList(), page, slice.total());
    }

    @GET
    @Path("export")
    @Authenticated
    @Operation(operationId = "exportProjects", summary = "导出签约项目（CSV 或 XLSX） · Export projects as CSV or XLSX", description = "Same columns the import accepts. At most "
            + "EXPORT_MAX_ROWS rows (default 10000) per export; a larger selection gets 422 export-too-large naming "
            + "the limit: narrow it with the filters, e.g. fairId.")
    @APIResponse(responseCode = "200", description = "the file")
    @APIResponse(responseCode = "422", description = "more rows than EXPORT_MAX_ROWS (export-too-large: field, limit, rows)")
    public Response export(@BeanParam Filter filter,
                           @QueryParam("format") @DefaultValue("csv") @Parameter(example = "xlsx") String format) {
        long rows = projects.count(filter.criteria());
        exportLimit.check(rows, "fairId", ExportLimit.narrowWith("fairId, unitId"));
        return exports.projects(projects.all(filter.criteria()), format);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getProject", summary = "查看一个项目 · Get one project")
    public ProjectView get(@PathParam("id") long id) {
        return ProjectView.of(projects.get(id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getProjectHistory", summary = "项目的审计记录 · Audit trail of one project")
    public List<AuditEntry> history(@PathParam("id") long id) {
        projects.get(id);
        return audit.history(Project.class, id);
    }
}
