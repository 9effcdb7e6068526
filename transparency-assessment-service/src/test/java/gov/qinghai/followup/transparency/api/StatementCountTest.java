package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import gov.qinghai.followup.common.testing.StatementCounter;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * No N+1 on list and report paths: the JDBC statements of one request are counted ({@link StatementCounter}).
 * Bounds are the measured counts plus a small margin;
 * a query per row on a 30-row page would exceed them many times over.
 */
@QuarkusTest
class StatementCountTest {
    static final int SUBJECTS = 30;

    @Inject
    SessionFactory sessionFactory;

    private long statements(Runnable request) {
        return StatementCounter.count(sessionFactory, request);
    }

    /** New provincial departments of this test, each with two 日常考核 records (137号 第九条) in the year. */
    private static List<Integer> subjectsWithRoutineRecords(int year) {
        return subjectsWithRoutineRecords(year, SUBJECTS);
    }

    private static List<Integer> subjectsWithRoutineRecords(int year, int count) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = as(Tokens.admin()).body(Map.of("name", Api.unique("计数部门"), "kind", "PROVINCIAL_DEPARTMENT"))
                    .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
            for (String kind : List.of("PROBLEM", "ACHIEVEMENT")) {
                as(Tokens.supervisor()).body(Map.of("subjectId", id, "recordedOn", year + "-03-0" + (1 + i % 9),
                                "kind", kind, "itemNo", 1 + i % 7, "points", kind.equals("PROBLEM") ? -1 : 1,
                                "description", "计数记录", "method", "DAILY_RECORD"))
                        .post("/api/v1/routine-records").then().statusCode(201);
            }
            ids.add(id);
        }
        return ids;
    }

    @Test
    void rankedAssessmentsAndRoutineRecordsOfAYearIssueAFixedNumberOfStatements() {
        int year = 2050;
        List<Integer> subjects = subjectsWithRoutineRecords(year);
        int round = AssessmentWorkflowTest.round(year, SchemeResourceTest.scheme2017(), subjects.toArray(Integer[]::new));

        long ranked = statements(() -> as(Tokens.viewer()).queryParam("size", 50)
                .get("/api/v1/rounds/" + round + "/assessments").then().statusCode(200)
                .body("items.size()", equalTo(SUBJECTS)));
        assertThat("statements for GET /api/v1/rounds/{id}/assessments?size=50", ranked, greaterThan(0L));
        assertThat("statements for GET /api/v1/rounds/{id}/assessments?size=50", ranked, lessThanOrEqualTo(6L));

        long records = statements(() -> as(Tokens.viewer()).queryParam("year", year).queryParam("size", 50)
                .get("/api/v1/routine-records").then().statusCode(200).body("items.size()", equalTo(50)));
        assertThat("statements for GET /api/v1/routine-records?size=50", records, greaterThan(0L));
        assertThat("statements for GET /api/v1/routine-records?size=50", records, lessThanOrEqualTo(3L));

        long summary = statements(() -> as(Tokens.viewer()).queryParam("year", year)
                .get("/api/v1/routine-records/summary").then().statusCode(200)
                .body("size()", greaterThan(SUBJECTS - 1)));
        assertThat("statements for GET /api/v1/routine-records/summary", summary, greaterThan(0L));
        assertThat("statements for GET /api/v1/routine-records/summary", summary, lessThanOrEqualTo(2L));
    }

    /**
     * Concluding a round (137号 第十条(四): scores, grades, ranking) gathers what every subject is scored from
     * in a fixed number of queries and writes the results in batches, so 30 subjects take no more statements than 3;
     * each stored total is the one the single-assessment score (GET …/score) computes.
     */
    @Test
    void concludingARoundIssuesAFixedNumberOfStatementsWhateverItsSubjects() {
        JsonPath scheme = AssessmentWorkflowTest.scheme();
        long three = conclude(2051, subjectsWithRoutineRecords(2051, 3), scheme);
        long thirty = conclude(2052, subjectsWithRoutineRecords(2052, SUBJECTS), scheme);
        assertThat("statements for POST /api/v1/rounds/{id}/result, 30 subjects", thirty, greaterThan(0L));
        assertThat("statements for POST /api/v1/rounds/{id}/result, 30 subjects vs 3", thirty, lessThanOrEqualTo(three));
        assertThat("statements for POST /api/v1/rounds/{id}/result, 30 subjects", thirty, lessThanOrEqualTo(25L));
    }

    /** Drives the subjects through 自查, 现场考核 and the evaluation (one of them with a 加分项), then concludes. */
    private long conclude(int year, List<Integer> subjects, JsonPath scheme) {
        int round = AssessmentWorkflowTest.round(year, scheme.getInt("id"), subjects.toArray(Integer[]::new));
        Map<Integer, Integer> bySubject = AssessmentWorkflowTest.assessmentsBySubject(round);
        for (int subject : subjects) {
            int a = bySubject.get(subject);
            as(Tokens.admin()).body("{\"report\":\"自查报告\",\"version\":0}")
                    .post("/api/v1/assessments/" + a + "/self-inspection").then().statusCode(200);
            AssessmentWorkflowTest.throughOnSiteAndEvaluation(a, scheme, List.of(1, 2, 3, 4, 5, 6, 7),
                    Map.of(scheme.getInt("items[" + (subject % 7) + "].lines[0].id"), 0.0));
        }
        as(Tokens.supervisor()).body(Map.of("lineId", scheme.getInt("items[8].lines[0].id"), "description", "正面报道"))
                .post("/api/v1/assessments/" + bySubject.get(subjects.get(0)) + "/findings").then().statusCode(201);
        long n = statements(() -> as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result")
                .then().statusCode(200).body("status", equalTo("CONCLUDED")));
        for (int subject : subjects) {
            int a = bySubject.get(subject);
            float total = as(Tokens.viewer()).get("/api/v1/assessments/" + a + "/score").then().statusCode(200)
                    .extract().path("total");
            as(Tokens.viewer()).get("/api/v1/assessments/" + a).then().statusCode(200)
                    .body("stage", equalTo("RESULT_PUBLISHED")).body("total", equalTo(total))
                    .body("breakdown.total", equalTo(total));
        }
        return n;
    }
}
