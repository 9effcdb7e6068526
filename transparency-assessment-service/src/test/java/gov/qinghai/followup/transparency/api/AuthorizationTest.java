package gov.qinghai.followup.transparency.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * (OWASP API1/API3/API5) for every write operation of the service: a role that may not write gets 403; a
 * reporter acting on another unit's object gets 403 from the service layer; fields a client may not set are refused.
 */
@QuarkusTest
class AuthorizationTest {
    private static final String ADMIN = "admin";
    private static final String SUPERVISOR = "supervisor";
    private static final String REPORTER = "reporter";
    private static final String VIEWER = "viewer";

    /** One write operation and the roles that may call it (README "Transparency assessment"). */
    private record Write(String method, String path, String contentType, String body, List<String> allowed) {
    }

    private static final String JSON = "application/json";

    /**
     * Every POST/PUT/DELETE of the OpenAPI document. Ids need not exist: the role check comes first. The body is a
     * plausible one so the answer can only be the role's.
     */
    private static final List<Write> WRITES = List.of(
            new Write("POST", "/api/v1/subjects", JSON, "{\"name\":\"x\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}", List.of(ADMIN)),
            new Write("PUT", "/api/v1/subjects/1", JSON, "{\"name\":\"x\",\"kind\":\"PROVINCIAL_DEPARTMENT\",\"version\":0}",
                    List.of(ADMIN)),
            new Write("POST", "/api/v1/schemes/1/copies", JSON, "{\"year\":2030}", List.of(ADMIN)),
            new Write("PUT", "/api/v1/schemes/1/lines/1/points", JSON, "{\"points\":1,\"version\":0}", List.of(ADMIN)),
            new Write("PUT", "/api/v1/schemes/1/items/1/cap", JSON, "{\"cap\":5,\"version\":0}", List.of(ADMIN)),
            new Write("PUT", "/api/v1/schemes/1/timeliness-rule", JSON, "{\"lineId\":1,\"fullMarksRate\":90,\"version\":0}",
                    List.of(ADMIN)),
            new Write("POST", "/api/v1/rounds", JSON,
                    "{\"year\":2030,\"schemeId\":1,\"title\":\"t\",\"publishedOn\":\"2030-01-01\"}", List.of(ADMIN)),
            new Write("POST", "/api/v1/rounds/1/result", JSON, "{\"version\":0}", List.of(ADMIN)),
            new Write("POST", "/api/v1/assessments/1/self-inspection", JSON, "{\"report\":\"r\",\"version\":0}",
                    List.of(ADMIN, REPORTER)),
            new Write("PUT", "/api/v1/assessments/1/line-scores", JSON, "{\"scores\":[{\"lineId\":1,\"score\":1}]}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/assessments/1/on-site-complete", JSON, "{\"version\":0}", List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/assessments/1/evaluation", JSON, "{\"version\":0}", List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/assessments/1/findings", JSON, "{\"lineId\":1,\"description\":\"d\"}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/assessments/1/findings/1/withdrawal", JSON, "{\"reason\":\"r\",\"version\":0}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("PUT", "/api/v1/assessments/1/findings/1", JSON,
                    "{\"lineId\":1,\"description\":\"d\",\"reason\":\"r\",\"version\":0}", List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/assessments/1/reopening", JSON, "{\"reason\":\"r\",\"version\":0}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/rectifications/1/verification", JSON, "{\"accepted\":true,\"version\":0}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/subjects/1/deactivation", JSON, "{\"reason\":\"r\",\"version\":0}",
                    List.of(ADMIN)),
            new Write("POST", "/api/v1/subjects/1/activation", JSON, "{\"version\":0}", List.of(ADMIN)),
            new Write("POST", "/api/v1/rounds/1/submission", JSON,
                    "{\"sentOn\":\"2018-01-20\",\"reference\":\"r\",\"version\":0}", List.of(ADMIN)),
            new Write("POST", "/api/v1/calendar/notices?year=2098&notice=n", "text/plain",
                    "一、元旦：1月1日放假，共1天。", List.of(ADMIN)),
            new Write("POST", "/api/v1/routine-records", JSON, "{\"subjectId\":1,\"recordedOn\":\"2017-09-15\","
                    + "\"kind\":\"PROBLEM\",\"itemNo\":4,\"points\":-1,\"description\":\"d\",\"method\":\"RANDOM_CHECK\"}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("PUT", "/api/v1/routine-records/1", JSON, "{\"recordedOn\":\"2017-09-15\",\"kind\":\"PROBLEM\","
                    + "\"itemNo\":4,\"points\":-1,\"description\":\"d\",\"method\":\"RANDOM_CHECK\",\"version\":0}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/routine-records/1/removal", JSON, "{\"reason\":\"r\",\"version\":0}",
                    List.of(ADMIN, SUPERVISOR)),
            new Write("POST", "/api/v1/rectifications", JSON,
                    "{\"subjectId\":1,\"problem\":\"p\",\"owner\":\"o\",\"deadline\":\"2017-12-31\"}", List.of(ADMIN, SUPERVISOR)),
            new Write("PUT", "/api/v1/rectifications/1", JSON,
                    "{\"owner\":\"o\",\"deadline\":\"2017-12-31\",\"status\":\"OPEN\",\"version\":0}",
                    List.of(ADMIN, SUPERVISOR, REPORTER)),
            new Write("PUT", "/api/v1/pilot/units/1", JSON, "{\"contactEmail\":\"gk@example.gov.cn\",\"version\":0}",
                    List.of(ADMIN)),
            new Write("POST", "/api/v1/pilot/units/1/areas", JSON, "{\"name\":\"a\"}", List.of(ADMIN)),
            new Write("PUT", "/api/v1/pilot/milestones/1", JSON, "{\"status\":\"PENDING\",\"version\":0}",
                    List.of(ADMIN, SUPERVISOR, REPORTER)),
            new Write("POST", "/api/v1/pilot/units/1/catalogue", JSON, catalogueItem("就业创业", "n", null),
                    List.of(ADMIN, SUPERVISOR, REPORTER)),
            new Write("PUT", "/api/v1/pilot/units/1/catalogue/1", JSON, catalogueItem("就业创业", "n", 0),
                    List.of(ADMIN, SUPERVISOR, REPORTER)),
            new Write("POST", "/api/v1/pilot/units/1/catalogue/import", "text/csv",
                    String.join(",", List.of("试点内容", "名称", "依据", "内容", "主体", "时限", "方式", "要求")) + "\r\n",
                    List.of(ADMIN, SUPERVISOR, REPORTER)),
            new Write("PUT", "/api/v1/calendar/days/2030-01-01", JSON, "{\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}",
                    List.of(ADMIN)),
            new Write("DELETE", "/api/v1/calendar/days/2030-01-01", null, null, List.of(ADMIN)),
            new Write("POST", "/api/v1/calendar/import", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                    List.of(ADMIN)),
            new Write("POST", "/api/v1/disclosures", JSON,
                    "{\"subjectId\":1,\"title\":\"t\",\"producedOn\":\"2017-09-22\"}", List.of(ADMIN, SUPERVISOR, REPORTER)),
            new Write("PUT", "/api/v1/disclosures/1/publication", JSON, "{\"publishedOn\":\"2017-10-20\",\"version\":0}",
                    List.of(ADMIN, SUPERVISOR, REPORTER)),
            new Write("POST", "/api/v1/admin/jobs/rectification-reminders/run?date=2017-12-01", null, null,
                    List.of(ADMIN)),
            // the stored period reports (service-common PeriodReportEndpoints): admins regenerate
            new Write("POST", "/api/v1/period-reports/bulletin/2017/regenerate", JSON, "{\"reason\":\"越权重建\"}",
                    List.of(ADMIN)),
            // the outbox (service-common OutboxAdminResource): admins only
            new Write("POST", "/api/v1/admin/outbox/5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11/retry", null, null,
                    List.of(ADMIN)),
            new Write("POST", "/api/v1/admin/outbox/5f0c8a8e-3b7a-3c52-9a0e-2f6d1b7c4e11/cancel", JSON,
                    "{\"reason\":\"越权取消\"}", List.of(ADMIN)),
            // event subscriptions (service-common SubscriptionResource): admins only
            new Write("POST", "/api/v1/subscriptions", JSON, "{\"url\":\"https://ducha.qinghai.gov.cn/hooks\","
                    + "\"eventTypes\":[\"gov.qinghai.followup.transparency.grade.published.v1\"]}", List.of(ADMIN)),
            new Write("POST", "/api/v1/subscriptions/9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61/pause", null, null, List.of(ADMIN)),
            new Write("POST", "/api/v1/subscriptions/9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61/resume", null, null, List.of(ADMIN)),
            new Write("POST", "/api/v1/subscriptions/9b2f1c9e-6a1d-4b0e-8d55-0c7f3e2a4b61/rotate-secret", null, null,
                    List.of(ADMIN)));

    private static String catalogueItem(String area, String name, Integer version) {
        return "{\"area\":\"" + area + "\",\"name\":\"" + name + "\",\"basis\":\"b\",\"content\":\"c\","
                + "\"responsibleBody\":\"r\",\"timeLimit\":\"t\",\"method\":\"m\",\"requirement\":\"q\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String token(String role) {
        return switch (role) {
            case ADMIN -> Tokens.admin();
            case SUPERVISOR -> Tokens.supervisor();
            case REPORTER -> Tokens.reporter("西宁市政府");
            default -> Tokens.viewer();
        };
    }

    private static Response send(Write w, String token) {
        var spec = given().header("Authorization", bearer(token));
        if (w.body() != null) {
            spec = spec.contentType(w.contentType() + "; charset=UTF-8").body(w.body().getBytes(StandardCharsets.UTF_8));
        }
        return spec.request(w.method(), w.path());
    }

    @Test
    void everyWriteOperationRefusesTheRolesThatMayNotCallIt() {
        int checked = 0;
        for (Write w : WRITES) {
            for (String role : List.of(ADMIN, SUPERVISOR, REPORTER, VIEWER)) {
                if (!w.allowed().contains(role)) {
                    Response r = send(w, token(role));
                    assertEquals(403, r.statusCode(), role + " on " + w.method() + " " + w.path() + ": " + r.asString());
                    checked++;
                }
            }
        }
        assertEquals(108, checked, "wrong-role cases over " + WRITES.size() + " write operations");
    }

    @Test
    void everyDocumentedWriteOperationIsInTheTable() {
        JsonPath doc = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        int writes = 0;
        for (Map.Entry<String, Map<String, Object>> p : paths.entrySet()) {
            for (String method : p.getValue().keySet()) {
                if (List.of("post", "put", "delete", "patch").contains(method)) {
                    writes++;
                    String template = p.getKey().replaceAll("\\{[^}]+}", "[^/?]+");
                    boolean listed = WRITES.stream().anyMatch(w -> w.method().equalsIgnoreCase(method)
                            && w.path().replaceAll("\\?.*", "").matches(template));
                    org.junit.jupiter.api.Assertions.assertTrue(listed, method + " " + p.getKey() + " is not checked");
                }
            }
        }
        assertEquals(WRITES.size(), writes);
    }

    // ---- object level: a reporter of another unit, on objects that belong to a subject or a pilot unit ----

    private static int subject(String name) {
        return as(Tokens.admin()).body("{\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}")
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
    }

    @Test
    void aReporterOfAnotherUnitCannotRecordOrPublishAUnitsDisclosures() {
        String own = unique("省统计局");
        int s = subject(own);
        String other = Tokens.reporter("西宁市政府");
        problem(as(other).body(Map.of("subjectId", s, "title", "t", "producedOn", "2017-09-22"))
                .post("/api/v1/disclosures"), 403);
        int id = as(Tokens.reporter(own)).body(Map.of("subjectId", s, "title", "t", "producedOn", "2017-09-22"))
                .post("/api/v1/disclosures").then().statusCode(201).extract().path("id");
        problem(as(other).body(Map.of("publishedOn", "2017-10-20", "version", 0))
                .put("/api/v1/disclosures/" + id + "/publication"), 403);
        as(Tokens.viewer()).get("/api/v1/disclosures/" + id).then().body("publishedOn", equalTo(null));
        as(Tokens.reporter(own)).body(Map.of("publishedOn", "2017-10-20", "version", 0))
                .put("/api/v1/disclosures/" + id + "/publication").then().statusCode(200);
    }

    @Test
    void aReporterOfAnotherPilotUnitCannotAdjustOrImportItsCatalogue() {
        int unit = PilotResourceTest.unitId("格尔木市");
        String name = unique("建设工程规划许可");
        int item = as(Tokens.reporter("格尔木市")).body(catalogueItem("城乡规划", name, null))
                .post("/api/v1/pilot/units/" + unit + "/catalogue").then().statusCode(201).extract().path("id");
        problem(as(Tokens.reporter("乐都区")).body(catalogueItem("城乡规划", name, 0))
                .put("/api/v1/pilot/units/" + unit + "/catalogue/" + item), 403);
        String csv = "试点内容,名称,依据,内容,主体,时限,方式,要求\r\n城乡规划," + name + ",b,c,r,t,m,changed\r\n";
        problem(given().header("Authorization", bearer(Tokens.reporter("乐都区"))).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/pilot/units/" + unit + "/catalogue/import"), 403);
        as(Tokens.supervisor()).get("/api/v1/pilot/catalogue-items/" + item + "/history").then().body("size()", equalTo(1));
    }

    // ---- mass assignment: fields the server owns are refused, never applied ----

    @Test
    void fieldsTheServerOwnsAreRefusedWithTheFieldNamed() {
        String name = unique("省人防办");
        Map<String, String> refused = Map.of(
                "/api/v1/subjects", "{\"name\":\"" + name + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\",\"id\":999}",
                "/api/v1/rounds", "{\"year\":2049,\"schemeId\":1,\"title\":\"t\",\"publishedOn\":\"2049-01-01\","
                        + "\"status\":\"CONCLUDED\"}",
                "/api/v1/routine-records", "{\"subjectId\":1,\"recordedOn\":\"2049-09-15\",\"kind\":\"PROBLEM\",\"itemNo\":4,"
                        + "\"points\":-1,\"description\":\"d\",\"method\":\"RANDOM_CHECK\",\"recorder\":\"someone\"}",
                "/api/v1/rectifications", "{\"subjectId\":1,\"problem\":\"p\",\"owner\":\"o\",\"deadline\":\"2049-12-31\","
                        + "\"status\":\"DONE\"}",
                "/api/v1/disclosures", "{\"subjectId\":1,\"title\":\"t\",\"producedOn\":\"2049-09-22\","
                        + "\"deadline\":\"2099-01-01\"}");
        Map<String, String> field = Map.of("/api/v1/subjects", "id", "/api/v1/rounds", "status",
                "/api/v1/routine-records", "recorder", "/api/v1/rectifications", "status", "/api/v1/disclosures", "deadline");
        refused.forEach((path, body) -> problem(as(Tokens.admin()).body(body).post(path), 400)
                .body("detail", org.hamcrest.Matchers.containsString(field.get(path))));
        // nothing of it was written
        problem(as(Tokens.viewer()).get("/api/v1/subjects/999"), 404);
        as(Tokens.viewer()).queryParam("year", 2049).get("/api/v1/routine-records").then().body("total", equalTo(0));
        as(Tokens.viewer()).get("/api/v1/rounds").then().body("items.findAll { it.year == 2049 }.size()", equalTo(0));
    }

    @Test
    void computedScoresGradesAndStatusCannotBeSentWithAnAssessmentStep() {
        int s = subject(unique("省人防办"));
        int round = AssessmentWorkflowTest.round(2047, SchemeResourceTest.scheme2017(), s);
        int a = AssessmentWorkflowTest.assessmentsBySubject(round).get(s);
        for (String extra : List.of("\"total\":100", "\"grade\":\"优秀\"", "\"stage\":\"RESULT_PUBLISHED\"",
                "\"ranking\":1")) {
            problem(as(Tokens.admin()).body("{\"report\":\"r\",\"version\":0," + extra + "}")
                    .post("/api/v1/assessments/" + a + "/self-inspection"), 400);
            problem(as(Tokens.admin()).body("{\"version\":0," + extra + "}")
                    .post("/api/v1/assessments/" + a + "/evaluation"), 400);
        }
        problem(as(Tokens.admin()).body("{\"lineId\":1,\"description\":\"d\",\"points\":50}")
                .post("/api/v1/assessments/" + a + "/findings"), 400);
        as(Tokens.viewer()).get("/api/v1/assessments/" + a).then().body("stage", equalTo("PLAN_PUBLISHED"))
                .body("total", equalTo(null)).body("version", equalTo(0));
    }

    @Test
    void aVersionSentOnCreateIsIgnored() {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique("省人防办"), "kind", "PROVINCIAL_DEPARTMENT",
                "version", 7));
        as(Tokens.admin()).body(body).post("/api/v1/subjects").then().statusCode(201).body("version", equalTo(0));
    }
}
