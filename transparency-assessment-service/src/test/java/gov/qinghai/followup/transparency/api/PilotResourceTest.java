package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static io.restassured.RestAssured.given;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 青政办〔2017〕138号: the three pilot units with the 25 areas of the attachment, milestones and 标准目录. */
@QuarkusTest
class PilotResourceTest {
    @Inject
    EntityManager em;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static int unitId(String name) {
        JsonPath p = as(Tokens.viewer()).get("/api/v1/pilot/units").then().extract().jsonPath();
        return p.getInt("items.find { it.name == '" + name + "' }.id");
    }

    @Test
    void seedsTheThreePilotUnitsWithTheTwentyFiveAreasOfTheAttachment() {
        JsonPath p = as(Tokens.viewer()).get("/api/v1/pilot/units").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", equalTo(List.of("城北区", "乐都区", "格尔木市")))
                .body("items.prefecture", equalTo(List.of("西宁市", "海东市", "海西州")))
                .extract().jsonPath();
        int attachment = 0;
        for (int i = 0; i < 3; i++) {
            attachment += p.getList("items[" + i + "].areas.findAll { it.source == 'ATTACHMENT' }").size();
        }
        assertEquals(25, attachment, "138号 附件: 8 + 8 + 9 areas, the same 25 the text of 三(二) lists");
        assertEquals("就业创业", p.getString("items[0].areas[0].name"));
        assertEquals("公共法律服务", p.getString("items[2].areas[8].name"));
        assertEquals(List.of("2017-08-31", "2018-08-31", "2018-09-30"), p.getList("items[1].milestones.dueOn"));
    }

