package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.testing.ActingAs;
import gov.qinghai.followup.common.testing.CrossUnitCheck;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.projects.domain.ProgressReport;
import gov.qinghai.followup.projects.service.ProgressService;
import gov.qinghai.followup.projects.service.ReportSubmission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1/API5 for 134号 五 (每月5日前 each responsible unit reports on its own projects): for every write
 * operation a reporter of another unit gets 403, over HTTP and, for the unit-owned monthly reports, from
 * ProgressService called directly. Nothing is written by a refused request.
 */
@QuarkusTest
class AuthorizationTest {
    static final String REPORT = "{\"period\":\"2017-10\",\"contractPerformed\":true,\"constructionStarted\":false,"
            + "\"completed\":false,\"fundsInPlace\":\"1\"}";
    /** The test fair's projects 1–4 belong to 西宁市政府, 西宁市政府, 海西州政府, 省科技厅 (ProgressAndRatesTest.TABLE). */
    static final Map<Integer, String> OWNER = Map.of(1, "西宁市政府", 2, "西宁市政府", 3, "海西州政府", 4, "省科技厅");
    static final List<String> UNITS = List.of("西宁市政府", "海西州政府", "省科技厅", "海东市政府");

    @Inject
    ProgressService progress;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource db;

    @Test
    void aReporterOfAnotherUnitIsRefusedOnEveryWriteOperation() throws Exception {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        CrossUnitCheck check = CrossUnitCheck.forService("project-tracking-service");
        String report = "POST /api/v1/projects/{id}/reports";
        OWNER.forEach((seq, owner) -> UNITS.stream().filter(u -> !u.equals(owner)).forEach(other -> {
            long project = fair.project(seq);
            check.refused(report, () -> post(Tokens.reporter(other), "/api/v1/projects/" + project + "/reports",
                    REPORT, "application/json", "cross-" + seq + "-" + other));
            check.refusedInService(report, Tokens.reporter(other),
                    () -> progress.submit(project, json.readValue(REPORT, ReportSubmission.class)));
        }));
        // a reporter token without a unit claim acts for no unit
        check.refused(report, () -> post(Tokens.named("reporter-without-unit@test", "reporter"),
                "/api/v1/projects/" + fair.project(1) + "/reports", REPORT, "application/json", null));
        check.refusedInService(report, Tokens.named("reporter-without-unit@test", "reporter"),
                () -> progress.submit(fair.project(1), json.readValue(REPORT, ReportSubmission.class)));

        // reference data and jobs are the province's (admin only), whichever unit the reporter is from
        String xining = Tokens.reporter("西宁市政府");
        long unit = Sql.count(db, "select id from responsible_unit where name = ?", "西宁市政府");
        check.refused("PUT /api/v1/units/{id}", () -> send("PUT", xining, "/api/v1/units/" + unit,
                "{\"kind\":\"PREFECTURE_GOVERNMENT\",\"contactEmail\":\"x@example.gov.cn\",\"version\":0}"));
        check.refused("POST /api/v1/units", () -> post(xining, "/api/v1/units",
                "{\"name\":\"越权新增单位\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}", "application/json", null));
        check.refused("POST /api/v1/fairs", () -> post(xining, "/api/v1/fairs",
                "{\"edition\":9001,\"name\":\"测试青洽会\"}", "application/json", null));
        check.refused("POST /api/v1/fairs/{id}/projects", () -> post(xining, "/api/v1/fairs/" + fair.id()
                + "/projects", ProgressAndRatesTest.TABLE, "text/csv", null));
        check.refused("PUT /api/v1/fairs/{id}", () -> send("PUT", xining, "/api/v1/fairs/" + fair.id(),
                "{\"name\":\"测试青洽会\",\"reportingFrom\":\"2017-07\",\"closedAfter\":\"2017-08\",\"version\":0}"));
        check.refused("PUT /api/v1/fairs/{id}/headline-figures", () -> send("PUT", xining, "/api/v1/fairs/" + fair.id()
                + "/headline-figures", "{\"version\":0,\"figures\":[]}"));
        check.refused("PUT /api/v1/fairs/{id}/milestones", () -> send("PUT", xining, "/api/v1/fairs/" + fair.id()
                + "/milestones", "{\"version\":0,\"targets\":[]}"));
        check.refused("POST /api/v1/admin/jobs/{job}/run", () -> given().header("Authorization", bearer(xining))
                .queryParam("date", "2017-10-01").post("/api/v1/admin/jobs/monthly-reminder/run"));
        check.refused("POST /api/v1/period-reports/{kind}/{period}/regenerate", () -> post(xining,
                "/api/v1/period-reports/quarterly/2017-Q3/regenerate?fairId=" + fair.id(), "{\"reason\":\"越权重建\"}",
                "application/json", null));
        // the outbox is operated by admins only (service-common OutboxAdminResource)
        String message = java.util.UUID.randomUUID().toString();
        check.refused("POST /api/v1/admin/outbox/{id}/retry", () -> given().header("Authorization", bearer(xining))
                .post("/api/v1/admin/outbox/" + message + "/retry"));
        check.refused("POST /api/v1/admin/outbox/{id}/cancel", () -> post(xining, "/api/v1/admin/outbox/" + message
                + "/cancel", "{\"reason\":\"越权取消\"}", "application/json", null));

        // event subscriptions are managed by admins only (service-common SubscriptionResource)
        gov.qinghai.followup.common.testing.EventChecks.refuseSubscriptionWrites(check, xining);
        assertEquals(41, check.run());
        assertEquals(0, Sql.count(db, "select count(*) from progress_report r join project p on p.id = r.project_id "
                + "where p.fair_id = ?", fair.id()), "a refused request wrote nothing");
        assertEquals(0, Sql.count(db, "select count(*) from idempotency_record where idem_key like 'cross-%'"));

        // the direct calls really ran as those reporters: the owner's own call goes through
        ProgressReport own = ActingAs.call(Tokens.reporter("西宁市政府"),
                () -> progress.submit(fair.project(1), json.readValue(REPORT, ReportSubmission.class)));
        assertEquals("reporter@西宁市政府", own.submittedBy);
    }

    private static Response post(String token, String path, String body, String type, String idempotencyKey) {
        var r = given().header("Authorization", bearer(token)).contentType(type)
                .body(body.getBytes(StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            r = r.header("Idempotency-Key", idempotencyKey);
        }
        return r.post(path);
    }

    private static Response send(String method, String token, String path, String body) {
        return given().header("Authorization", bearer(token)).contentType(ContentType.JSON).body(body)
                .request(method, path);
    }
}
