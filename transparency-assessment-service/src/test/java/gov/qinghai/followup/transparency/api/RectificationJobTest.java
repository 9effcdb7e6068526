package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 137号 第十二条 整改 with deadlines and reminders, 第九条 routine records and their annual bulletin. */
@QuarkusTest
class RectificationJobTest {

    private static String subject(String prefix) {
        return unique(prefix);
    }

    private static int create(String name) {
        return as(Tokens.admin()).body("{\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}")
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
    }

    @Test
    void flagsAndRemindsOverdueRectificationsOncePerPeriod() {
        String name = subject("省住建厅");
        int s = create(name);
        int r = as(Tokens.supervisor()).body(Map.of("subjectId", s, "problem", "政策解读不全", "plan", "补充解读",
                        "owner", "办公室", "deadline", "2017-11-30"))
                .post("/api/v1/rectifications").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
        as(Tokens.viewer()).queryParam("subjectId", s).queryParam("overdue", true).queryParam("asOf", "2017-12-01")
                .get("/api/v1/rectifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].overdue", equalTo(true));
        as(Tokens.viewer()).queryParam("subjectId", s).queryParam("overdue", true).queryParam("asOf", "2017-11-30")
                .get("/api/v1/rectifications").then().body("total", equalTo(0));

        as(Tokens.admin()).queryParam("date", "2017-12-01").post("/api/v1/admin/jobs/rectification-reminders/run")
                .then().statusCode(200).body("ran", equalTo(true)).body("period", equalTo("2017-12-01"));
        as(Tokens.admin()).queryParam("date", "2017-12-01").post("/api/v1/admin/jobs/rectification-reminders/run")
                .then().statusCode(200).body("ran", equalTo(false)).body("message", containsString("already done"));
        as(Tokens.viewer()).queryParam("unit", name).get("/api/v1/reminders").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].overdue", equalTo(true))
                .body("items[0].refId", equalTo(r)).body("items[0].message", containsString("整改逾期"));

