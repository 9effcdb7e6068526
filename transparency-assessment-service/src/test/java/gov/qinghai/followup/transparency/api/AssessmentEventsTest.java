package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.EventChecks;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Transparency's events (docs/events.md): concluding a round (137号 第十条(四)) publishes assessment.concluded,
 * then one grade.published per subject with its total and grade, readable by a viewer in the feed.
 */
@QuarkusTest
class AssessmentEventsTest {
    @Test
    void concludingARoundPublishesTheRoundThenEachSubjectsGrade() {
        int year = 2034; // a year no other test assesses, inside the test window
        JsonPath scheme = AssessmentWorkflowTest.scheme();
        List<Integer> subjects = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            subjects.add(as(Tokens.admin()).body(Map.of("name", Api.unique("事件部门"), "kind", "PROVINCIAL_DEPARTMENT"))
                    .post("/api/v1/subjects").then().statusCode(201).extract().path("id"));
        }
        int round = AssessmentWorkflowTest.round(year, scheme.getInt("id"), subjects.toArray(Integer[]::new));
        Map<Integer, Integer> bySubject = AssessmentWorkflowTest.assessmentsBySubject(round);
        for (int subject : subjects) {
            int a = bySubject.get(subject);
            as(Tokens.admin()).body("{\"report\":\"自查报告\",\"version\":0}")
                    .post("/api/v1/assessments/" + a + "/self-inspection").then().statusCode(200);
            AssessmentWorkflowTest.throughOnSiteAndEvaluation(a, scheme, List.of(1, 2, 3, 4, 5, 6, 7), Map.of());
        }
        String cursor = EventChecks.feedEnd();
        as(Tokens.admin()).body("{\"version\":0}").post("/api/v1/rounds/" + round + "/result").then().statusCode(200)
                .body("status", equalTo("CONCLUDED"));

        JsonPath feed = EventChecks.feed(cursor, Tokens.viewer());
        assertEquals(List.of(EventChecks.type("assessment.concluded"), EventChecks.type("grade.published"),
                EventChecks.type("grade.published")), feed.getList("items.event.type"));
        assertEquals(round, feed.getInt("items[0].event.data.roundId"));
        for (int i = 1; i <= 2; i++) {
            int a = feed.getInt("items[" + i + "].event.data.assessmentId");
            JsonPath stored = as(Tokens.viewer()).get("/api/v1/assessments/" + a).then().statusCode(200).extract().jsonPath();
            assertEquals(stored.getString("grade"), feed.getString("items[" + i + "].event.data.grade"));
            assertEquals(stored.getFloat("total"), feed.getFloat("items[" + i + "].event.data.total"));
        }
    }
}
