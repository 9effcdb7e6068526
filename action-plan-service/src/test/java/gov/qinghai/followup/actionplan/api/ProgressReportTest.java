package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.actual;
import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.members;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Monthly reports (135号 二: 牵头单位/责任单位 report on their tasks), derived status, lagging units, my tasks. */
@QuarkusTest
class ProgressReportTest {

    @Test
    void leadUnitFilesReportWithIndicatorActual() {
        post(Tokens.reporter("省金融办"), "/api/v1/tasks/27/reports",
                report("2017-08", "省国投债券发行启动。", "[" + actual("27-direct-financing", "150.5", "2017-08-31") + "]"))
                .then().statusCode(201)
                .body("unit", equalTo("省金融办"))
                .body("actuals[0].indicatorCode", equalTo("27-direct-financing"))
                .body("actuals[0].value", equalTo(150.5f))
                .body("submittedBy", equalTo("reporter@省金融办"));
    }

    @Test
    void reportCarriesNarrativeProblemsAndEvidenceLinks() {
        // 135号 任务22 (住房租赁市场): narrative, indicator actuals …, problems, and evidence links
        int id = post(Tokens.reporter("省住房城乡建设厅"), "/api/v1/tasks/22/reports", Api.json(Map.of(
                "period", "2017-08", "narrative", "棚改货币化安置比例提高。", "problems", "存量商用房改造审批慢。",
                "evidenceLinks", List.of("https://zjt.qinghai.gov.cn/a.pdf", "https://zjt.qinghai.gov.cn/b.pdf"))))
                .then().statusCode(201).extract().path("id");
        as(Tokens.viewer()).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("problems", equalTo("存量商用房改造审批慢。"))
                .body("evidenceLinks", org.hamcrest.Matchers.contains("https://zjt.qinghai.gov.cn/a.pdf",
                        "https://zjt.qinghai.gov.cn/b.pdf"));
    }

