package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stored quarterly reports of the offensive (135号) in the shared period-reports API: a 督查 finding recorded after
 * the quarter's report was built is in the regenerated version 2, not in version 1, which stays readable with its
 * task rows a page at a time. Each test owns its quarter.
 */
@QuarkusTest
class PeriodReportsTest {
    private static final String BASE = "/api/v1/period-reports/quarterly/";

    private static void runJob(String date, boolean ran) {
        as(Tokens.admin()).queryParam("date", date).post("/api/v1/admin/jobs/quarterly-report/run").then()
                .statusCode(200).body("ran", equalTo(ran));
    }

    @Test
    void aFindingRecordedAfterTheFirstBuildIsInVersionTwoAndNotInVersionOne() {
        runJob("2019-01-02", true);
        post(Tokens.supervisor(), "/api/v1/supervisions", json(Map.of("kind", "ON_SITE", "heldOn", "2018-11-20",
                "title", "现场督查（补录）", "findings", List.of(Map.of("unit", "省质监局", "taskNumber", 1,
                        "text", "补录的督查发现"))))).then().statusCode(201);

        as(Tokens.admin()).contentType("application/json").body("{\"reason\":\"a November supervision was recorded in January\"}")
                .post(BASE + "2018-Q4/regenerate").then().statusCode(201)
                .header("Location", endsWith(BASE + "2018-Q4/versions/2")).body("version", equalTo(2));

        as(Tokens.viewer()).queryParam("size", 5).get(BASE + "2018-Q4/versions/1").then().statusCode(200)
                .body("version", equalTo(1)).body("supersededBy", equalTo(2))
                .body("findings.findAll { it.text == '补录的督查发现' }.size()", equalTo(0))
                .body("tasks.total", equalTo(50)).body("tasks.items.size()", equalTo(5));
        as(Tokens.viewer()).queryParam("group", "三").queryParam("size", 200).get(BASE + "2018-Q4").then()
                .statusCode(200).body("version", equalTo(2)).body("supersededBy", nullValue())
                .body("asOf", equalTo("2018-12-31"))
                .body("findings.findAll { it.text == '补录的督查发现' }.size()", equalTo(1))
                .body("tasks.total", equalTo(18)).body("tasks.items.number[0]", equalTo(21));
        as(Tokens.viewer()).get(BASE + "2018-Q4/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("supersededBy", equalTo(Arrays.asList(2, null)))
                .body("reason", equalTo(Arrays.asList(null, "a November supervision was recorded in January")));
        as(Tokens.viewer()).queryParam("format", "csv").get(BASE + "2018-Q4/versions/1").then().statusCode(200);
    }

    @Test
    void theScheduledJobRunTwiceForAQuarterLeavesOneVersion() {
        runJob("2019-10-01", true);
        runJob("2019-11-01", false);
        as(Tokens.viewer()).get(BASE + "2019-Q3/versions").then().statusCode(200).body("version", equalTo(List.of(1)));
    }

    @Test
    void onlyAnAdminRegeneratesAndBadKindsAndPeriodsAreNamed() {
        for (String token : List.of(Tokens.viewer(), Tokens.supervisor())) {
            as(token).contentType("application/json").body("{\"reason\":\"x\"}").post(BASE + "2019-Q1/regenerate").then().statusCode(403);
        }
        as(Tokens.viewer()).get("/api/v1/period-reports/annual/2019").then().statusCode(404);
        as(Tokens.viewer()).get(BASE + "2019-13").then().statusCode(400).body("field", equalTo("period"));
        as(Tokens.viewer()).get(BASE + "2019-Q1/versions/7").then().statusCode(404);
        as(Tokens.admin()).contentType("application/json").body("{\"reason\":\"x\"}").post(BASE + "2017-Q2/regenerate").then().statusCode(422)
                .body("field", equalTo("period"));
    }
}