        // the subject reports it, the office verifies and closes it (第十二条); later runs no longer remind
        problem(as(Tokens.reporter("西宁市政府")).body(Map.of("owner", "x", "deadline", "2017-11-30", "status", "REPORTED",
                "completedOn", "2017-12-02", "report", "r", "version", 0)).put("/api/v1/rectifications/" + r), 403);
        problem(as(Tokens.reporter(name)).body(Map.of("owner", "办公室", "deadline", "2017-12-31", "status", "OPEN",
                "version", 0)).put("/api/v1/rectifications/" + r), 403);
        as(Tokens.reporter(name)).body(Map.of("owner", "办公室", "deadline", "2017-11-30", "status", "REPORTED",
                        "completedOn", "2017-12-02", "report", "已补充解读", "version", 0)).put("/api/v1/rectifications/" + r)
                .then().statusCode(200).body("status", equalTo("REPORTED"));
        as(Tokens.supervisor()).body(Map.of("accepted", true, "version", 1))
                .post("/api/v1/rectifications/" + r + "/verification").then().statusCode(200)
                .body("status", equalTo("DONE"));
        as(Tokens.admin()).queryParam("date", "2017-12-03").post("/api/v1/admin/jobs/rectification-reminders/run")
                .then().statusCode(200).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("unit", name).get("/api/v1/reminders").then().body("total", equalTo(1));
    }

    @Test
    void remindsADeadlineComingWithinAWeek() {
        String name = subject("省财政厅");
        int s = create(name);
        as(Tokens.supervisor()).body(Map.of("subjectId", s, "problem", "预决算公开不全", "owner", "预算处",
                "deadline", "2018-03-20")).post("/api/v1/rectifications").then().statusCode(201);
        as(Tokens.admin()).queryParam("date", "2018-03-15").post("/api/v1/admin/jobs/rectification-reminders/run")
                .then().statusCode(200).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("unit", name).get("/api/v1/reminders").then()
                .body("total", equalTo(1)).body("items[0].overdue", equalTo(false));
    }

    @Test
    void appliesAPostWithAnIdempotencyKeyOnce() {
        String name = subject("省商务厅");
        int s = create(name);
        String key = unique("key");
        Map<String, Object> body = Map.of("subjectId", s, "problem", "依申请公开超期", "owner", "办公室",
                "deadline", "2017-12-31");
        int first = as(Tokens.supervisor()).header("Idempotency-Key", key).body(body).post("/api/v1/rectifications")
                .then().statusCode(201).extract().path("id");
        as(Tokens.supervisor()).header("Idempotency-Key", key).body(body).post("/api/v1/rectifications")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(Tokens.viewer()).queryParam("subjectId", s).get("/api/v1/rectifications").then().body("total", equalTo(1));
        problem(as(Tokens.supervisor()).header("Idempotency-Key", key)
                .body(Map.of("subjectId", s, "recordedOn", "2017-09-15", "kind", "PROBLEM", "itemNo", 4, "points", -1,
                        "description", "x", "method", "RANDOM_CHECK")).post("/api/v1/routine-records"), 422)
                .body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void rejectsUnknownJobAndMissingDate() {
        problem(as(Tokens.admin()).queryParam("date", "2017-12-01").post("/api/v1/admin/jobs/nonsense/run"), 404);
        problem(as(Tokens.admin()).post("/api/v1/admin/jobs/rectification-reminders/run"), 400);
        problem(as(Tokens.supervisor()).queryParam("date", "2017-12-01")
                .post("/api/v1/admin/jobs/rectification-reminders/run"), 403);
    }

    @Test
    void routineRecordsAreListedPerSubjectAndBulletinedOnceAYear() {
        String name = subject("省科技厅");
        int s = create(name);
        as(Tokens.supervisor()).body(Map.of("subjectId", s, "recordedOn", "2024-05-10", "kind", "ACHIEVEMENT", "itemNo", 5,
                        "points", 1, "description", "政策解读获国务院办公厅通报表扬", "method", "DAILY_RECORD"))
                .post("/api/v1/routine-records").then().statusCode(201);
        as(Tokens.supervisor()).body(Map.of("subjectId", s, "recordedOn", "2024-08-10", "kind", "PROBLEM", "itemNo", 4,
                        "points", -0.5, "description", "专项检查：目录未更新", "method", "SPECIAL_INSPECTION"))
                .post("/api/v1/routine-records").then().statusCode(201);
        problem(as(Tokens.supervisor()).body(Map.of("subjectId", s, "recordedOn", "2024-08-10", "kind", "PROBLEM",
                "itemNo", 4, "points", 1, "description", "x", "method", "DAILY_RECORD")).post("/api/v1/routine-records"), 400)
                .body("field", equalTo("points"));
        problem(as(Tokens.supervisor()).body(Map.of("subjectId", s, "recordedOn", "2024-08-10", "kind", "PROBLEM",
                "itemNo", 9, "points", -1, "description", "x", "method", "DAILY_RECORD")).post("/api/v1/routine-records"), 400)
                .body("violations.field", hasItem("itemNo"));
        as(Tokens.viewer()).queryParam("subjectId", s).get("/api/v1/routine-records").then()
                .body("total", equalTo(2)).body("items[0].recordedOn", equalTo("2024-08-10"));

        as(Tokens.admin()).queryParam("date", "2025-01-10").post("/api/v1/admin/jobs/annual-bulletin/run")
                .then().statusCode(200).body("ran", equalTo(true)).body("period", equalTo("2024"));
        as(Tokens.admin()).queryParam("date", "2025-01-10").post("/api/v1/admin/jobs/annual-bulletin/run")
                .then().body("ran", equalTo(false));
        as(Tokens.viewer()).get("/api/v1/period-reports/bulletin/2024").then().statusCode(200)
                .body("subjects.find { it.subject == '" + name + "' }.problems", equalTo(1))
                .body("subjects.find { it.subject == '" + name + "' }.net", equalTo(0.5f))
                // the bulletin lists the problems and achievements themselves (第九条 每年通报一次), not only counts
                .body("subjects.find { it.subject == '" + name + "' }.records.description",
                        equalTo(java.util.List.of("政策解读获国务院办公厅通报表扬", "专项检查：目录未更新")))
                .body("subjects.find { it.subject == '" + name + "' }.records[1].itemNo", equalTo(4));
        as(Tokens.viewer()).queryParam("format", "xlsx").get("/api/v1/period-reports/bulletin/2024").then().statusCode(200);
    }

    @Test
    void listsItsJobsAndTheirRunsInTheSharedAdminJobsApi() {
        as(Tokens.supervisor()).get("/api/v1/admin/jobs").then().statusCode(200).body("name", equalTo(java.util.List.of(
                "annual-bulletin", "annual-report", "disclosure-deadlines", "events-purge", "pilot-milestone-reminders",
                "rectification-reminders")));
        as(Tokens.admin()).queryParam("date", "2029-03-01").post("/api/v1/admin/jobs/pilot-milestone-reminders/run")
                .then().statusCode(200).body("ran", equalTo(true)).body("period", equalTo("2029-03-01"));
        as(Tokens.supervisor()).queryParam("size", 200).get("/api/v1/admin/jobs/pilot-milestone-reminders/runs").then()
                .statusCode(200).body("items.findAll { it.period == '2029-03-01' }.triggeredBy",
                        equalTo(java.util.List.of("admin@test")));
        problem(as(Tokens.supervisor()).get("/api/v1/admin/jobs/nonsense/runs"), 404);
    }
}
