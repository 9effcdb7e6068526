package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static gov.qinghai.followup.actionplan.api.Api.task;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API3, mass assignment: ids, versions on create, status, computed values, who confirmed and the
 * like are the server's. A field the input does not declare is refused with 400 naming it; a declared field the
 * operation does not take (version on create, code on correction) is ignored.
 */
@QuarkusTest
class ClientOnlyFieldsTest {

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> m = new HashMap<>(body);
        m.put(field, value);
        return m;
    }

    @Test
    void reportRefusesServerFieldsAndIgnoresAVersionOnCreate() {
        Map<String, Object> report = Map.of("period", "2017-09", "narrative", "排污许可证核发中。");
        for (Map.Entry<String, Object> f : Map.<String, Object>of("id", 1, "status", "MET", "submittedBy", "someone",
                "submittedAt", "2017-10-01T00:00:00Z", "taskNumber", 2).entrySet()) {
            post(Tokens.reporter("省环境保护厅"), "/api/v1/tasks/1/reports", json(with(report, f.getKey(), f.getValue())))
                    .then().statusCode(400).contentType("application/problem+json").body("field", equalTo(f.getKey()));
        }
        int id = post(Tokens.reporter("省环境保护厅"), "/api/v1/tasks/1/reports", json(with(report, "version", 7)))
                .then().statusCode(201).body("version", equalTo(0)).body("submittedBy", equalTo("reporter@省环境保护厅"))
                .extract().path("id");
        // the unit of a report stays its own
        put(Tokens.admin(), "/api/v1/reports/" + id, json(Map.of("period", "2017-09", "unit", "省经济和信息化委",
                "narrative", "改单位", "version", 0))).then().statusCode(422);
        as(Tokens.viewer()).get("/api/v1/reports/" + id).then().body("unit", equalTo("省环境保护厅"));
    }

    @Test
    void indicatorRefusesLinkedSourceAndTaskAndKeepsItsCode() {
        Map<String, Object> steel = Map.of("code", "21-steel-client", "name", "压减钢铁产能", "unit", "万吨",
                "comparator", "GE", "target", 10, "deadline", "2017-09-30");
        for (Map.Entry<String, Object> f : Map.<String, Object>of("linkedSource", "MEDICAL_ALLIANCE", "linkedKey",
                "coveragePct", "id", 5, "taskNumber", 22, "comparatorSymbol", "≥").entrySet()) {
            post(Tokens.admin(), "/api/v1/tasks/21/indicators", json(with(steel, f.getKey(), f.getValue())))
                    .then().statusCode(400).body("field", equalTo(f.getKey()));
        }
        int id = post(Tokens.admin(), "/api/v1/tasks/21/indicators", json(with(steel, "version", 9)))
                .then().statusCode(201).body("version", equalTo(0)).body("linkedSource", equalTo(null))
                .extract().path("id");
        put(Tokens.admin(), "/api/v1/indicators/" + id, json(with(with(steel, "code", "21-renamed"), "version", 0)))
                .then().statusCode(200).body("code", equalTo("21-steel-client"));
    }

    @Test
    void completionMembersSupervisionAndGroupRefuseServerFields() {
        put(Tokens.supervisor(), "/api/v1/tasks/14/completion", json(Map.of("completedOn", "2017-09-20", "basis", "x",
                "version", task(14).getInt("version"), "confirmedBy", "someone else")))
                .then().statusCode(400).body("field", equalTo("confirmedBy"));
        var t = task(8);
        String line = "responsibleUnits.find { it.wording == '相关州人民政府' }.";
        put(Tokens.admin(), "/api/v1/tasks/8/units/" + t.getInt(line + "id") + "/members", json(Map.of(
                "members", List.of("海西州政府"), "basis", "x", "version", t.getInt(line + "version"), "readPerTask", false)))
                .then().statusCode(400).body("field", equalTo("readPerTask"));
        post(Tokens.supervisor(), "/api/v1/supervisions", json(Map.of("kind", "REGULAR", "heldOn", "2017-09-21",
                "title", "定期督查", "id", 1))).then().statusCode(400).body("field", equalTo("id"));
        post(Tokens.supervisor(), "/api/v1/supervisions", json(Map.of("kind", "REGULAR", "heldOn", "2017-09-21",
                "title", "定期督查", "findings", List.of(Map.of("unit", "省财政厅", "text", "x", "admonitions", List.of())))))
                .then().statusCode(400).body("field", equalTo("admonitions"));
        put(Tokens.admin(), "/api/v1/task-groups/1", json(Map.of("name", "找准发力点", "heading", "x", "version", 0,
                "firstTask", 2))).then().statusCode(400).body("field", equalTo("firstTask"));
        as(Tokens.viewer()).get("/api/v1/tasks/14").then().body("completion", equalTo(null));
        as(Tokens.viewer()).get("/api/v1/task-groups/1").then().body("firstTask", equalTo(1));
    }
}
