package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 135号 三、(三): the 督查室's records are corrected on the version read, withdrawn with a reason (kept, no longer
 * counted) and their audit trails read; a finding's 整改 is ordered, reported by the unit and verified, and an overdue
 * one shows in the lagging units and the monthly reminder.
 */
@QuarkusTest
class SupervisionRecordsTest {
    private static final String UNIT = "省经济和信息化委";
    // 整改 deadlines fall in 2018, after every date the other tests judge lagging units and reminders on (2017),
    // so an open 整改 here never changes their answers

    /** A 督查 of task 21 with one finding against 省经济和信息化委, titled so each test finds its own. */
    private static JsonPath supervision(String title) {
        return post(Tokens.supervisor(), "/api/v1/supervisions", json(Map.of("kind", "SPECIAL", "heldOn", "2017-09-20",
                "title", title, "taskNumbers", java.util.List.of(21), "units", java.util.List.of(UNIT),
                "findings", java.util.List.of(Map.of("unit", UNIT, "taskNumber", 21, "text", "煤炭去产能进度滞后。")))))
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void correctsASupervisionOnTheVersionReadAndRefusesAStaleCopy() {
        int id = supervision("更正-督查").getInt("id");
        String body = json(Map.of("kind", "ON_SITE", "heldOn", "2017-09-21", "title", "更正-督查（更正）",
                "taskNumbers", java.util.List.of(21), "units", java.util.List.of(UNIT), "version", 0));
        put(Tokens.supervisor(), "/api/v1/supervisions/" + id, body).then().statusCode(200)
                .body("kind", equalTo("ON_SITE")).body("kindLabel", equalTo("现场督查"))
                .body("heldOn", equalTo("2017-09-21")).body("version", equalTo(1));
        put(Tokens.supervisor(), "/api/v1/supervisions/" + id, body).then().statusCode(409)
                .contentType("application/problem+json");
        put(Tokens.supervisor(), "/api/v1/supervisions/" + id, body.replace("2017-09-21", "2030-01-01")
                .replace("\"version\":0", "\"version\":1")).then().statusCode(422).body("field", equalTo("heldOn"));
    }

    @Test
    void aCorrectionThatWouldPutA约谈BeforeIts督查IsRefused() {
        JsonPath s = supervision("更正-约谈先于督查");
        int finding = s.getInt("findings[0].id");
        post(Tokens.supervisor(), "/api/v1/findings/" + finding + "/admonitions",
                "{\"heldOn\":\"2017-09-25\",\"conductedBy\":\"省政府督查室\",\"summary\":\"约谈。\"}").then().statusCode(201);
        put(Tokens.supervisor(), "/api/v1/supervisions/" + s.getInt("id"), json(Map.of("kind", "SPECIAL",
                "heldOn", "2017-09-28", "title", "更正-约谈先于督查", "taskNumbers", java.util.List.of(21),
                "units", java.util.List.of(UNIT), "version", 0))).then().statusCode(422).body("field", equalTo("heldOn"));
    }

    @Test
    void correctsAFindingAndRefusesAUnitUnrelatedToItsTask() {
        int finding = supervision("更正-发现问题").getInt("findings[0].id");
        put(Tokens.supervisor(), "/api/v1/findings/" + finding, json(Map.of("unit", UNIT, "taskNumber", 21,
                "text", "进度滞后（更正）。", "version", 0))).then().statusCode(200).body("text", equalTo("进度滞后（更正）。"))
                .body("version", equalTo(1));
        // 省金融办 neither leads nor shares 任务21
        put(Tokens.supervisor(), "/api/v1/findings/" + finding, json(Map.of("unit", "省金融办", "taskNumber", 21,
                "text", "x", "version", 1))).then().statusCode(422).body("field", equalTo("finding.unit"));
    }

    @Test
    void aWithdrawnFindingIsKeptButLeftOutOfTheListsAndRefusesFollowUps() {
        int finding = supervision("撤回-发现问题").getInt("findings[0].id");
        post(Tokens.supervisor(), "/api/v1/findings/" + finding + "/withdrawal",
                json(Map.of("reason", "重复录入。", "version", 0))).then().statusCode(200)
                .body("withdrawal.reason", equalTo("重复录入。")).body("withdrawal.at", notNullValue());
        as(Tokens.viewer()).get("/api/v1/findings/" + finding).then().statusCode(200)
                .body("withdrawal.reason", equalTo("重复录入。")).body("text", equalTo("煤炭去产能进度滞后。"));
        as(Tokens.viewer()).queryParam("unit", UNIT).queryParam("size", 200).get("/api/v1/findings").then()
                .statusCode(200).body("items.id", not(hasItem(finding)));
        as(Tokens.viewer()).queryParam("unit", UNIT).queryParam("size", 200).queryParam("withdrawn", true)
                .get("/api/v1/findings").then().statusCode(200).body("items.id", hasItem(finding));
        post(Tokens.supervisor(), "/api/v1/findings/" + finding + "/admonitions",
                "{\"heldOn\":\"2017-10-12\",\"conductedBy\":\"省政府督查室\",\"summary\":\"x\"}").then().statusCode(409);
        put(Tokens.supervisor(), "/api/v1/findings/" + finding, json(Map.of("unit", UNIT, "taskNumber", 21,
                "text", "x", "version", 1))).then().statusCode(409);
    }

    @Test
    void aWithdrawn督查IsLeftOutOfTheListUnlessAskedFor() {
        int id = supervision("撤回-督查").getInt("id");
        post(Tokens.admin(), "/api/v1/supervisions/" + id + "/withdrawal", json(Map.of("reason", "误录。", "version", 0)))
                .then().statusCode(200).body("withdrawal.by", notNullValue());
        as(Tokens.viewer()).queryParam("size", 200).get("/api/v1/supervisions").then().body("items.id", not(hasItem(id)));
        as(Tokens.viewer()).queryParam("size", 200).queryParam("withdrawn", true).get("/api/v1/supervisions").then()
                .body("items.id", hasItem(id));
    }

    @Test
    void theHistoryOfEachRecordShowsItsCorrectionAndWithdrawalToAdminAndSupervisorOnly() {
        JsonPath s = supervision("历史-督查");
        int finding = s.getInt("findings[0].id");
        int admonition = post(Tokens.supervisor(), "/api/v1/findings/" + finding + "/admonitions",
                "{\"heldOn\":\"2017-10-12\",\"conductedBy\":\"省政府督查室\",\"summary\":\"约谈。\"}").then().statusCode(201)
                .extract().path("id");
        int accountability = post(Tokens.supervisor(), "/api/v1/findings/" + finding + "/accountabilities",
                "{\"decidedOn\":\"2017-11-15\",\"measure\":\"通报批评\"}").then().statusCode(201).extract().path("id");
        put(Tokens.supervisor(), "/api/v1/admonitions/" + admonition, json(Map.of("heldOn", "2017-10-13",
                "conductedBy", "省政府督查室", "summary", "约谈（更正）。", "version", 0))).then().statusCode(200)
                .body("heldOn", equalTo("2017-10-13"));
        put(Tokens.supervisor(), "/api/v1/admonitions/" + admonition, json(Map.of("heldOn", "2017-09-01",
                "conductedBy", "省政府督查室", "summary", "x", "version", 1))).then().statusCode(422)
                .body("field", equalTo("heldOn"));
        post(Tokens.supervisor(), "/api/v1/accountabilities/" + accountability + "/withdrawal",
                json(Map.of("reason", "问责决定撤销。", "version", 0))).then().statusCode(200);
        as(Tokens.supervisor()).get("/api/v1/admonitions/" + admonition + "/history").then().statusCode(200)
                .body("", hasSize(2)).body("[1].before.summary", equalTo("约谈。"))
                .body("[1].after.summary", equalTo("约谈（更正）。"));
        as(Tokens.admin()).get("/api/v1/accountabilities/" + accountability + "/history").then().statusCode(200)
                .body("", hasSize(2)).body("[0].before", nullValue())
                .body("[1].after.withdrawal.reason", equalTo("问责决定撤销。"));
        as(Tokens.admin()).get("/api/v1/supervisions/" + s.getInt("id") + "/history").then().statusCode(200)
                .body("[0].change", equalTo("ADD"));
        as(Tokens.admin()).get("/api/v1/findings/" + finding + "/history").then().statusCode(200)
                .body("[0].after.text", equalTo("煤炭去产能进度滞后。"));
        as(Tokens.viewer()).get("/api/v1/admonitions/" + admonition + "/history").then().statusCode(403);
        as(Tokens.reporter(UNIT)).get("/api/v1/findings/" + finding + "/history").then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/admonitions/99999999/history").then().statusCode(404);
    }

    @Test
    void a整改IsOrderedReportedByItsUnitRejectedAndVerified() {
        int finding = supervision("整改-流程").getInt("findings[0].id");
        String path = "/api/v1/findings/" + finding + "/rectification";
        put(Tokens.supervisor(), path, json(Map.of("deadline", "2017-09-01", "version", 0))).then().statusCode(422)
                .body("field", equalTo("deadline"));
        put(Tokens.supervisor(), path, json(Map.of("deadline", "2018-03-31", "version", 0))).then().statusCode(200)
                .body("rectification.state", equalTo("OPEN")).body("rectification.stateLabel", equalTo("整改中"))
                .body("rectification.deadline", equalTo("2018-03-31"));
        post(Tokens.supervisor(), path + "/verification", json(Map.of("accepted", true, "verifiedOn", "2018-04-01",
                "version", 1))).then().statusCode(409);
        String report = json(Map.of("reportedOn", "2018-03-28", "report", "已完成剩余去产能任务。", "version", 1));
        post(Tokens.reporter("省金融办"), path + "/report", report).then().statusCode(403);
        post(Tokens.reporter(UNIT), path + "/report", report).then().statusCode(200)
                .body("rectification.state", equalTo("REPORTED"));
        post(Tokens.reporter(UNIT), path + "/report", report.replace("\"version\":1", "\"version\":2")).then()
                .statusCode(409);
        post(Tokens.supervisor(), path + "/verification", json(Map.of("accepted", false, "verifiedOn", "2018-03-27",
                "version", 2))).then().statusCode(422).body("field", equalTo("verifiedOn"));
        post(Tokens.supervisor(), path + "/verification", json(Map.of("accepted", false, "verifiedOn", "2018-04-02",
                "note", "现场核查未到位。", "version", 2))).then().statusCode(200)
                .body("rectification.state", equalTo("REJECTED"));
        post(Tokens.reporter(UNIT), path + "/report", json(Map.of("reportedOn", "2018-04-20", "report", "再次整改。",
                "version", 3))).then().statusCode(200).body("rectification.state", equalTo("REPORTED"));
        post(Tokens.supervisor(), path + "/verification", json(Map.of("accepted", true, "verifiedOn", "2018-04-25",
                "version", 4))).then().statusCode(200).body("rectification.state", equalTo("VERIFIED"))
                .body("rectification.stateLabel", equalTo("已核查销号"));
        put(Tokens.supervisor(), path, json(Map.of("deadline", "2018-12-31", "version", 5))).then().statusCode(409);
    }

    @Test
    void anOverdue整改ShowsInTheLaggingUnitsAndTheMonthlyReminderUntilReported() {
        int overdue = supervision("整改-逾期").getInt("findings[0].id");
        int onTime = supervision("整改-按期").getInt("findings[0].id");
        put(Tokens.supervisor(), "/api/v1/findings/" + overdue + "/rectification",
                json(Map.of("deadline", "2018-05-31", "version", 0))).then().statusCode(200);
        put(Tokens.supervisor(), "/api/v1/findings/" + onTime + "/rectification",
                json(Map.of("deadline", "2018-05-31", "version", 0))).then().statusCode(200);
        post(Tokens.reporter(UNIT), "/api/v1/findings/" + onTime + "/rectification/report",
                json(Map.of("reportedOn", "2018-05-30", "report", "已整改。", "version", 1))).then().statusCode(200);
        as(Tokens.viewer()).queryParam("asOf", "2018-06-15").queryParam("size", 200).get("/api/v1/lagging-units")
                .then().statusCode(200)
                .body("items.find { it.unit == '" + UNIT + "' }.evidence", hasItem(containsString("finding " + overdue + " ")))
                .body("items.find { it.unit == '" + UNIT + "' }.evidence", not(hasItem(containsString("finding " + onTime + " "))));
        // on its deadline it is not yet overdue
        as(Tokens.viewer()).queryParam("asOf", "2018-05-31").queryParam("size", 200).get("/api/v1/lagging-units")
                .then().statusCode(200).body("items.evidence.flatten()", not(hasItem(containsString("finding " + overdue + " "))));
        runJob("monthly-reminders", "2018-07-01").then().statusCode(200).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("period", "2018-06").queryParam("unit", UNIT).get("/api/v1/reminders").then()
                .statusCode(200).body("items[0].overdueRectificationFindings", hasItem(overdue))
                .body("items[0].overdueRectificationFindings", not(hasItem(onTime)));
    }
}
