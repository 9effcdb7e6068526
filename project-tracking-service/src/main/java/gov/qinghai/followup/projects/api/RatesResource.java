package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.projects.report.Exports;
import gov.qinghai.followup.projects.report.RateTables;
import gov.qinghai.followup.projects.report.Rates;
import gov.qinghai.followup.projects.report.SupervisionNotice;
import io.quarkus.security.Authenticated;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Rates", description = "履约率, 开工率, 资金到位率 against the targets of 134号 二")
public class RatesResource {
    @Inject
    Rates rates;
    @Inject
    SupervisionNotice supervision;
    @Inject
    Exports exports;
    @Inject
    gov.qinghai.followup.common.tables.ExportLimit exportLimit;
    @Inject
    java.time.Clock clock;

    @GET
    @Path("rates")
    @Authenticated
    @Operation(operationId = "getProjectRates", summary = "截至某日的履约率、开工率、资金到位率 · Rates as of a date", description = "Overall and by unit, 市州, park or fund source, each "
            + "with the gap to the milestone due on or after the date (2017-12-31: 70/50/15 %; 2018-05-31: 90/80/30 %). "
            + "From the latest corrections (a report on 2017-12 filed in 2026 counts), or with reportedBy as they stood "
            + "at that moment; basis says which.")
    public Rates.Result rates(@QueryParam("asOf") @Parameter(example = "2017-12-31", required = true) LocalDate asOf,
                              @QueryParam("fairId") @DefaultValue("1") long fairId,
                              @QueryParam("by") @DefaultValue("NONE") @Parameter(example = "PREFECTURE") Rates.GroupBy by,
                              @QueryParam("reportedBy") @Parameter(description = REPORTED_BY,
                                      example = "2018-01-06T09:00:00+08:00") String reportedBy) {
        FairResource.find(fairId);
        return rates.asOf(fairId, required(asOf), moment(reportedBy), by);
    }

    static final String REPORTED_BY = "a moment (ISO-8601 with offset): the rates as they stood then, from the "
            + "reports submitted by that moment; without it, from the latest corrections. Stored quarterly reports "
            + "hold the rates as they stood at their generatedAt.";

    /** A moment in the past: the rates as they stood then. */
    private java.time.Instant moment(String reportedBy) {
        if (reportedBy == null) {
            return null;
        }
        java.time.Instant at;
        try {
            at = java.time.OffsetDateTime.parse(reportedBy).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.badRequest("reportedBy", Detail.of("pt.rates.reported-by-form",
                    "reportedBy must be a moment with its offset, e.g. 2018-01-06T09:00:00+08:00"));
        }
        if (at.isAfter(clock.instant())) {
            throw Problems.badRequest("reportedBy", Detail.of("pt.rates.reported-by-future",
                    "reportedBy {0} is in the future: leave it out for the latest corrections", reportedBy));
        }
        return at;
    }

    @GET
    @Path("rates/export")
    @Authenticated
    @Operation(operationId = "exportProjectRates", summary = "导出三率（CSV 或 XLSX） · Rates as CSV or XLSX", description = "The first row is the whole fair, then one per group; "
            + "each rate with the milestone's target, the gap to it and its status (MET/MISSED from the due date on, "
            + "ON_TRACK/BEHIND before).")
    public Response export(@QueryParam("asOf") @Parameter(example = "2017-12-31", required = true) LocalDate asOf,
                           @QueryParam("fairId") @DefaultValue("1") long fairId,
                           @QueryParam("by") @DefaultValue("UNIT") Rates.GroupBy by,
                           @QueryParam("reportedBy") @Parameter(description = REPORTED_BY,
                                   example = "2018-01-06T09:00:00+08:00") String reportedBy,
                           @QueryParam("format") @DefaultValue("csv") @Parameter(example = "xlsx") String format) {
        FairResource.find(fairId);
        Rates.Result r = rates.asOf(fairId, required(asOf), moment(reportedBy), by);
        List<List<Object>> rows = RateTables.rows(r);
        exportLimit.check(rows.size(), "by",
                gov.qinghai.followup.common.tables.ExportLimit.coarser("by=PREFECTURE, by=NONE"));
        return exports.table("rates-" + asOf, RateTables.RATE_COLUMNS, rows, format);
    }

    @GET
    @Path("supervision-notice")
    @Authenticated
    @Operation(operationId = "getSupervisionNotice", summary = "定期通报 · 定期通报: construction-start status per 市州 and park, and who is behind",
            description = "134号 三: 定期通报各地区和园区签约项目开工建设情况.")
    public SupervisionNotice.Notice notice(@QueryParam("asOf") @Parameter(example = "2017-12-31", required = true) LocalDate asOf,
                                           @QueryParam("fairId") @DefaultValue("1") long fairId) {
        FairResource.find(fairId);
        return supervision.asOf(fairId, required(asOf));
    }

    @GET
    @Path("supervision-notice/export")
    @Authenticated
    @Operation(operationId = "exportSupervisionNotice", summary = "导出定期通报（CSV 或 XLSX） · 定期通报 as CSV or XLSX", description = "134号 三: the notice as one table with Chinese "
            + "headings: 全省, then each 市州 and each park, then the units whose 开工率 is behind the milestone "
            + "(ranked, the furthest behind first); every row with the three rates, the milestone's target, the gap "
            + "and 已达标/未达标 (进度正常/滞后 before the due date).")
    @APIResponse(responseCode = "200", description = "the file", content = @Content(mediaType = "text/csv",
            example = "部分,滞后排名,截至日期,目标时限,分组,项目数,…\r\n全省,,2017-12-31,2017-12-31,全部,346,…"))
    public Response noticeExport(@QueryParam("asOf") @Parameter(example = "2017-12-31", required = true) LocalDate asOf,
                                 @QueryParam("fairId") @DefaultValue("1") long fairId,
                                 @QueryParam("format") @DefaultValue("csv") @Parameter(example = "xlsx") String format) {
        FairResource.find(fairId);
        SupervisionNotice.Notice n = supervision.asOf(fairId, required(asOf));
        return exports.table("supervision-notice-" + asOf, RateTables.NOTICE_COLUMNS, RateTables.notice(n), format);
    }

    private static LocalDate required(LocalDate asOf) {
        if (asOf == null) {
            throw Problems.badRequest("asOf", Detail.of("pt.rates.as-of-required", "asOf is required, e.g. 2017-12-31"));
        }
        return asOf;
    }
}
