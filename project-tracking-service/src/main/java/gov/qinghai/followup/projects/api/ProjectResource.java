package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.input.LikePattern;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.projects.domain.OwedMonths;
import gov.qinghai.followup.projects.domain.Project;
import gov.qinghai.followup.projects.domain.QualityFlag;
import gov.qinghai.followup.projects.report.Exports;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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

    /** A project's report for a month: on time, late, or owed and missing. */
    public enum ReportStatus { REPORTED, LATE, MISSING }

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

        private final StringBuilder where = new StringBuilder();
        private Parameters params;

        private void build() {
            if (params != null) {
                return;
            }
            where.append("p.fair.id = :fair");
            Parameters p = Parameters.with("fair", fairId);
            if (unitId != null) {
                where.append(" and p.unit.id = :unit");
                p.and("unit", unitId);
            }
            if ("省直".equals(prefecture)) {
                where.append(" and p.unit.prefecture is null");
            } else if (prefecture != null) {
                where.append(" and p.unit.prefecture = :prefecture");
                p.and("prefecture", prefecture);
            }
            if (park != null) {
                where.append(" and p.unit.park = :park");
                p.and("park", park);
            }
            String latest = "exists (select 1 from ProgressReport lr where lr.project = p and lr.isCurrent = true and lr.%s = true"
                    + " and lr.period = (select max(l2.period) from ProgressReport l2 where l2.project = p and l2.isCurrent = true))";
            if (started != null) {
                where.append(started ? " and " : " and not ").append(latest.formatted("constructionStarted"));
            }
            if (completed != null) {
                where.append(completed ? " and " : " and not ").append(latest.formatted("completed"));
            }
            if ((reportStatus == null) != (period == null)) {
                throw Problems.badRequest(reportStatus == null ? "reportStatus" : "period",
                        "reportStatus and period go together, e.g. reportStatus=MISSING&period=2017-09");
            }
            if (reportStatus != null) {
                String reported = "exists (select 1 from ProgressReport rs where rs.project = p and rs.isCurrent = true"
                        + " and rs.period = :period%s)";
                where.append(switch (reportStatus) {
                    case REPORTED -> " and " + reported.formatted(" and rs.late = false");
                    case LATE -> " and " + reported.formatted(" and rs.late = true");
                    case MISSING -> " and " + OwedMonths.hql("p", ":period") + " and not " + reported.formatted("");
                });
                p.and("period", period);
            }
            if (flag != null) {
                where.append(" and array_contains(p.qualityFlags, :flag)");
                p.and("flag", flag.name());
            }
            if (fundProvince != null) {
                where.append(" and array_contains(p.fundProvinces, :province)");
                p.and("province", fundProvince);
            }
            if (q != null && !q.isBlank()) {
                where.append(" and (p.name like :q escape '!' or p.partyA like :q escape '!' or p.partyB like :q escape '!')");
                p.and("q", LikePattern.containing(q));
            }
            params = p;
        }

        public PanacheQuery<Project> query() {
            build();
            return Project.find("from Project p join fetch p.unit join fetch p.fair where " + where, Sort.by("p.seq"), params);
        }

        public long count() {
            build();
            return Project.count("from Project p where " + where, params);
        }
    }

    @GET
    @Authenticated
    @Operation(operationId = "listProjects", summary = "签约项目列表 · List projects", description = "Paged, by 序号; filter by unit, 市州 (省直: the provincial "
            + "units), park, started, completed, report status for a month, fund source, data-quality flag or text. "
            + "A query parameter not listed here is 400 naming it.")
    public Page<ProjectView> list(@Valid @BeanParam PageQuery page, @Valid @BeanParam Filter filter) {
        PanacheQuery<Project> query = filter.query();
        List<ProjectView> items = query.page(page.page, page.size).list().stream().map(ProjectView::of).toList();
        return Page.of(items, page, filter.count());
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
        long rows = filter.count();
        exportLimit.check(rows, "fairId", "narrow it with the filters, e.g. fairId and unitId");
        return exports.projects(filter.query().list(), format);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(operationId = "getProject", summary = "查看一个项目 · Get one project")
    public ProjectView get(@PathParam("id") long id) {
        return ProjectView.of(find(id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "getProjectHistory", summary = "项目的审计记录 · Audit trail of one project")
    public List<AuditEntry> history(@PathParam("id") long id) {
        find(id);
        return audit.history(Project.class, id);
    }

    static Project find(long id) {
        return Project.<Project>find("from Project p join fetch p.unit join fetch p.fair where p.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> Problems.notFound("project", id));
    }
}
