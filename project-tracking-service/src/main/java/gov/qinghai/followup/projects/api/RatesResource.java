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
            "total_investment", "contract_fulfilment_rate", "construction_start_rate", "funds_in_place_rate");
    @Inject
    Rates rates;
    @Inject
    SupervisionNotice supervision;
    @Inject
    Exports exports;

    @GET
    @Path("rates")
    @Authenticated
    @Operation(summary = "Rates as of a date", description = "Overall and by unit, 市州, park or fund source, each "
            + "with the gap to the milestone due on or after the date (2017-12-31: 70/50/15 %; 2018-05-31: 90/80/30 %).")
    public Rates.Result rates(@QueryParam("asOf") @Parameter(example = "2017-12-31", required = true) LocalDate asOf,
                              @QueryParam("fairId") @DefaultValue("1") long fairId,
                              @QueryParam("by") @DefaultValue("NONE") @Parameter(example = "PREFECTURE") Rates.GroupBy by) {
        FairResource.find(fairId);
        return rates.asOf(fairId, required(asOf), by);
    }

    @GET
    @Path("rates/export")
    @Authenticated
    @Operation(summary = "Rates as CSV or XLSX")
    public Response export(@QueryParam("asOf") @Parameter(example = "2017-12-31", required = true) LocalDate asOf,
                           @QueryParam("fairId") @DefaultValue("1") long fairId,
                           @QueryParam("by") @DefaultValue("UNIT") Rates.GroupBy by,
                           @QueryParam("format") @DefaultValue("csv") @Parameter(example = "xlsx") String format) {
        FairResource.find(fairId);
        Rates.Result r = rates.asOf(fairId, required(asOf), by);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(r.overall()));
        r.groups().forEach(l -> rows.add(row(l)));
        return exports.table("rates-" + asOf, RATE_COLUMNS, rows, format);
    }

    @GET
    @Path("supervision-notice")
    @Authenticated
    @Operation(summary = "定期通报: construction-start status per 市州 and park, and who is behind",
            description = "134号 三: 定期通报各地区和园区签约项目开工建设情况.")
    public SupervisionNotice.Notice notice(@QueryParam("asOf") @Parameter(example = "2017-12-31", required = true) LocalDate asOf,
                                           @QueryParam("fairId") @DefaultValue("1") long fairId) {
        FairResource.find(fairId);
        return supervision.asOf(fairId, required(asOf));
    }

    static List<Object> row(RateLine l) {
        return List.of(l.key(), l.projects(), l.contracted(), l.started(), l.fundsInPlace(), l.totalInvestment(),
                l.contractFulfilmentRate(), l.constructionStartRate(), l.fundsInPlaceRate());
    }

    private static LocalDate required(LocalDate asOf) {
        if (asOf == null) {
            throw gov.qinghai.followup.common.problem.Problems.badRequest("asOf", "asOf is required, e.g. 2017-12-31");
        }
        return asOf;
    }
}
