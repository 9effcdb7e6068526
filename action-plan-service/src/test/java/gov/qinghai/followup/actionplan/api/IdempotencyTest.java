package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.json;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * No lost or doubled writes, DESIGN.md "a POST with an Idempotency-Key is applied once": action plan's
 * creating POSTs (135号 二 monthly reports, 三、(三) 督查/约谈/问责, indicators) use the shared mechanism of the other
 * services: a retry gets the first answer again, 201 with Idempotent-Replayed: true, without a second write; another
 * body under the same key 422. Keys kept on the rows before (progress_report/supervision.idempotency_key, V3) are
 * still honoured for their creator within the retention, then the key is a new request.
 */
@QuarkusTest
class IdempotencyTest {
    private static final String SUPERVISION = json(Map.of("kind", "UNANNOUNCED", "heldOn", "2017-10-18",
            "title", "明察暗访-幂等", "taskNumbers", List.of(21), "units", List.of("省经济和信息化委"),
            "findings", List.of(Map.of("unit", "省经济和信息化委", "taskNumber", 21, "text", "台账不全。"))));

    @Inject
    DataSource db;

    @Test
    void everyCreatingPostDocumentsTheKeyAndTheReplayMarker() {
        var doc = Management.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        for (String path : List.of("/api/v1/tasks/{number}/reports", "/api/v1/supervisions",
                "/api/v1/findings/{id}/admonitions", "/api/v1/findings/{id}/accountabilities",
                "/api/v1/tasks/{number}/indicators")) {
            String op = "paths.'" + path + "'.post";
            String description = doc.getString(op + ".parameters.find { it.name == 'Idempotency-Key' }.description");
            assertTrue(description != null && description.contains("Idempotent-Replayed") && description.contains("24 hours"),
                    path + ": " + description);
            assertTrue(doc.getMap(op + ".responses").keySet().stream().anyMatch(code -> doc.getMap(op + ".responses."
                    + code + ".headers") != null && doc.getMap(op + ".responses." + code + ".headers")
                    .containsKey("Idempotent-Replayed")), path + " names the replay header");
            assertTrue(doc.getMap(op + ".responses").containsKey("422"), path + " documents 422");
        }
    }

    @Test
    void aRetried约谈And问责AreRecordedOnceAndReplayedWith201() {
        int finding = post(Tokens.supervisor(), "/api/v1/supervisions", SUPERVISION).then().statusCode(201)
                .extract().path("findings[0].id");
        String admonition = json(Map.of("heldOn", "2017-10-20", "conductedBy", "省政府督查室", "summary", "约谈。"));
        String accountability = json(Map.of("decidedOn", "2017-11-20", "measure", "诫勉谈话"));
        for (String[] op : List.of(new String[] {"admonitions", admonition, "admonition"},
                new String[] {"accountabilities", accountability, "accountability"})) {
            String key = key(op[0]);
            String path = "/api/v1/findings/" + finding + "/" + op[0];
            int first = keyed(Tokens.supervisor(), key, path, op[1]).then().statusCode(201)
                    .header("Idempotent-Replayed", (String) null).extract().path("id");
            keyed(Tokens.supervisor(), key, path, op[1]).then().statusCode(201).header("Idempotent-Replayed", "true")
                    .body("id", equalTo(first));
            keyed(Tokens.supervisor(), key, path, op[1].replace("2017", "2018")).then().statusCode(422)
                    .contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
            assertEquals(1, Sql.count(db, "select count(*) from " + op[2] + " where finding_id = ?", finding), op[0]);
        }
    }

    @Test
    void aRetriedIndicatorIsAddedOnce() {
        String key = key("indicator");
        String code = "33-idem-" + UUID.randomUUID().toString().substring(0, 6);
        String body = json(Map.of("code", code, "name", "幂等指标", "unit", "个", "comparator", "GE", "target", 1,
                "deadline", "2017-09-30"));
        int first = keyed(Tokens.admin(), key, "/api/v1/tasks/33/indicators", body).then().statusCode(201)
                .extract().path("id");
        keyed(Tokens.admin(), key, "/api/v1/tasks/33/indicators", body).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(1, Sql.count(db, "select count(*) from indicator where code = ?", code));
    }

    @Test
    void aKeyKeptOnAReportBeforeTheUpgradeIsStillReplayedForItsCreator() {
        String token = Tokens.reporter("省金融办"); // 任务27 牵头单位
        String body = report("2017-10", "直接融资规模扩大。", "[]");
        int id = post(token, "/api/v1/tasks/27/reports", body).then().statusCode(201).extract().path("id");
        String key = key("legacy-report");
        Sql.execute(db, "update progress_report set idempotency_key = '" + key + "' where id = " + id);

        keyed(token, key, "/api/v1/tasks/27/reports", body).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        keyed(token, key, "/api/v1/tasks/27/reports", body).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1, Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key),
                "the shared record answers from now on");
        keyed(token, key("legacy-report-other"), "/api/v1/tasks/27/reports", body).then().statusCode(409);
        assertEquals(1, Sql.count(db, "select count(*) from progress_report where task_id = (select id from task "
                + "where number = 27) and period = '2017-10'"));
    }

    @Test
    void aKeyKeptOnA督查BeforeTheUpgradeCountsOnlyForItsCreatorAndWithinTheRetention() {
        String body = SUPERVISION.replace("明察暗访-幂等", "明察暗访-旧键");
        int id = post(Tokens.supervisor(), "/api/v1/supervisions", body).then().statusCode(201).extract().path("id");
        String key = key("legacy-dcs");
        Sql.execute(db, "update supervision set idempotency_key = '" + key + "' where id = " + id);

        Response byAdmin = keyed(Tokens.admin(), key, "/api/v1/supervisions", body);
        byAdmin.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertNotEquals(id, byAdmin.jsonPath().getInt("id"), "another caller's old key is not theirs");

        String old = key("legacy-dcs-old");
        Sql.execute(db, "update supervision set idempotency_key = '" + old + "' where id = " + id);
        Sql.execute(db, "update revinfo set revtstmp = revtstmp - 25 * 3600 * 1000 where rev = (select min(rev) "
                + "from supervision_aud where id = " + id + ")");
        Response afterADay = keyed(Tokens.supervisor(), old, "/api/v1/supervisions", body);
        afterADay.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertNotEquals(id, afterADay.jsonPath().getInt("id"), "an old key older than the retention is a new request");
    }

    private static String key(String what) {
        return what + "-" + UUID.randomUUID();
    }

    private static Response keyed(String token, String key, String path, String body) {
        return as(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post(path);
    }
}