    @Test
    void rejectsReportForATaskTheUnitNeitherLeadsNorShares() {
        post(Tokens.reporter("省金融办"), "/api/v1/tasks/21/reports", report("2017-08", "越权填报", "[]"))
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("不是任务 21 的牵头单位或责任单位"));
    }

    @Test
    void rejectsReporterFilingForAnotherUnit() {
        post(Tokens.reporter("省金融办"), "/api/v1/tasks/27/reports",
                "{\"period\":\"2017-08\",\"unit\":\"省财政厅\",\"narrative\":\"代报\"}")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void memberOfACollectiveMayReport() {
        // 任务29 责任单位 各市州人民政府 reaches 玉树州政府
        post(Tokens.reporter("玉树州政府"), "/api/v1/tasks/29/reports", report("2017-08", "玉树州医联体组建中。", "[]"))
                .then().statusCode(201).body("unit", equalTo("玉树州政府"));
    }

    @Test
    void refusesSecondReportForTheSameMonth() {
        post(Tokens.reporter("省扶贫局"), "/api/v1/tasks/49/reports", report("2017-08", "第一次", "[]")).then().statusCode(201);
        post(Tokens.reporter("省扶贫局"), "/api/v1/tasks/49/reports", report("2017-08", "第二次", "[]"))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void retryWithTheSameIdempotencyKeyIsAppliedOnce() {
        String body = report("2017-08", "直接融资方案报批。", "[]");
        int first = as(Tokens.reporter("省金融办")).header("Idempotency-Key", "k-26-2017-08")
                .contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/v1/tasks/26/reports")
                .then().statusCode(201).extract().path("id");
        as(Tokens.reporter("省金融办")).header("Idempotency-Key", "k-26-2017-08")
                .contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/v1/tasks/26/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(Tokens.reporter("省金融办")).header("Idempotency-Key", "k-26-2017-08")
                .contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/v1/tasks/27/reports")
                .then().statusCode(422).body("field", equalTo("Idempotency-Key"));
        as(Tokens.reporter("省金融办")).header("Idempotency-Key", "k-26-2017-08")
                .contentType(io.restassured.http.ContentType.JSON).body(body.replace("报批", "获批"))
                .post("/api/v1/tasks/26/reports")
                .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
        as(Tokens.viewer()).queryParam("task", 26).queryParam("period", "2017-08").get("/api/v1/reports").then()
                .body("total", equalTo(1));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneReport() throws Exception {
        String token = Tokens.reporter("省农牧厅"); // 任务11 牵头单位
        String body = report("2017-08", "并发重试。", "[]");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<io.restassured.response.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(pool.submit(() -> as(token).header("Idempotency-Key", "k-11-concurrent")
                        .contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/v1/tasks/11/reports")));
            }
            Set<Integer> ids = new HashSet<>();
            int created = 0;
            for (Future<io.restassured.response.Response> c : calls) {
                io.restassured.response.Response r = c.get();
                org.junit.jupiter.api.Assertions.assertEquals(201, r.statusCode(), r.asString());
                created += "true".equals(r.header("Idempotent-Replayed")) ? 0 : 1;
                ids.add(r.path("id"));
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, created);
            org.junit.jupiter.api.Assertions.assertEquals(1, ids.size());
        } finally {
            pool.shutdown();
        }
        as(Tokens.viewer()).queryParam("task", 11).queryParam("period", "2017-08").get("/api/v1/reports").then()
                .body("total", equalTo(1));
    }

    @Test
    void twoConcurrentCorrectionsWithOneVersionKeepOneWinner() throws Exception {
        String token = Tokens.reporter("省民政厅"); // 任务37 牵头单位
        int id = post(token, "/api/v1/tasks/37/reports", report("2017-08", "美丽乡村启动。", "[]"))
                .then().statusCode(201).extract().path("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<io.restassured.response.Response>> calls = new ArrayList<>();
            for (String text : List.of("胜者甲", "胜者乙")) {
                calls.add(pool.submit(() -> put(token, "/api/v1/reports/" + id,
                        "{\"period\":\"2017-08\",\"narrative\":\"" + text + "\",\"version\":0}")));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<io.restassured.response.Response> c : calls) {
                statuses.add(c.get().statusCode());
            }
            org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 409),
                    statuses.stream().sorted().toList(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        as(Tokens.viewer()).get("/api/v1/reports/" + id).then().body("version", equalTo(1));
    }

    @Test
    void namesTheUnknownIndicatorAndTheMissingNarrative() {
        post(Tokens.reporter("省财政厅"), "/api/v1/tasks/25/reports",
                report("2017-08", "x", "[" + actual("21-coal", "1", "2017-08-31") + "]"))
                .then().statusCode(400).body("field", equalTo("actuals[0].indicatorCode"));
        post(Tokens.reporter("省财政厅"), "/api/v1/tasks/25/reports", "{\"period\":\"2017-08\"}")
                .then().statusCode(400).body("violations.field", hasItem("narrative"));
        post(Tokens.reporter("省财政厅"), "/api/v1/tasks/25/reports", "{\"period\":\"2017-13\",\"narrative\":\"x\"}")
                .then().statusCode(400).body("violations.field", hasItem("period"));
        post(Tokens.reporter("省财政厅"), "/api/v1/tasks/25/reports", "{\"period\":\"2017-07\",\"narrative\":\"x\"}")
                .then().statusCode(422).body("field", equalTo("period"));
    }

    @Test
    void viewerMayNotReport() {
        post(Tokens.viewer(), "/api/v1/tasks/25/reports", report("2017-08", "x", "[]")).then().statusCode(403);
    }

    @Test
    void correctsAReportWithVersionAndAuditsIt() {
        int id = post(Tokens.reporter("省国资委"), "/api/v1/tasks/28/reports", report("2017-08", "三供一业移交启动。", "[]"))
                .then().statusCode(201).extract().path("id");
        String body = "{\"period\":\"2017-08\",\"narrative\":\"三供一业移交完成30%。\",\"version\":0}";
        put(Tokens.reporter("省国资委"), "/api/v1/reports/" + id, body).then().statusCode(200).body("version", equalTo(1));
        put(Tokens.reporter("省国资委"), "/api/v1/reports/" + id, body).then().statusCode(409).body("field", equalTo("version"));
        put(Tokens.reporter("省财政厅"), "/api/v1/reports/" + id, body.replace("\"version\":0", "\"version\":1"))
                .then().statusCode(403);
        as(Tokens.supervisor()).get("/api/v1/reports/" + id + "/history").then().statusCode(200)
                .body("[-1].by", equalTo("reporter@省国资委"))
                .body("[-1].after.narrative", equalTo("三供一业移交完成30%。"))
                .body("[-1].before.narrative", equalTo("三供一业移交启动。"));
    }

    @Test
    void coalTaskShortOfTargetAfterSeptemberIsOverdue() {
        // 135号 任务21: 9月前完成132万吨煤炭产能压减任务; 120 reported at 2017-09-30
        post(Tokens.reporter("省经济和信息化委"), "/api/v1/tasks/21/reports",
                report("2017-09", "压减120万吨。", "[" + actual("21-coal", "120", "2017-09-30") + "]")).then().statusCode(201);
        as(Tokens.viewer()).queryParam("asOf", "2017-09-20").get("/api/v1/tasks/21/status").then().statusCode(200)
                .body("status", equalTo("AT_RISK"));
        as(Tokens.viewer()).queryParam("asOf", "2017-10-10").get("/api/v1/tasks/21/status").then().statusCode(200)
                .body("status", equalTo("OVERDUE"))
                .body("reasons[0]", containsString("21-coal: deadline 2017-09-30 passed, actual 120 (2017-09-30)"))
                .body("indicators.find { it.code == '21-coal' }.actual", equalTo(120));
    }

    @Test
    void taskIsNotStartedBeforeAnyReportIsDue() {
        as(Tokens.viewer()).queryParam("asOf", "2017-08-20").get("/api/v1/tasks/45/status").then()
                .body("status", equalTo("NOT_STARTED"));
    }

    @Test
    void laggingUnitsShowEvidenceMostSevereFirst() {
        post(Tokens.reporter("省经济和信息化委"), "/api/v1/tasks/45/reports",
                report("2017-09", "规上工业增长5.1%。", "[" + actual("45-industry", "5.1", "2017-09-30") + "]"))
                .then().statusCode(201);
        JsonPath page = as(Tokens.supervisor()).queryParam("asOf", "2017-10-10").queryParam("size", 200)
                .get("/api/v1/lagging-units").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (int i = 1; i < items.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    (int) items.get(i - 1).get("severity") >= (int) items.get(i).get("severity"), "ordered by severity");
        }
        Map<String, Object> jxw = items.stream().filter(m -> m.get("unit").equals("省经济和信息化委")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(((List<?>) jxw.get("evidence")).stream()
                .anyMatch(e -> e.toString().startsWith("task 21 OVERDUE: 21-coal")), jxw.toString());
        org.junit.jupiter.api.Assertions.assertTrue(((List<?>) jxw.get("evidence")).stream()
                .anyMatch(e -> e.toString().startsWith("task 45 AT_RISK: 45-industry")), jxw.toString());
        // 省审计厅 only shares tasks that have a 牵头单位: it owes no report and is never lagging
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().noneMatch(m -> m.get("unit").equals("省审计厅")));
        as(Tokens.reporter("省审计厅")).get("/api/v1/lagging-units").then().statusCode(403);
    }

    @Test
    void adminCorrectsWhoAnEveryCollectiveReachesOnEveryTask() {
        // 省政府各委、办、厅、局 (任务39、49 责任单位) reaches every provincial department the notice names
        JsonPath units = as(Tokens.viewer()).queryParam("kind", "COLLECTIVE").queryParam("size", 200)
                .get("/api/v1/units").then().extract().jsonPath();
        String every = "items.find { it.name == '省政府各委、办、厅、局' }.";
        int id = units.getInt(every + "id");
        int version = units.getInt(every + "version");
        List<String> all = units.getList(every + "members");
        org.junit.jupiter.api.Assertions.assertTrue(all.contains("省审计厅"), all.toString());
        List<String> without = all.stream().filter(u -> !u.equals("省审计厅")).toList();
        String path = "/api/v1/units/" + id + "/members";
        put(Tokens.viewer(), path, members(without, "省审计厅 read out", version)).then().statusCode(403);
        put(Tokens.admin(), path, members(without, "省审计厅 read out", version)).then().statusCode(200)
                .body("members", org.hamcrest.Matchers.not(hasItem("省审计厅")))
                .body("version", equalTo(version + 1));
        try {
            put(Tokens.admin(), path, members(without, "stale", version)).then().statusCode(409);
            as(Tokens.reporter("省审计厅")).queryParam("size", 200).get("/api/v1/my-tasks").then()
                    .body("items.taskNumber", org.hamcrest.Matchers.not(hasItem(39)));
            put(Tokens.admin(), path, members(List.of("省不存在厅"), "x", version + 1)).then().statusCode(422)
                    .body("field", equalTo("members[0]"));
        } finally {
            put(Tokens.admin(), path, members(all, "notice: every provincial department named in the notice",
                    version + 1)).then().statusCode(200);
        }
        as(Tokens.reporter("省审计厅")).queryParam("size", 200).get("/api/v1/my-tasks").then()
                .body("items.find { it.taskNumber == 39 }.via", equalTo("省政府各委、办、厅、局"));
        // 相关… collectives mean different units on each task: not here
        int related = units.getInt("items.find { it.name == '相关州县人民政府' }.id");
        put(Tokens.admin(), "/api/v1/units/" + related + "/members", members(List.of("西宁市政府"), "x",
                units.getInt("items.find { it.name == '相关州县人民政府' }.version"))).then().statusCode(422)
                .body("detail", containsString("/api/v1/tasks/{number}/units/{id}/members"));
    }

    @Test
    void aCollectiveWordingIsNotAReportingUnit() {
        // a token whose unit is the notice's 各市州人民政府 names no one unit
        post(Tokens.reporter("各市州人民政府"), "/api/v1/tasks/29/reports", report("2017-08", "集体填报", "[]"))
                .then().statusCode(403);
        post(Tokens.admin(), "/api/v1/tasks/29/reports",
                "{\"period\":\"2017-08\",\"unit\":\"各市州人民政府\",\"narrative\":\"集体填报\"}")
                .then().statusCode(422).body("field", equalTo("unit"));
    }

    @Test
    void myTasksIncludeThoseReachedThroughACollective() {
        JsonPath p = as(Tokens.reporter("玉树州政府")).queryParam("size", 200).get("/api/v1/my-tasks")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = p.getList("items");
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(m -> m.get("taskNumber").equals(29)
                && "各市州人民政府".equals(m.get("via")) && m.get("role").equals("RESPONSIBLE")));
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(m -> m.get("taskNumber").equals(2)
                && "相关州人民政府".equals(m.get("via"))));
        // 任务13 has no 牵头单位: the 市州 governments reached by 各市州人民政府 owe its report
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(m -> m.get("taskNumber").equals(13)
                && Boolean.TRUE.equals(m.get("owesReport"))));
        as(Tokens.viewer()).queryParam("unit", "西宁市政府").queryParam("size", 200).get("/api/v1/my-tasks").then()
                .body("items.find { it.taskNumber == 18 }.via", nullValue())
                .body("items.find { it.taskNumber == 18 }.role", equalTo("RESPONSIBLE"));
        as(Tokens.reporter("玉树州政府")).queryParam("unit", "西宁市政府").get("/api/v1/my-tasks").then().statusCode(403);
    }
}
