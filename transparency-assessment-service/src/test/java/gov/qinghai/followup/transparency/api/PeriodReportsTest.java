package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
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
 * The annual bulletin (137号 第九条 每年通报一次) and the annual report in the shared period-reports API: a record
 * entered after a year's bulletin was built is in the regenerated version 2, not in version 1, which stays readable.
 * Each test owns its year.
 */
@QuarkusTest
class PeriodReportsTest {
    private static final String BULLETIN = "/api/v1/period-reports/bulletin/";

    private static int subject(String name) {
        return as(Tokens.admin()).body("{\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}")
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
    }

    private static void record(int subject, String on, String description) {
        as(Tokens.supervisor()).body(Map.of("subjectId", subject, "recordedOn", on, "kind", "PROBLEM", "itemNo", 4,
                        "points", -0.5, "description", description, "method", "SPECIAL_INSPECTION"))
                .post("/api/v1/routine-records").then().statusCode(201);
    }

    private static void runBulletin(String date, boolean ran) {
        as(Tokens.admin()).queryParam("date", date).post("/api/v1/admin/jobs/annual-bulletin/run").then()
                .statusCode(200).body("ran", equalTo(ran));
    }

    @Test
    void aRecordEnteredAfterTheBulletinIsInVersionTwoAndNotInVersionOne() {
        String name = unique("省交通厅");
        int s = subject(name);
        record(s, "2023-05-10", "目录未更新");
        runBulletin("2024-01-10", true);
        record(s, "2023-11-20", "政策解读缺失"); // a record of 2023 entered after the bulletin was built

        as(Tokens.admin()).body(Map.of("reason", "a 2023 record was entered in 2024"))
                .post(BULLETIN + "2023/regenerate").then().statusCode(201)
                .header("Location", endsWith(BULLETIN + "2023/versions/2")).body("version", equalTo(2))
                .body("reason", equalTo("a 2023 record was entered in 2024"));
        String subjectRow = "subjects.find { it.subject == '" + name + "' }";
        as(Tokens.viewer()).get(BULLETIN + "2023/versions/1").then().statusCode(200).body("supersededBy", equalTo(2))
                .body(subjectRow + ".problems", equalTo(1))
                .body(subjectRow + ".records.description", equalTo(List.of("目录未更新")));
        as(Tokens.viewer()).get(BULLETIN + "2023").then().statusCode(200).body("version", equalTo(2))
                .body("supersededBy", nullValue()).body(subjectRow + ".problems", equalTo(2))
                .body(subjectRow + ".records.description", equalTo(List.of("目录未更新", "政策解读缺失")));
        as(Tokens.viewer()).get(BULLETIN + "2023/versions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("supersededBy", equalTo(Arrays.asList(2, null)))
                .body("builtBy", equalTo(List.of("admin@test", "admin@test")));
        as(Tokens.viewer()).queryParam("format", "csv").get(BULLETIN + "2023/versions/1").then().statusCode(200);
        // the job's claim of the year is untouched: a replay is still "already done"
        runBulletin("2024-01-11", false);
        as(Tokens.viewer()).get(BULLETIN + "2023/versions").then().body("version", equalTo(List.of(1, 2)));
    }

    @Test
    void theScheduledJobRunTwiceForAYearLeavesOneVersion() {
        runBulletin("2022-01-10", true);
        runBulletin("2022-02-10", false);
        as(Tokens.viewer()).get(BULLETIN + "2021/versions").then().statusCode(200).body("version", equalTo(List.of(1)));
        as(Tokens.viewer()).queryParam("kind", "bulletin").get("/api/v1/period-reports").then().statusCode(200)
                .body("items.find { it.period == '2021' }.latestVersion", equalTo(1));
    }

    @Test
    void onlyAnAdminRegeneratesAndBadKindsAndPeriodsAreNamed() {
        for (String token : List.of(Tokens.viewer(), Tokens.supervisor())) {
            problem(as(token).body(Map.of("reason", "x")).post(BULLETIN + "2020/regenerate"), 403);
        }
        problem(as(Tokens.viewer()).get("/api/v1/period-reports/quarterly/2020-Q1"), 404);
        problem(as(Tokens.viewer()).get(BULLETIN + "2020-Q1"), 400).body("field", equalTo("period"));
        problem(as(Tokens.viewer()).get(BULLETIN + "1999"), 400).body("field", equalTo("period"));
        problem(as(Tokens.viewer()).get(BULLETIN + "2019"), 404);
        // no concluded round for the year: no results to report yet
        problem(as(Tokens.admin()).body(Map.of("reason", "x")).post("/api/v1/period-reports/annual/2022/regenerate"), 422)
                .body("field", equalTo("period"));
    }
}
