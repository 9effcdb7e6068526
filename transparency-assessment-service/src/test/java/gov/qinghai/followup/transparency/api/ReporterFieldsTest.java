package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field a reporter may write, against who may set it: on a rectification (第十二条) the unit writes plan, owner,
 * status up to REPORTED, completedOn and report; the deadline, DONE and the verification are the office's; fields the
 * server owns are refused by name; a completion cannot be dated after today (rectifications and 138号 milestones).
 */
@QuarkusTest
class ReporterFieldsTest {

    @Test
    void aUnitWritesOnlyItsOwnFieldsOfARectification() {
        String name = unique("省残联");
        int s = as(Tokens.admin()).body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT"))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
        int r = as(Tokens.supervisor()).body(Map.of("subjectId", s, "problem", "目录未更新", "owner", "办公室",
                "deadline", "2022-06-30")).post("/api/v1/rectifications").then().statusCode(201).extract().path("id");
        Map<String, Object> base = new HashMap<>(Map.of("owner", "信息科", "deadline", "2022-06-30", "status",
                "IN_PROGRESS", "plan", "按月更新", "version", 0));
        for (String owned : new String[] {"verifiedBy", "verifiedAt", "verificationNote", "reportedBy", "subjectId",
                "problem", "assessmentId"}) {
            Map<String, Object> body = new HashMap<>(base);
            body.put(owned, "x");
            problem(as(Tokens.reporter(name)).body(body).put("/api/v1/rectifications/" + r), 400)
                    .body("detail", containsString(owned));
        }
        Map<String, Object> moved = new HashMap<>(base);
        moved.put("deadline", "2022-12-31");
        problem(as(Tokens.reporter(name)).body(moved).put("/api/v1/rectifications/" + r), 403);
        Map<String, Object> future = new HashMap<>(base);
        future.putAll(Map.of("status", "REPORTED", "completedOn", "2055-01-01", "report", "r"));
        problem(as(Tokens.reporter(name)).body(future).put("/api/v1/rectifications/" + r), 422)
                .body("field", equalTo("completedOn"));
        as(Tokens.reporter(name)).body(base).put("/api/v1/rectifications/" + r).then().statusCode(200)
                .body("owner", equalTo("信息科")).body("plan", equalTo("按月更新")).body("status", equalTo("IN_PROGRESS"))
                .body("deadline", equalTo("2022-06-30")).body("verifiedBy", equalTo(null));
    }

    @Test
    void aPilotUnitCannotMarkAMilestoneDoneOnADayThatHasNotCome() {
        int unit = PilotResourceTest.unitId("格尔木市");
        int m = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit).then().extract()
                .path("milestones.find { it.code == 'PILOT_DONE' }.id");
        int v = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit).then().extract()
                .path("milestones.find { it.code == 'PILOT_DONE' }.version");
        problem(as(Tokens.reporter("格尔木市")).body(Map.of("status", "DONE", "completedOn", "2055-08-31",
                "version", v)).put("/api/v1/pilot/milestones/" + m), 422).body("field", equalTo("completedOn"));
    }
}
