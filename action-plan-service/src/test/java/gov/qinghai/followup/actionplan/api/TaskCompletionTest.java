package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static gov.qinghai.followup.actionplan.api.Api.task;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.EventChecks;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasks without indicators (36 of the 50): each has its own deadline (the date its text states, else the end of
 * the offensive, 三季度), becomes overdue after it, and is met only when the 督查室 confirms it done (135号 三、(三)).
 */
@QuarkusTest
class TaskCompletionTest {

    private static String completion(String day, int version) {
        return json(Map.of("completedOn", day, "basis", "2017-09-26 专项督查: 第三届创业大赛已举办。", "version", version));
    }

    @Test
    void everyTaskShowsItsOwnDeadlineAndWhyThatDate() {
        as(Tokens.viewer()).get("/api/v1/tasks/3").then()
                .body("deadline", equalTo("2017-09-30")).body("deadlineBasis", equalTo("stated: 三季度"));
        as(Tokens.viewer()).get("/api/v1/tasks/13").then()
                .body("deadline", equalTo("2017-09-30")).body("deadlineBasis", startsWith("not stated: end of the offensive"));
        as(Tokens.viewer()).get("/api/v1/tasks/29").then()
                .body("deadline", equalTo("2017-12-31")).body("deadlineBasis", equalTo("stated: 年底前、年内"));
    }

    @Test
    void supervisionOfficeConfirmsATaskWithoutIndicatorsDone() {
        // 135号 任务20: 举办第三届创业大赛 — no figure, no 牵头单位
        int version = task(20).getInt("version");
        as(Tokens.viewer()).get("/api/v1/tasks/20").then().body("completion", nullValue());
        as(Tokens.viewer()).queryParam("asOf", "2017-10-06").get("/api/v1/tasks/20/status").then()
                .body("status", equalTo("OVERDUE"))
                .body("reasons[0]", equalTo("deadline 2017-09-30 passed without a completion confirmed by the 督查室"));
        String path = "/api/v1/tasks/20/completion";
        put(Tokens.reporter("省科技厅"), path, completion("2017-09-26", version)).then().statusCode(403);
        put(Tokens.viewer(), path, completion("2017-09-26", version)).then().statusCode(403);
        String cursor = EventChecks.feedEnd();
        put(Tokens.supervisor(), path, completion("2017-09-26", version)).then().statusCode(200)
                .body("completion.completedOn", equalTo("2017-09-26"))
                .body("completion.confirmedBy", equalTo("supervisor@test"))
                .body("version", equalTo(version + 1));
        put(Tokens.supervisor(), path, completion("2017-09-27", version)).then().statusCode(409)
                .body("field", equalTo("version"));
        as(Tokens.viewer()).queryParam("asOf", "2017-10-06").get("/api/v1/tasks/20/status").then()
                .body("status", equalTo("MET"))
                .body("reasons[0]", equalTo("completion confirmed by the 督查室 on 2017-09-26"));
        as(Tokens.supervisor()).get("/api/v1/tasks/20/history").then().statusCode(200)
                .body("[-1].by", equalTo("supervisor@test"))
                .body("[-1].after.completedOn", equalTo("2017-09-26"))
                .body("[-1].before.completedOn", nullValue());
        // the confirmation changes today's status: recorded and published once, as every status change
        List<Map<String, Object>> events = EventChecks.feed(cursor, Tokens.viewer()).getList("items.findAll { "
                + "it.event.type == '" + EventChecks.type("task.status-changed") + "' && it.event.subject == 'tasks/20' }"
                + ".event.data");
        assertEquals(1, events.size(), events.toString());
        assertEquals("COMPLETION", events.get(0).get("cause"));
        assertEquals("OVERDUE", events.get(0).get("previousStatus"));
        assertEquals("MET", events.get(0).get("status"));
        as(Tokens.viewer()).get("/api/v1/tasks/20/status-history").then().statusCode(200)
                .body("find { it.cause == 'COMPLETION' }.text", startsWith("completion confirmed by the 督查室 on "));
        as(Tokens.reporter("省科技厅")).get("/api/v1/tasks/20/history").then().statusCode(403);
    }

    @Test
    void refusesCompletionOfATaskWithIndicatorsAndOfImpossibleDays() {
        put(Tokens.supervisor(), "/api/v1/tasks/21/completion", completion("2017-09-26", task(21).getInt("version")))
                .then().statusCode(422).body("field", equalTo("number"));
        int version = task(3).getInt("version");
        put(Tokens.supervisor(), "/api/v1/tasks/3/completion", completion("2017-08-01", version))
                .then().statusCode(422).body("field", equalTo("completedOn"));
        // a day to come (in the window of dates): 422; beyond the window: 400
        String nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1).toString();
        put(Tokens.supervisor(), "/api/v1/tasks/3/completion", completion(nextYear, version))
                .then().statusCode(422).body("field", equalTo("completedOn"));
        put(Tokens.supervisor(), "/api/v1/tasks/3/completion", completion("2999-01-01", version))
                .then().statusCode(400).body("field", equalTo("completedOn"));
        put(Tokens.supervisor(), "/api/v1/tasks/99/completion", completion("2017-09-26", 0)).then().statusCode(404);
        as(Tokens.viewer()).get("/api/v1/tasks/3").then().body("completion", nullValue()).body("version", equalTo(version));
    }

    @Test
    void overdueScanRecordsATaskWithoutIndicatorsOnceReplayableForADate() {
        // 135号 任务13 (民生十件实事): no figure; overdue from the offensive's end 2017-09-30
        runJob("overdue-scan", "2017-10-07").then().statusCode(200).body("ran", equalTo(true))
                .body("message", containsString("tasks without indicators newly overdue"));
        runJob("overdue-scan", "2017-10-07").then().statusCode(200).body("ran", equalTo(false))
                .body("message", containsString("already done"));
        runJob("overdue-scan", "2017-10-09").then().statusCode(200).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("task", 13).get("/api/v1/overdue-events").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].taskNumber", equalTo(13))
                .body("items[0].indicatorCode", nullValue())
                .body("items[0].detail", equalTo("task 13: deadline 2017-09-30 passed without a completion confirmed by "
                        + "the 督查室"));
        // indicators keep their own rows: 21-coal (9月前 132万吨) has no actual, so it is overdue too
        as(Tokens.viewer()).queryParam("task", 21).get("/api/v1/overdue-events").then()
                .body("items.find { it.indicatorCode == '21-coal' }.taskNumber", equalTo(21));
        as(Tokens.viewer()).queryParam("task", 0).get("/api/v1/overdue-events").then().statusCode(400);
    }

    @Test
    void aTaskConfirmedDoneBeforeItsDeadlineGetsNoNewOverdueRecord() {
        // 135号 任务30 (农牧区改革): confirmed done on 2017-09-29; a later scan adds nothing for it
        int version = task(30).getInt("version");
        put(Tokens.admin(), "/api/v1/tasks/30/completion", completion("2017-09-29", version)).then().statusCode(200);
        int before = as(Tokens.viewer()).queryParam("task", 30).get("/api/v1/overdue-events").then().extract().path("total");
        runJob("overdue-scan", "2017-10-11").then().statusCode(200).body("ran", equalTo(true));
        int after = as(Tokens.viewer()).queryParam("task", 30).get("/api/v1/overdue-events").then().extract().path("total");
        assertEquals(before, after);
        as(Tokens.viewer()).queryParam("asOf", "2017-10-11").get("/api/v1/tasks/30/status").then()
                .body("status", equalTo("MET"));
    }
}
