package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.put;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "An admin can add and correct indicators; the notice's text stays the source of truth beside them." */
@QuarkusTest
class IndicatorAdminTest {

    @Test
    void adminAddsAndCorrectsAnIndicatorWithItsVersionAndAuditTrail() {
        // 135号 任务21: 稳步推进电解铝、水泥、铁合金等行业去产能 — a target the seed does not state
        Map<String, Object> body = new HashMap<>(Map.of("code", "21-electrolytic-aluminium", "name", "电解铝去产能", "unit", "万吨",
                "comparator", "GE", "target", 5, "deadline", "2017-12-31", "deadlineBasis", "not stated: set by admin",
                "sourcePhrase", "稳步推进电解铝、水泥、铁合金等行业去产能"));
        post(Tokens.reporter("省经济和信息化委"), "/api/v1/tasks/21/indicators", json(body)).then().statusCode(403);
        int id = post(Tokens.admin(), "/api/v1/tasks/21/indicators", json(body)).then().statusCode(201)
                .body("taskNumber", equalTo(21)).body("target", equalTo(5)).body("version", equalTo(0))
                .extract().path("id");
        post(Tokens.admin(), "/api/v1/tasks/21/indicators", json(body)).then().statusCode(409);
        post(Tokens.admin(), "/api/v1/tasks/22/indicators", json(body)).then().statusCode(400)
                .body("field", equalTo("code"));
        body.put("target", 6);
        body.put("version", 0);
        put(Tokens.reporter("省经济和信息化委"), "/api/v1/indicators/" + id, json(body)).then().statusCode(403);
        put(Tokens.admin(), "/api/v1/indicators/" + id, json(body)).then().statusCode(200)
                .body("target", equalTo(6)).body("version", equalTo(1));
        put(Tokens.admin(), "/api/v1/indicators/" + id, json(body)).then().statusCode(409).body("field", equalTo("version"));
        as(Tokens.supervisor()).get("/api/v1/indicators/" + id + "/history").then().statusCode(200)
                .body("[-1].by", equalTo("admin@test"))
                .body("[-1].before.target", equalTo(5.0f))
                .body("[-1].after.target", equalTo(6.0f));
        as(Tokens.viewer()).get("/api/v1/tasks/21").then()
                .body("indicators.find { it.code == '21-electrolytic-aluminium' }.sourcePhrase", equalTo("稳步推进电解铝、水泥、铁合金等行业去产能"));
    }
}
