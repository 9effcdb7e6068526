package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored quarterly report (140号) in the shared period-reports API: a figure reported after the quarter's report
 * was built is in the regenerated version 2 and not in version 1, which stays readable. Each test owns its quarter.
 */
@QuarkusTest
class PeriodReportsTest {
    private static final String BASE = "/api/v1/period-reports/quarterly/";
    private static final String HUANGNAN = "rows.find { it.prefecture == '黄南州' }";

    @Test
    void aFigureReportedAfterTheFirstBuildIsInVersionTwoAndNotInVersionOne() {
        post(Tokens.admin(), "/api/v1/admin/jobs/quarterly-report/run?date=2018-10-01", "").then().statusCode(200)
                .body("ran", equalTo(true)).body("period", equalTo("2018-Q3"));
        // 黄南州 reports its September contracting figures late
        post(Tokens.admin(), "/api/v1/family-doctor/figures",
                FamilyDoctorResourceTest.figure(6, "2018-09", 100_000, 52_000, 10_000, 8_600)).then().statusCode(201);

        post(Tokens.admin(), BASE + "2018-Q3/regenerate", "{\"reason\":\"黄南州 reported 2018-09 late\"}").then()
                .statusCode(201).header("Location", endsWith(BASE + "2018-Q3/versions/2")).body("version", equalTo(2));

        get(Tokens.viewer(), BASE + "2018-Q3/versions/1").then().statusCode(200).body("version", equalTo(1))
                .body("supersededBy", equalTo(2)).body(HUANGNAN + ".contractingPeriod", nullValue());
        get(Tokens.viewer(), BASE + "2018-Q3").then().statusCode(200).body("version", equalTo(2))
                .body("supersededBy", nullValue()).body("reason", equalTo("黄南州 reported 2018-09 late"))
                .body(HUANGNAN + ".contractingPeriod", equalTo("2018-09"))
                .body(HUANGNAN + ".contractingTargetMet", equalTo(true));
        get(Tokens.viewer(), BASE + "2018-Q3/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("supersededBy", equalTo(Arrays.asList(2, null)))
                .body("reason", equalTo(Arrays.asList(null, "黄南州 reported 2018-09 late")));
        get(Tokens.viewer(), BASE + "2018-Q3/versions/1?prefecture=黄南州").then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("version", equalTo(1));
        get(Tokens.viewer(), BASE + "2018-Q3/versions/1?format=csv").then().statusCode(200);
    }

    @Test
    void theScheduledJobRunTwiceForAQuarterLeavesOneVersion() {
        post(Tokens.admin(), "/api/v1/admin/jobs/quarterly-report/run?date=2019-01-02", "").then().statusCode(200)
                .body("ran", equalTo(true));
        post(Tokens.admin(), "/api/v1/admin/jobs/quarterly-report/run?date=2019-03-01", "").then().statusCode(200)
                .body("ran", equalTo(false));
        get(Tokens.viewer(), BASE + "2018-Q4/versions").then().statusCode(200).body("version", equalTo(List.of(1)));
    }

    @Test
    void onlyAnAdminRegeneratesAndBadKindsAndPeriodsAreNamed() {
        for (String token : List.of(Tokens.viewer(), Tokens.supervisor())) {
            problem(post(token, BASE + "2019-Q1/regenerate", "{\"reason\":\"x\"}"), 403);
        }
        problem(get(Tokens.viewer(), "/api/v1/period-reports/bulletin/2019"), 404);
        problem(get(Tokens.viewer(), BASE + "2019-Q7"), 400).body("field", equalTo("period"));
        problem(get(Tokens.viewer(), BASE + "2019-Q1/versions"), 404);
        problem(post(Tokens.admin(), BASE + "2019-Q1/regenerate", "{}"), 400);
    }
}
