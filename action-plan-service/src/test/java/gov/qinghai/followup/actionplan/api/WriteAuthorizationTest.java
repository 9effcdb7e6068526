package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.members;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static gov.qinghai.followup.actionplan.api.Api.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1/API5: every write operation refuses a reporter of one unit acting on another unit's object
 * with 403 problem+json, and the object stays as it was. The table must cover every write operation the OpenAPI
 * document lists, so a new write cannot slip in untested.
 */
@QuarkusTest
class WriteAuthorizationTest {

    /** A reporter of unit A on an object of unit B: the request and how to see the object did not change. */
    record Case(String method, String path, String reporterUnit, String body) {
    }

    /** The cases by operation, and the 督查 whose finding the refused 约谈/问责 aim at. */
    record Fixture(Map<String, Case> cases, int supervision) {
    }

    private static Fixture fixture() {
        Map<String, Case> c = new TreeMap<>();
        // 任务21 is 省经济和信息化委's: 省金融办 may not report on it (checked in ReportService)
        c.put("POST /api/v1/tasks/{number}/reports", new Case("POST", "/api/v1/tasks/21/reports", "省金融办",
                report("2017-08", "越权填报", "[]")));
        // 省国资委's report on 任务28: 省财政厅 may not correct it (checked in ReportService)
        int report = as(Tokens.reporter("省国资委")).header("Idempotency-Key", "write-authz-28-2017-11")
                .contentType(ContentType.JSON).body(report("2017-11", "三供一业移交。", "[]")).post("/api/v1/tasks/28/reports")
                .then().statusCode(201).extract().path("id");
        c.put("PUT /api/v1/reports/{id}", new Case("PUT", "/api/v1/reports/" + report, "省财政厅",
                json(Map.of("period", "2017-11", "narrative", "改写", "version", 0))));
        c.put("PUT /api/v1/task-groups/{id}", new Case("PUT", "/api/v1/task-groups/1", "省环境保护厅",
                json(Map.of("name", "找准发力点", "heading", "改写", "version", 0))));
        c.put("POST /api/v1/tasks/{number}/indicators", new Case("POST", "/api/v1/tasks/21/indicators", "省金融办",
                json(Map.of("code", "21-steel", "name", "压减钢铁产能", "unit", "万吨", "comparator", "GE", "target", 1,
                        "deadline", "2017-09-30"))));
        int coal = as(Tokens.viewer()).queryParam("task", 21).get("/api/v1/indicators").then().extract().path("items[0].id");
        c.put("PUT /api/v1/indicators/{id}", new Case("PUT", "/api/v1/indicators/" + coal, "省金融办",
                json(Map.of("code", "21-coal", "name", "压减煤炭产能", "unit", "万吨", "comparator", "GE", "target", 1,
                        "deadline", "2017-09-30", "version", 0))));
        JsonPath units = as(Tokens.viewer()).queryParam("kind", "COLLECTIVE").queryParam("size", 200).get("/api/v1/units")
                .then().extract().jsonPath();
        c.put("PUT /api/v1/units/{id}/members", new Case("PUT", "/api/v1/units/"
                + units.getInt("items.find { it.name == '各市州人民政府' }.id") + "/members", "西宁市政府",
                members(List.of("西宁市政府"), "x", units.getInt("items.find { it.name == '各市州人民政府' }.version"))));
        JsonPath t12 = task(12);
        String related = "responsibleUnits.find { it.wording == '相关州人民政府' }.";
        c.put("PUT /api/v1/tasks/{number}/units/{id}/members", new Case("PUT", "/api/v1/tasks/12/units/"
                + t12.getInt(related + "id") + "/members", "玉树州政府",
                members(List.of("玉树州政府"), "x", t12.getInt(related + "version"))));
        c.put("PUT /api/v1/tasks/{number}/completion", new Case("PUT", "/api/v1/tasks/13/completion", "省金融办",
                json(Map.of("completedOn", "2017-09-20", "basis", "自报完成", "version", task(13).getInt("version")))));
        c.put("POST /api/v1/supervisions", new Case("POST", "/api/v1/supervisions", "省财政厅",
                json(Map.of("kind", "REGULAR", "heldOn", "2017-09-21", "title", "自行督查",
                        "findings", List.of(Map.of("unit", "省经济和信息化委", "text", "越权记录"))))));
        JsonPath supervision = as(Tokens.supervisor()).header("Idempotency-Key", "write-authz-finding")
                .contentType(ContentType.JSON).body(json(Map.of("kind", "ON_SITE", "heldOn", "2017-09-22",
                        "title", "现场督查", "findings",
                        List.of(Map.of("unit", "省经济和信息化委", "taskNumber", 21, "text", "进度滞后。")))))
                .post("/api/v1/supervisions").then().statusCode(201).extract().jsonPath();
        int finding = supervision.getInt("findings[0].id");
        c.put("POST /api/v1/findings/{id}/admonitions", new Case("POST", "/api/v1/findings/" + finding + "/admonitions",
                "省财政厅", json(Map.of("heldOn", "2017-10-12", "conductedBy", "省财政厅", "summary", "越权约谈"))));
        c.put("POST /api/v1/findings/{id}/accountabilities", new Case("POST", "/api/v1/findings/" + finding
                + "/accountabilities", "省财政厅", json(Map.of("decidedOn", "2017-11-15", "measure", "越权问责"))));
        // corrections, withdrawals and 整改 of the supervision records: the 督查室's (a unit reports only its own 整改)
        int admonition = as(Tokens.supervisor()).contentType(ContentType.JSON).body(json(Map.of("heldOn", "2017-10-12",
                "conductedBy", "省政府督查室", "summary", "约谈。"))).post("/api/v1/findings/" + finding + "/admonitions")
                .then().statusCode(201).extract().path("id");
        int accountability = as(Tokens.supervisor()).contentType(ContentType.JSON).body(json(Map.of("decidedOn",
                "2017-11-15", "measure", "通报批评"))).post("/api/v1/findings/" + finding + "/accountabilities")
                .then().statusCode(201).extract().path("id");
        if (as(Tokens.viewer()).get("/api/v1/findings/" + finding).then().extract().path("rectification") == null) {
            // the fixture is built once per test; the supervision above is replayed by its Idempotency-Key. Due at
            // the end of 2018: never overdue on the dates other tests judge lagging units and reminders
            as(Tokens.supervisor()).contentType(ContentType.JSON).body(json(Map.of("deadline", "2018-12-31",
                    "version", 0))).put("/api/v1/findings/" + finding + "/rectification").then().statusCode(200);
        }
        String withdrawal = json(Map.of("reason", "越权撤回", "version", 0));
        c.put("PUT /api/v1/supervisions/{id}", new Case("PUT", "/api/v1/supervisions/" + supervision.getInt("id"),
                "省经济和信息化委", json(Map.of("kind", "REGULAR", "heldOn", "2017-09-22", "title", "改写", "version", 0))));
        c.put("POST /api/v1/supervisions/{id}/withdrawal", new Case("POST", "/api/v1/supervisions/"
                + supervision.getInt("id") + "/withdrawal", "省经济和信息化委", withdrawal));
        c.put("PUT /api/v1/findings/{id}", new Case("PUT", "/api/v1/findings/" + finding, "省经济和信息化委",
                json(Map.of("unit", "省经济和信息化委", "taskNumber", 21, "text", "改写", "version", 1))));
        c.put("POST /api/v1/findings/{id}/withdrawal", new Case("POST", "/api/v1/findings/" + finding + "/withdrawal",
                "省经济和信息化委", withdrawal));
        c.put("PUT /api/v1/findings/{id}/rectification", new Case("PUT", "/api/v1/findings/" + finding
                + "/rectification", "省经济和信息化委", json(Map.of("deadline", "2018-12-31", "version", 1))));
        c.put("POST /api/v1/findings/{id}/rectification/report", new Case("POST", "/api/v1/findings/" + finding
                + "/rectification/report", "省财政厅", json(Map.of("reportedOn", "2017-10-20", "report", "越权报送",
                "version", 1))));
        c.put("POST /api/v1/findings/{id}/rectification/verification", new Case("POST", "/api/v1/findings/" + finding
                + "/rectification/verification", "省经济和信息化委", json(Map.of("accepted", true,
                "verifiedOn", "2017-10-25", "version", 1))));
        c.put("PUT /api/v1/admonitions/{id}", new Case("PUT", "/api/v1/admonitions/" + admonition, "省经济和信息化委",
                json(Map.of("heldOn", "2017-10-12", "conductedBy", "省政府督查室", "summary", "改写", "version", 0))));
        c.put("POST /api/v1/admonitions/{id}/withdrawal", new Case("POST", "/api/v1/admonitions/" + admonition
                + "/withdrawal", "省经济和信息化委", withdrawal));
        c.put("PUT /api/v1/accountabilities/{id}", new Case("PUT", "/api/v1/accountabilities/" + accountability,
                "省经济和信息化委", json(Map.of("decidedOn", "2017-11-15", "measure", "改写", "version", 0))));
        c.put("POST /api/v1/accountabilities/{id}/withdrawal", new Case("POST", "/api/v1/accountabilities/"
                + accountability + "/withdrawal", "省经济和信息化委", withdrawal));
        c.put("POST /api/v1/admin/jobs/{job}/run", new Case("POST", "/api/v1/admin/jobs/overdue-scan/run?date=2017-10-20",
                "省财政厅", null));
        c.put("POST /api/v1/period-reports/{kind}/{period}/regenerate", new Case("POST",
                "/api/v1/period-reports/quarterly/2017-Q3/regenerate", "省财政厅", json(Map.of("reason", "越权重建"))));
        // the outbox (service-common OutboxAdminResource) is operated by admins only; the message need not exist
        String message = "5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11";
        c.put("POST /api/v1/admin/outbox/{id}/retry", new Case("POST", "/api/v1/admin/outbox/" + message + "/retry",
                "省经济和信息化委", null));
        c.put("POST /api/v1/admin/outbox/{id}/cancel", new Case("POST", "/api/v1/admin/outbox/" + message + "/cancel",
                "省经济和信息化委", json(Map.of("reason", "越权取消"))));
        // event subscriptions (service-common SubscriptionResource): admins only
        String subscription = "9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61";
        c.put("POST /api/v1/subscriptions", new Case("POST", "/api/v1/subscriptions", "省经济和信息化委",
                json(Map.of("url", "https://ducha.qinghai.gov.cn/hooks", "eventTypes",
                        List.of("gov.qinghai.followup.actionplan.finding.recorded.v1")))));
        for (String action : List.of("pause", "resume", "rotate-secret")) {
            c.put("POST /api/v1/subscriptions/{id}/" + action, new Case("POST", "/api/v1/subscriptions/" + subscription
                    + "/" + action, "省经济和信息化委", null));
        }
        return new Fixture(c, supervision.getInt("id"));
    }

