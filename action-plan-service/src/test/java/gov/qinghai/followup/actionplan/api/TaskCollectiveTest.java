package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.members;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static gov.qinghai.followup.actionplan.api.Api.task;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 135号 writes 相关州人民政府, 相关市州人民政府 … on many tasks, meaning different units on each: every task reads its
 * own members (from its text where it names them), while 各市州人民政府 is the eight 市州 everywhere.
 */
@QuarkusTest
class TaskCollectiveTest {
    private static final List<String> EIGHT = List.of("西宁市政府", "海东市政府", "海西州政府", "海南州政府", "海北州政府",
            "黄南州政府", "果洛州政府", "玉树州政府");

    private static String line(String wording) {
        return "responsibleUnits.find { it.wording == '" + wording + "' }.";
    }

    private static JsonPath myTasks(String unit) {
        return as(Tokens.reporter(unit)).queryParam("size", 200).get("/api/v1/my-tasks").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void seedsTheUnitsTheTaskTextNames() {
        // 任务9: 加快河南、大通、海晏3个全国农村产业示范县建设，启动都兰县农牧业产业园项目
        as(Tokens.viewer()).get("/api/v1/tasks/9").then().statusCode(200)
                .body(line("相关州县人民政府") + "members", contains("西宁市政府", "海西州政府", "海北州政府", "黄南州政府"))
                .body(line("相关州县人民政府") + "membershipBasis", startsWith("named in the text"))
                .body(line("相关州县人民政府") + "readPerTask", equalTo(true))
                .body("notes.kind", hasItem("wording"));
        // 大通县 is a county of 西宁市: 西宁市政府 reaches 任务9 through the collective, 玉树州政府 does not
        JsonPath xining = myTasks("西宁市政府");
        org.junit.jupiter.api.Assertions.assertEquals("相关州县人民政府",
                xining.getString("items.find { it.taskNumber == 9 }.via"));
        org.junit.jupiter.api.Assertions.assertFalse(myTasks("玉树州政府").getList("items.taskNumber").contains(9));
    }

    @Test
    void seedsTheBroadestReadingWithANoteWhereTheNoticeDoesNotSay() {
        as(Tokens.viewer()).get("/api/v1/tasks/2").then()
                .body(line("相关州人民政府") + "members", hasSize(6))
                .body(line("相关州人民政府") + "members", not(hasItem("西宁市政府")))
                .body(line("相关州人民政府") + "membershipBasis", startsWith("not named in the notice"))
                .body("notes.find { it.kind == 'unnamed-members' }.detail",
                        containsString("相关州人民政府: the notice does not say which"));
        as(Tokens.viewer()).get("/api/v1/tasks/29").then()
                .body(line("省政府相关委、办、厅、局") + "members", hasItem("省财政厅"))
                .body(line("省政府相关委、办、厅、局") + "members.size()", greaterThan(20))
                .body(line("省政府相关委、办、厅、局") + "readPerTask", equalTo(true))
                .body(line("各市州人民政府") + "members", equalTo(EIGHT))
                .body(line("各市州人民政府") + "membershipBasis", equalTo("notice"))
                .body(line("各市州人民政府") + "readPerTask", equalTo(false));
        as(Tokens.viewer()).get("/api/v1/tasks/42").then()
                .body(line("相关市州人民政府") + "members", equalTo(EIGHT))
                .body("notes.find { it.kind == 'unnamed-members' }.detail", containsString("西宁轨道交通1号线"));
        // the collective itself no longer carries one list for every task
        as(Tokens.viewer()).queryParam("kind", "COLLECTIVE").queryParam("size", 200).get("/api/v1/units").then()
                .body("items.find { it.name == '相关州人民政府' }.members", hasSize(0))
                .body("items.find { it.name == '相关州人民政府' }.membershipBasis", startsWith("read per task"));
    }

    @Test
    void adminNarrowsACollectiveOnOneTaskOnly() {
        // 任务4 祁连山国家公园: an admin reads 相关州人民政府 as 海北州 and 海西州
        JsonPath t = task(4);
        int id = t.getInt(line("相关州人民政府") + "id");
        int version = t.getInt(line("相关州人民政府") + "version");
        String body = members(List.of("海北州政府", "海西州政府"), "任务4 祁连山国家公园: 海北州、海西州", version);
        String path = "/api/v1/tasks/4/units/" + id + "/members";
        put(Tokens.viewer(), path, body).then().statusCode(403);
        put(Tokens.reporter("海北州政府"), path, body).then().statusCode(403);
        put(Tokens.admin(), path, body).then().statusCode(200)
                .body("wording", equalTo("相关州人民政府"))
                .body("members", contains("海西州政府", "海北州政府"))
                .body("membershipBasis", equalTo("任务4 祁连山国家公园: 海北州、海西州"))
                .body("version", equalTo(version + 1));
        put(Tokens.admin(), path, body).then().statusCode(409).body("field", equalTo("version"));
        // the task keeps the notice's wording; the same collective on 任务3 is untouched
        as(Tokens.viewer()).get("/api/v1/tasks/4").then()
                .body("responsibleWording", containsString("相关州人民政府"))
                .body(line("相关州人民政府") + "members", hasSize(2));
        as(Tokens.viewer()).get("/api/v1/tasks/3").then().body(line("相关州人民政府") + "members", hasSize(6));
        // my tasks and reporting rights follow
        JsonPath yushu = myTasks("玉树州政府");
        org.junit.jupiter.api.Assertions.assertFalse(yushu.getList("items.taskNumber").contains(4));
        org.junit.jupiter.api.Assertions.assertEquals("相关州人民政府", yushu.getString("items.find { it.taskNumber == 3 }.via"));
        post(Tokens.reporter("玉树州政府"), "/api/v1/tasks/4/reports", report("2017-08", "祁连山试点。", "[]"))
                .then().statusCode(403);
        post(Tokens.reporter("海北州政府"), "/api/v1/tasks/4/reports", report("2017-08", "祁连山试点方案编制中。", "[]"))
                .then().statusCode(201);
    }

    @Test
    void refusesMembersOfTheWrongKindUnknownOrTwiceAndLinesThatAreNotRelated() {
        JsonPath t = task(10);
        int id = t.getInt(line("相关州人民政府") + "id");
        int version = t.getInt(line("相关州人民政府") + "version");
        String path = "/api/v1/tasks/10/units/" + id + "/members";
        put(Tokens.admin(), path, members(List.of("省财政厅"), "x", version)).then().statusCode(422)
                .body("field", equalTo("members[0]"));
        put(Tokens.admin(), path, members(List.of("不存在州政府"), "x", version)).then().statusCode(422)
                .body("field", equalTo("members[0]"));
        put(Tokens.admin(), path, members(List.of("果洛州政府", "果洛州政府"), "x", version)).then().statusCode(422)
                .body("field", equalTo("members[1]"));
        // 各市州人民政府 on 任务5 is the eight 市州 on every task
        JsonPath t5 = task(5);
        int every = t5.getInt(line("各市州人民政府") + "id");
        put(Tokens.admin(), "/api/v1/tasks/5/units/" + every + "/members",
                members(List.of("西宁市政府"), "x", t5.getInt(line("各市州人民政府") + "version")))
                .then().statusCode(422).body("field", equalTo("id"));
        // a line of another task
        put(Tokens.admin(), "/api/v1/tasks/3/units/" + id + "/members", members(List.of("果洛州政府"), "x", version))
                .then().statusCode(404);
        as(Tokens.viewer()).get("/api/v1/tasks/10").then().body(line("相关州人民政府") + "members", hasSize(6))
                .body(line("相关州人民政府") + "version", equalTo(version));
    }

    @Test
    void remindersFollowTheReadingOnTheTask() {
        // 任务42 has no 牵头单位: its 责任单位, 相关市州人民政府 among them, owe the monthly report
        JsonPath t = task(42);
        int id = t.getInt(line("相关市州人民政府") + "id");
        int version = t.getInt(line("相关市州人民政府") + "version");
        String path = "/api/v1/tasks/42/units/" + id + "/members";
        int narrowed = put(Tokens.admin(), path, members(List.of("西宁市政府", "海南州政府"),
                "任务42: 西宁轨道交通1号线、海南特高压外送通道", version)).then().statusCode(200).extract().path("version");
        try {
            runJob("monthly-reminders", "2017-09-01").then().statusCode(200).body("period", equalTo("2017-08"));
            as(Tokens.viewer()).queryParam("period", "2017-08").queryParam("size", 200).get("/api/v1/reminders").then()
                    .body("items.find { it.unit == '西宁市政府' }.taskNumbers", hasItem(42))
                    .body("items.find { it.unit == '海南州政府' }.taskNumbers", hasItem(42))
                    .body("items.find { it.unit == '玉树州政府' }.taskNumbers", contains(13, 30));
            org.junit.jupiter.api.Assertions.assertFalse(myTasks("玉树州政府").getList("items.taskNumber").contains(42));
            org.junit.jupiter.api.Assertions.assertTrue(myTasks("西宁市政府")
                    .getBoolean("items.find { it.taskNumber == 42 }.owesReport"));
        } finally {
            put(Tokens.admin(), path, members(EIGHT, "not named in the notice: the eight 市州", narrowed))
                    .then().statusCode(200);
        }
    }
}
