package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.common.input.Window;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import gov.qinghai.followup.transparency.domain.Reminder;
import gov.qinghai.followup.transparency.domain.StoredReport;
import gov.qinghai.followup.transparency.report.AnnualReports;
import gov.qinghai.followup.transparency.report.ExportLimit;
import gov.qinghai.followup.transparency.report.Exports;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Reminders and reports", description = "Reminders, annual bulletin (第九条) and annual report (the jobs: /api/v1/admin/jobs)")
public class ReportResource {
    @Inject
    ObjectMapper json;
    @Inject
    ExportLimit limit;

    /** A year's report has one row per subject and is not split: an operator raises the limit instead. */
    private static final String UNSPLITTABLE = "a year's report is not split: raise EXPORT_MAX_ROWS";

    @Schema(name = "Reminder")
    public record ReminderView(
            @Schema(example = "100") Long id,
            @Schema(example = "rectification-reminders") String job,
            @Schema(example = "2017-12-01") String period,
            @Schema(example = "西宁市政府") String unit,
            @Schema(example = "RECTIFICATION") String refType,
            @Schema(example = "100") Long refId,
            @Schema(example = "2017-11-30") LocalDate dueOn,
            @Schema(example = "true") boolean overdue,
            @Schema(example = "整改逾期（期限 2017-11-30）：政策解读不全") String message,
            Instant createdAt) {
    }

    @GET
    @Path("reminders")
    @Authenticated
    @Operation(operationId = "listTransparencyReminders", summary = "提醒列表 · List reminders", description = "Filter by unit (name as in the token's unit claim), job, period.")
    public Page<ReminderView> reminders(@Valid @BeanParam PageQuery page, @QueryParam("unit") String unit,
                                        @QueryParam("job") String job, @QueryParam("period") @Window(kind = Window.Kind.PERIOD) String period) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (unit != null) {
            q.append(" and unit = :unit");
            p.and("unit", unit);
        }
        if (job != null) {
            q.append(" and job = :job");
            p.and("job", job);
        }
        if (period != null) {
            q.append(" and period = :period");
            p.and("period", period);
        }
        PanacheQuery<Reminder> query = Reminder.find(q.toString(), Sort.descending("period").and("id"), p.map());
        return Page.of(query, page, r -> new ReminderView(r.id, r.job, r.period, r.unit, r.refType, r.refId, r.dueOn,
                r.overdue, r.message, r.createdAt));
    }

    @GET
    @Path("reports/annual/{year}")
    @Authenticated
    @Produces({"application/json", Exports.CSV, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getAnnualAssessmentReport", summary = "年度考核报告（得分、等次、排名） · Annual assessment report (scores, grades, ranking)", description = "Stored by the"
            + " annual-report job; JSON (the stored document), CSV or XLSX by ?format= or Accept; a CSV/XLSX"
            + " above the export limit (rows) 422.")
    public Response annual(@PathParam("year") @Window(kind = Window.Kind.YEAR) int year, @QueryParam("format") String format,
                           @Context HttpHeaders headers) throws IOException {
        String f = Exports.format(format, headers);
        if (f.equals("json")) { // the stored document as the job wrote it (one statement, nothing re-read)
            return Response.ok(stored(AnnualReports.REPORT, year).content, "application/json").build();
        }
        JsonNode c = load(AnnualReports.REPORT, year);
        limit.check(c.get("results").size(), "year", UNSPLITTABLE);
        List<List<?>> rows = new ArrayList<>();
        for (JsonNode r : c.get("results")) {
            rows.add(java.util.Arrays.asList(r.get("ranking").asInt(), r.get("subject").asText(),
                    r.get("kind").asText(), num(r.get("base")), num(r.get("bonus")), num(r.get("deduction")),
                    r.get("zeroedOut").asBoolean() ? "是" : "否", num(r.get("total")), r.get("grade").asText(),
                    num(r.get("thirdPartyScore")), num(r.get("onlineScore"))));
        }
        return Exports.respond(f, "assessment-" + year, year + "年度考核结果",
                AnnualReports.REPORT_COLUMNS, rows, () -> c);
    }

    @GET
    @Path("reports/bulletin/{year}")
    @Authenticated
    @Produces({"application/json", Exports.CSV, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getRoutineBulletin", summary = "日常记录年度通报 · Annual bulletin of routine records (第九条 每年通报一次)")
    public Response bulletin(@PathParam("year") @Window(kind = Window.Kind.YEAR) int year, @QueryParam("format") String format,
                             @Context HttpHeaders headers) throws IOException {
        JsonNode c = load(AnnualReports.BULLETIN, year);
        limit.check(c.get("subjects").size(), "year", UNSPLITTABLE);
        List<List<?>> rows = new ArrayList<>();
        for (JsonNode r : c.get("subjects")) {
            rows.add(List.of(r.get("subject").asText(), r.get("problems").asLong(), r.get("achievements").asLong(),
                    r.get("pointsDeducted").decimalValue(), r.get("pointsAdded").decimalValue(),
                    r.get("net").decimalValue()));
        }
        return Exports.respond(Exports.format(format, headers), "bulletin-" + year, year + "年度日常考核通报",
                AnnualReports.BULLETIN_COLUMNS, rows, () -> c);
    }

    private JsonNode load(String kind, int year) throws IOException {
        return json.readTree(stored(kind, year).content);
    }

    private static StoredReport stored(String kind, int year) {
        return StoredReport.<StoredReport>find("kind = ?1 and period = ?2", kind, String.valueOf(year))
                .firstResultOptional().orElseThrow(() -> Problems.notFound(kind.toLowerCase().replace('_', ' '),
                        year + " (run the job first)"));
    }

    private static Object num(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }
}
