package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.testing.CountingDriver;
import gov.qinghai.followup.common.testing.StatementCounter;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * No N+1 on list and report paths: the JDBC statements of one request are counted ({@link StatementCounter}) on
 * both datasources, the default and {@code reads} (this service's tests open both through the test-jar's
 * CountingDriver), whether Hibernate or plain JDBC (common.reads.ReadReplica) runs them: a read moved from one
 * datasource to the other is still counted. Bounds are the measured counts plus a small margin; a query per report,
 * task or unit on these pages would exceed them many times over.
 */
@QuarkusTest
class StatementCountTest {
    /**
     * A month no other test files reports for (reports run to 2017-12, the offensive's last month), so the page holds
     * this test's reports only.
     */
    static final String PERIOD = "2017-12";

    @Inject
    SessionFactory sessionFactory;

    private long statements(Runnable request) {
        return StatementCounter.count(sessionFactory, request);
    }

    /** The statements on the reads datasource alone while the request runs. */
    private static long onReads(Runnable request) {
        long before = CountingDriver.prepared().getOrDefault("action-plan-service-reads", 0L);
        request.run();
        return CountingDriver.prepared().getOrDefault("action-plan-service-reads", 0L) - before;
    }

    /** Each task's first 牵头单位 that is a single unit (not a collective such as 各市州人民政府), from the seed. */
    private static Map<Integer, String> leadUnits() {
        Set<String> collectives = Csv.records(Csv.resource("seed/collectives.csv")).stream()
                .map(r -> r.get("collective")).collect(Collectors.toSet());
        Map<Integer, String> leads = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.records(Csv.resource("seed/task_units.csv"))) {
            if (r.get("role").equals("LEAD") && !collectives.contains(r.get("unit"))) {
                leads.putIfAbsent(Integer.valueOf(r.get("task_number")), r.get("unit"));
            }
        }
        return leads;
    }

    /** One report per task with a lead unit, each with an actual for every indicator of the task. */
    private static int fileReports() {
        Map<Integer, List<String>> indicators = Csv.records(Csv.resource("seed/indicators.csv")).stream().collect(
                Collectors.groupingBy(r -> Integer.valueOf(r.get("task_number")),
                        Collectors.mapping(r -> r.get("code"), Collectors.toList())));
        int n = 0;
        for (Map.Entry<Integer, String> lead : leadUnits().entrySet()) {
            String actuals = indicators.getOrDefault(lead.getKey(), List.of()).stream()
                    .map(code -> Api.actual(code, "1", PERIOD + "-30")).collect(Collectors.joining(",", "[", "]"));
            String body = "{\"period\":\"" + PERIOD + "\",\"unit\":\"" + lead.getValue()
                    + "\",\"narrative\":\"计数月报\",\"actuals\":" + actuals + "}";
            post(Tokens.admin(), "/api/v1/tasks/" + lead.getKey() + "/reports", body).then().statusCode(201);
            n++;
        }
        return n;
    }

    @Test
    void reportListStatusLaggingAndQuarterlyReportIssueAFixedNumberOfStatements() {
        int filed = fileReports();
        assertThat("reports filed", filed, greaterThan(30));

        long list = statements(() -> as(Tokens.viewer()).queryParam("period", PERIOD).queryParam("size", 50)
                .get("/api/v1/reports").then().statusCode(200).body("items.size()", equalTo(filed)));
        assertThat("statements for GET /api/v1/reports?size=50", list, greaterThan(0L));
        assertThat("statements for GET /api/v1/reports?size=50", list, lessThanOrEqualTo(12L));

        long tasks = statements(() -> as(Tokens.viewer()).queryParam("size", 50).get("/api/v1/tasks")
                .then().statusCode(200).body("items.size()", equalTo(50)));
        assertThat("statements for GET /api/v1/tasks?size=50", tasks, greaterThan(0L));
        assertThat("statements for GET /api/v1/tasks?size=50", tasks, lessThanOrEqualTo(5L));

        // Tests ask the peers on every status (fresh-for 0): the linked indicators add one statement for their list and
        // one per linked indicator (5 seeded, 135号 任务29/39), or their stored figures when a peer answers; a fixed set
        // that must not grow with the page, so a page of 5 and a page of 50 issue the same number.
        long status5 = statements(() -> as(Tokens.viewer()).queryParam("asOf", "2019-12-10").queryParam("size", 5)
                .get("/api/v1/task-status").then().statusCode(200).body("items.size()", equalTo(5)));
        long status = statements(() -> as(Tokens.viewer()).queryParam("asOf", "2019-12-10").queryParam("size", 50)
                .get("/api/v1/task-status").then().statusCode(200).body("items.size()", equalTo(50)));
        assertThat("statements for GET /api/v1/task-status?size=50", status, greaterThan(0L));
        assertThat("statements for GET /api/v1/task-status?size=50 vs size=5", status, lessThanOrEqualTo(status5));
        assertThat("statements for GET /api/v1/task-status?size=50", status, lessThanOrEqualTo(30L));

        // lagging units read the task status too: the same fixed linked-indicator statements
        long lagging1 = statements(() -> as(Tokens.supervisor()).queryParam("asOf", "2019-12-10").queryParam("size", 1)
                .get("/api/v1/lagging-units").then().statusCode(200));
        long lagging = statements(() -> as(Tokens.supervisor()).queryParam("asOf", "2019-12-10").queryParam("size", 50)
                .get("/api/v1/lagging-units").then().statusCode(200));
        assertThat("statements for GET /api/v1/lagging-units?size=50", lagging, greaterThan(0L));
        assertThat("statements for GET /api/v1/lagging-units?size=50 vs size=1", lagging, lessThanOrEqualTo(lagging1));
        assertThat("statements for GET /api/v1/lagging-units?size=50", lagging, lessThanOrEqualTo(32L));

        long quarterly = statements(() -> as(Tokens.admin()).queryParam("date", "2020-01-02")
                .post("/api/v1/admin/jobs/quarterly-report/run").then().statusCode(200).body("ran", equalTo(true)));
        assertThat("statements for the 2019-Q4 quarterly report job", quarterly, greaterThan(0L));
        assertThat("statements for the 2019-Q4 quarterly report job", quarterly, lessThanOrEqualTo(45L));

        // the stored report is read through the reads datasource (common.reads.ReadReplica, plain JDBC with a fixed
        // set of statements per read), not through Hibernate; counted on every datasource, whatever the page size
        assertTrue(CountingDriver.active(), "the datasources open their connections through CountingDriver");
        long report5 = statements(() -> as(Tokens.viewer()).queryParam("size", 5)
                .get("/api/v1/period-reports/quarterly/2019-Q4").then().statusCode(200).body("tasks.items.size()", equalTo(5)));
        long ormStatements = StatementCounter.hibernate(sessionFactory, () -> as(Tokens.viewer()).queryParam("size", 50)
                .get("/api/v1/period-reports/quarterly/2019-Q4").then().statusCode(200));
        long onReads = onReads(() -> as(Tokens.viewer()).queryParam("size", 50)
                .get("/api/v1/period-reports/quarterly/2019-Q4").then().statusCode(200));
        long report = statements(() -> as(Tokens.viewer()).queryParam("size", 50)
                .get("/api/v1/period-reports/quarterly/2019-Q4").then().statusCode(200).body("tasks.items.size()", equalTo(50)));
        assertThat("Hibernate statements for GET /api/v1/period-reports/quarterly/2019-Q4", ormStatements, equalTo(0L));
        assertThat("statements on the reads datasource for GET /api/v1/period-reports/quarterly/2019-Q4", onReads,
                greaterThan(0L));
        assertThat("statements for GET /api/v1/period-reports/quarterly/2019-Q4?size=50", report, greaterThan(0L));
        assertThat("statements for GET /api/v1/period-reports/quarterly/2019-Q4?size=50 vs size=5", report,
                lessThanOrEqualTo(report5));
        // 5 statements per stored-report read (measured), plus the replica's lag check when this is the app's first read
        assertThat("statements for GET /api/v1/period-reports/quarterly/2019-Q4?size=50", report, lessThanOrEqualTo(7L));
        long reports = statements(() -> as(Tokens.viewer()).queryParam("size", 50).get("/api/v1/period-reports")
                .then().statusCode(200));
        assertThat("statements for GET /api/v1/period-reports?size=50", reports, greaterThan(0L));
        assertThat("statements for GET /api/v1/period-reports?size=50", reports, lessThanOrEqualTo(4L));
    }
}