    @Test
    void remindsMilestonesDueWithinTwoWeeksAndLetsTheUnitMarkThemDone() {
        as(Tokens.admin()).queryParam("date", "2017-08-20").post("/api/v1/admin/jobs/pilot-milestone-reminders/run")
                .then().statusCode(200).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("unit", "乐都区").queryParam("job", "pilot-milestone-reminders")
                .queryParam("period", "2017-08-20").get("/api/v1/reminders").then()
                .body("total", equalTo(1)).body("items[0].dueOn", equalTo("2017-08-31"));
        JsonPath u = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unitId("格尔木市")).then().extract().jsonPath();
        int m = u.getInt("milestones[0].id");
        problem(as(Tokens.reporter("城北区")).body(Map.of("status", "DONE", "completedOn", "2017-08-30", "version", 0))
                .put("/api/v1/pilot/milestones/" + m), 403);
        as(Tokens.reporter("格尔木市")).body(Map.of("status", "DONE", "completedOn", "2017-08-30", "note", "已备案",
                "version", 0)).put("/api/v1/pilot/milestones/" + m).then().statusCode(200).body("status", equalTo("DONE"));
        as(Tokens.admin()).queryParam("date", "2017-08-21").post("/api/v1/admin/jobs/pilot-milestone-reminders/run")
                .then().statusCode(200);
        as(Tokens.viewer()).queryParam("unit", "格尔木市").queryParam("period", "2017-08-21").get("/api/v1/reminders")
                .then().body("total", equalTo(0));
    }

    private static Map<String, Object> item(String area, String name, String basis) {
        Map<String, Object> m = new HashMap<>();
        m.put("area", area);
        m.put("name", name);
        m.put("basis", basis);
        m.put("content", "申请条件、额度、贴息标准");
        m.put("responsibleBody", "城北区人社局");
        m.put("timeLimit", "信息形成或变更之日起20个工作日内");
        m.put("method", "政府网站、公示栏");
        m.put("requirement", "全文公开，及时更新");
        return m;
    }

    @Test
    void keepsAVersionedCatalogueWithTheSevenElementsAndRoundTripsCsvAndXlsx() {
        int unit = unitId("城北区");
        String name = unique("创业担保贷款");
        problem(as(Tokens.reporter("乐都区")).body(item("就业创业", name, "《就业促进法》"))
                .post("/api/v1/pilot/units/" + unit + "/catalogue"), 403);
        Map<String, Object> missing = item("就业创业", name, "《就业促进法》");
        missing.remove("timeLimit");
        problem(as(Tokens.reporter("城北区")).body(missing).post("/api/v1/pilot/units/" + unit + "/catalogue"), 400)
                .body("violations[0].field", equalTo("timeLimit"));
        problem(as(Tokens.reporter("城北区")).body(item("征地补偿", name, "x"))
                .post("/api/v1/pilot/units/" + unit + "/catalogue"), 422).body("field", equalTo("area"));
        int id = as(Tokens.reporter("城北区")).body(item("就业创业", name, "《就业促进法》"))
                .post("/api/v1/pilot/units/" + unit + "/catalogue").then().statusCode(201).extract().path("id");
        int revision = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit).then().extract().path("catalogueRevision");

        byte[] csv = as(Tokens.viewer()).queryParam("format", "csv").get("/api/v1/pilot/units/" + unit + "/catalogue")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF试点内容,名称,依据,内容,主体,时限,方式,要求"), text);
        assertTrue(text.contains(name));

        // adjust one element through the import: a new revision, one item updated
        String changed = text.replace("《就业促进法》", "《就业促进法》《创业担保贷款管理办法》");
        int changedRows = (int) text.lines().filter(l -> l.contains("《就业促进法》")).count();
        given().header("Authorization", bearer(Tokens.reporter("城北区"))).contentType("text/csv; charset=UTF-8")
                .body(changed.getBytes(StandardCharsets.UTF_8)).post("/api/v1/pilot/units/" + unit + "/catalogue/import")
                .then().statusCode(200).body("revision", equalTo(revision + 1)).body("updated", equalTo(changedRows))
                .body("created", equalTo(0));

        // XLSX export re-imported unchanged: no new revision
        byte[] xlsx = as(Tokens.viewer()).header("Accept", XLSX).get("/api/v1/pilot/units/" + unit + "/catalogue")
                .then().statusCode(200).contentType(startsWith(XLSX)).extract().asByteArray();
        given().header("Authorization", bearer(Tokens.admin())).contentType(XLSX).body(xlsx)
                .post("/api/v1/pilot/units/" + unit + "/catalogue/import")
                .then().statusCode(200).body("revision", equalTo(revision + 1)).body("updated", equalTo(0))
                .body("created", equalTo(0));

        // an audit trail is for supervisors and admins, as everywhere
        as(Tokens.viewer()).get("/api/v1/pilot/catalogue-items/" + id + "/history").then().statusCode(403);
        as(Tokens.supervisor()).get("/api/v1/pilot/catalogue-items/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(2)).body("[1].after.basis", equalTo("《就业促进法》《创业担保贷款管理办法》"))
                .body("[1].after.revision", equalTo(revision + 1));

        // a row missing an element rejects the whole file
        String bad = "试点内容,名称,依据,内容,主体,时限,方式,要求\r\n就业创业," + unique("x") + ",依据,内容,主体,,方式,要求\r\n";
        problem(given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv")
                .body(bad.getBytes(StandardCharsets.UTF_8)).post("/api/v1/pilot/units/" + unit + "/catalogue/import"), 422)
                .body("field", equalTo("row 2 时限"));
    }

    @Test
    void refusesACatalogueExportAboveTheRowLimitNamingItAndServesOneAreaInstead() {
        // Bounded exports: the test profile sets qinghai.exports.max-rows=100
        int unit = unitId("乐都区");
        String prefix = unique("征收公告");
        StringBuilder csv = new StringBuilder("试点内容,名称,依据,内容,主体,时限,方式,要求\r\n");
        for (int i = 0; i < 101; i++) {
            String area = i < 60 ? "征地补偿" : "拆迁安置";
            csv.append(area).append(',').append(prefix).append('-').append(i)
                    .append(",《土地管理法》,征收范围、补偿标准,乐都区国土资源局,批准后10个工作日内,政府网站、公示栏,全文公开\r\n");
        }
        given().header("Authorization", bearer(Tokens.reporter("乐都区"))).contentType("text/csv; charset=UTF-8")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/pilot/units/" + unit + "/catalogue/import").then().statusCode(200)
                .body("created", equalTo(101));
        // the refusal names the unit's whole catalogue: these 101 and whatever the unit had
        int rows = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit + "/areas").then().statusCode(200)
                .extract().jsonPath().<Integer>getList("items").stream().mapToInt(Integer::intValue).sum();
        for (String format : List.of("json", "csv", "xlsx")) {
            problem(as(Tokens.viewer()).queryParam("format", format).get("/api/v1/pilot/units/" + unit + "/catalogue"), 422)
                    .body("field", equalTo("area"))
                    .body("type", equalTo("/problems/export-too-large"))
                    .body("limit", equalTo(100)).body("rows", equalTo(rows));
        }
        JsonPath one = as(Tokens.viewer()).queryParam("area", "征地补偿").get("/api/v1/pilot/units/" + unit + "/catalogue")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(60, one.getList("findAll { it.name.startsWith('" + prefix + "') }").size());
        assertTrue(one.getList("area").stream().allMatch("征地补偿"::equals));
        problem(as(Tokens.viewer()).queryParam("area", "不存在").get("/api/v1/pilot/units/" + unit + "/catalogue"), 422)
                .body("field", equalTo("area"));
    }

    /** Where 138号 五 milestone reminders are e-mailed (ReminderDeliveryTest sends them): set with the version read. */
    @Test
    void setsTheUnitsContactAddressWithTheVersionItReadAndAuditsIt() {
        int unit = unitId("城北区");
        long version = as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit).then().extract().jsonPath().getLong("version");
        String email = unique("chengbei") + "@example.gov.cn";
        problem(as(Tokens.admin()).body(Map.of("contactEmail", "办公室 <gk@example.gov.cn>", "version", version))
                .put("/api/v1/pilot/units/" + unit), 400).body("violations.field", hasItem("contactEmail"));
        problem(as(Tokens.admin()).body(Map.of("contactEmail", email)).put("/api/v1/pilot/units/" + unit), 400)
                .body("violations.field", hasItem("version"));
        problem(as(Tokens.reporter("城北区")).body(Map.of("contactEmail", email, "version", version))
                .put("/api/v1/pilot/units/" + unit), 403);
        as(Tokens.admin()).body(Map.of("contactEmail", email, "version", version)).put("/api/v1/pilot/units/" + unit)
                .then().statusCode(200).body("contactEmail", equalTo(email)).body("version", equalTo((int) version + 1))
                .body("name", equalTo("城北区"));
        problem(as(Tokens.admin()).body(Map.of("contactEmail", "other@example.gov.cn", "version", version))
                .put("/api/v1/pilot/units/" + unit), 409);
        as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit).then().body("contactEmail", equalTo(email));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from pilot_unit_aud where id = ?1 and contact_email = ?2")
                .setParameter(1, unit).setParameter(2, email).getSingleResult()).longValue()), "the change is audited");
    }
}