    @Test
    void everyWriteRefusesAReporterOfAnotherUnitAndChangesNothing() {
        Fixture f = fixture();
        String before = snapshot(f);
        for (Map.Entry<String, Case> e : f.cases().entrySet()) {
            Case c = e.getValue();
            var req = as(Tokens.reporter(c.reporterUnit())).contentType(ContentType.JSON);
            if (c.body() != null) {
                req.body(c.body());
            }
            var answer = c.method().equals("POST") ? req.post(c.path()) : req.put(c.path());
            assertEquals(403, answer.statusCode(), e.getKey() + " → " + answer.asString());
            assertEquals("application/problem+json", answer.contentType().split(";")[0], e.getKey());
        }
        assertEquals(before, snapshot(f), "a refused write changed nothing");
    }

    @Test
    void theTableCoversEveryWriteOperationOfTheApi() {
        JsonPath doc = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        TreeSet<String> writes = new TreeSet<>();
        paths.forEach((path, ops) -> ops.keySet().stream()
                .filter(m -> List.of("post", "put", "patch", "delete").contains(m))
                .forEach(m -> writes.add(m.toUpperCase() + " " + path)));
        assertEquals(writes, new TreeSet<>(fixture().cases().keySet()));
    }

    /** What the refused writes would have changed, read back through the API. */
    private static String snapshot(Fixture f) {
        List<Object> parts = new ArrayList<>();
        parts.add(as(Tokens.viewer()).queryParam("task", 28).queryParam("period", "2017-11").get("/api/v1/reports")
                .then().extract().path("items.collect { it.narrative + it.version }"));
        parts.add(as(Tokens.viewer()).get("/api/v1/task-groups/1").then().extract().path("heading"));
        parts.add(as(Tokens.viewer()).queryParam("task", 21).get("/api/v1/indicators").then().extract()
                .path("items.collect { it.code + it.target + it.version }"));
        parts.add(task(12).getList("responsibleUnits.members"));
        parts.add(task(13).get("completion"));
        parts.add(task(5).getList("responsibleUnits.members"));
        parts.add(as(Tokens.viewer()).get("/api/v1/supervisions/" + f.supervision()).then().extract()
                .path("findings.collect { it.admonitions.size() + ',' + it.accountabilities.size() }"));
        // corrections, withdrawals and 整改 steps would show in the versions, withdrawals and 整改 state
        parts.add(as(Tokens.viewer()).get("/api/v1/supervisions/" + f.supervision()).then().extract().asString());
        parts.add(as(Tokens.viewer()).queryParam("kind", "REGULAR").get("/api/v1/supervisions").then().extract()
                .path("total"));
        return parts.toString();
    }
}
