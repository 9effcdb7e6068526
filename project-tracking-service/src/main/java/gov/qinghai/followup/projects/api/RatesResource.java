package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.projects.report.Exports;
import gov.qinghai.followup.projects.report.RateLine;
import gov.qinghai.followup.projects.report.Rates;
import gov.qinghai.followup.projects.report.SupervisionNotice;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Rates", description = "履约率, 开工率, 资金到位率 against the targets of 134号 二")
public class RatesResource {
    static final List<String> RATE_COLUMNS = List.of("key", "projects", "contracted", "started", "funds_in_place",
            "total_investment", "contract_fulfilment_rate", "construction_start_rate", "funds_in_place_rate",
            "contract_fulfilment_target", "contract_fulfilment_gap", "contract_fulfilment_status",
            "construction_start_target", "construction_start_gap", "construction_start_status",
            "funds_in_place_target", "funds_in_place_gap", "funds_in_place_status");
    @Inject
    Rates rates;
    @Inject
    SupervisionNotice supervision;
    @Inject
    Exports exports;
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
            throw gov.qinghai.followup.common.problem.Problems.badRequest("reportedBy",
                    "reportedBy must be a moment with its offset, e.g. 2018-01-06T09:00:00+08:00");
        }
        if (at.isAfter(clock.instant())) {
            throw gov.qinghai.followup.common.problem.Problems.badRequest("reportedBy",
                    "reportedBy " + reportedBy + " is in the future: leave it out for the latest corrections");
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
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(r.overall()));
        r.groups().forEach(l -> rows.add(row(l)));
        return exports.table("rates-" + asOf, RATE_COLUMNS, rows, format);
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

    /** A rate line with, for each rate, the milestone's target, the gap to it and MET/MISSED (ON_TRACK/BEHIND before). */
    static List<Object> row(RateLine l) {
        List<Object> row = new ArrayList<>(List.of(l.key(), l.projects(), l.contracted(), l.started(), l.fundsInPlace(),
                l.totalInvestment(), l.contractFulfilmentRate(), l.constructionStartRate(), l.fundsInPlaceRate()));
        RateLine.Versus v = l.versus();
        for (RateLine.Gap g : v == null ? java.util.Arrays.<RateLine.Gap>asList(null, null, null)
                : List.of(v.contractFulfilment(), v.constructionStart(), v.fundsInPlace())) {
            row.add(g == null ? null : g.target());
            row.add(g == null ? null : g.gap());
            row.add(g == null ? "no milestone" : g.status().name());
        }
        return row;
    }

    private static LocalDate required(LocalDate asOf) {
        if (asOf == null) {
            throw gov.qinghai.followup.common.problem.Problems.badRequest("asOf", "asOf is required, e.g. 2017-12-31");
        }
        return asOf;
    }
}
