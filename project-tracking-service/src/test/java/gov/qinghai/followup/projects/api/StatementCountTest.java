package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;

import gov.qinghai.followup.common.testing.StatementCounter;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * No N+1 on list and report paths: the JDBC statements of one request are counted ({@link StatementCounter}).
 * Bounds are the measured counts plus a small margin; a per-row query
 * (N+1) on a 50-row page or a 60-project fair would exceed them many times over.
 */
@QuarkusTest
class StatementCountTest {
    /** 60 projects over 12 units, so a per-project or per-unit query would show. */
    static final String[] UNITS = {"西宁市政府", "海东市政府", "海西州政府", "海南州政府", "海北州政府", "省发展改革委",
            "省财政厅", "省交通运输厅", "省科技厅", "省商务厅", "省水利厅", "省卫生计生委"};

    @Inject
    SessionFactory sessionFactory;

    private long statements(Runnable request) {
        return StatementCounter.count(sessionFactory, request);
    }

    private Fixtures.TestFair fairOf60Projects() {
        StringBuilder csv = new StringBuilder(
                "seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons\n");
        for (int i = 1; i <= 60; i++) {
            csv.append(i).append(',').append(UNITS[i % UNITS.length]).append(",计数项目").append(i)
                    .append(",甲方,乙方公司,").append(i).append(".00,江苏,负责人,联系人\n");
        }
        return Fixtures.fairWith(csv.toString());
    }

    @Test
    void projectListPageOf50IssuesAFixedNumberOfStatements() {
        Fixtures.TestFair fair = fairOf60Projects();
        long n = statements(() -> given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("fairId", fair.id()).queryParam("size", 50).get("/api/v1/projects")
                .then().statusCode(200).body("items.size()", equalTo(50)));
        assertThat("statements for GET /api/v1/projects?size=50", n, greaterThan(0L));
        assertThat("statements for GET /api/v1/projects?size=50", n, lessThanOrEqualTo(4L));
    }

    @Test
    void ratesByUnitIssueAFixedNumberOfStatements() {
        Fixtures.TestFair fair = fairOf60Projects();
        for (int seq = 1; seq <= 20; seq++) {
            Fixtures.report(Tokens.admin(), fair.project(seq), "2017-12", true, seq % 2 == 0, "1").then().statusCode(201);
        }
        long n = statements(() -> given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("asOf", "2017-12-31").queryParam("fairId", fair.id()).queryParam("by", "UNIT")
                .get("/api/v1/rates").then().statusCode(200).body("groups.size()", equalTo(UNITS.length)));
        assertThat("statements for GET /api/v1/rates?by=UNIT", n, greaterThan(0L));
        assertThat("statements for GET /api/v1/rates?by=UNIT", n, lessThanOrEqualTo(6L));
    }

    @Test
    void reminderPageOf50IssuesAFixedNumberOfStatements() {
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2021-08-01")
                .post("/api/v1/admin/jobs/monthly-reminder/run").then().statusCode(200);
        long n = statements(() -> given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("period", "2021-07").queryParam("size", 50).get("/api/v1/reminders")
                .then().statusCode(200).body("items.size()", greaterThan(20)));
        assertThat("statements for GET /api/v1/reminders?size=50", n, greaterThan(0L));
        assertThat("statements for GET /api/v1/reminders?size=50", n, lessThanOrEqualTo(4L));
    }
}
