package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A later fair's table (青洽会 after the 18th) may name a 责任单位 the 18th did not have, and come from Excel on
 * Chinese Windows (GB18030): admins add units, imports say which units are unknown and how the file was read.
 */
@QuarkusTest
class UnitsAndImportTest {
    static final String CHINESE = """
            序号,责任单位,项目名称,甲方（青海）,乙方（省外）,总投资额（亿元）,资金来源地,责任领导,责任人
            1,西宁市政府,甲项目,大通县政府,某公司,1.00,江苏,甲,乙
            2,果洛州政府,乙项目,玛沁县政府,某公司,2.00,江苏,甲,乙
            3,玉树州政府,丙项目,玉树市政府,某公司,3.00,江苏,甲,乙
            4,果洛州政府,丁项目,玛沁县政府,某公司,一亿,江苏,甲,乙
            """;

    @Test
    void adminAddsAUnitAndALaterFairsTableNamingItImports() {
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("name", "黄南藏族自治州人民政府", "kind", "PREFECTURE_GOVERNMENT", "prefecture", "黄南州",
                        "contactEmail", "hnz@example.gov.cn", "contactWebhook", "https://oa.hnz.example.gov.cn/hooks"))
                .post("/api/v1/units").then().statusCode(201).body("name", equalTo("黄南藏族自治州人民政府"))
                .body("contactWebhook", equalTo("https://oa.hnz.example.gov.cn/hooks"));
        int id = given().header("Authorization", bearer(Tokens.viewer())).queryParam("prefecture", "黄南州")
                .get("/api/v1/units").then().statusCode(200).body("items.name", hasItem("黄南藏族自治州人民政府"))
                .extract().path("items.find { it.name == '黄南藏族自治州人民政府' }.id");
        given().header("Authorization", bearer(Tokens.supervisor())).get("/api/v1/units/" + id + "/history")
                .then().statusCode(200).body("", hasSize(1)).body("[0].change", equalTo("ADD"))
                .body("[0].by", equalTo("admin@test"));
        // the same name again is a conflict, not a second unit
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("name", "黄南藏族自治州人民政府", "kind", "PREFECTURE_GOVERNMENT", "prefecture", "黄南州"))
                .post("/api/v1/units").then().statusCode(409);
        given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                .body(Map.of("name", "某新单位", "kind", "PROVINCIAL_DEPARTMENT"))
                .post("/api/v1/units").then().statusCode(403);

        long fair = Fixtures.createFair("2018-06-15");
        csv(fair, "seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons\n"
                + "1,黄南藏族自治州人民政府,热贡文化产业园项目,同仁县政府,某公司,2.00,北京,甲,乙\n", StandardCharsets.UTF_8, false)
                .then().statusCode(201).body("rows", equalTo(1));
    }

    @Test
    void dryRunListsEveryUnknownUnitAndErrorsNameTheColumnAsWritten() {
        long fair = Fixtures.createFair();
        csv(fair, CHINESE, StandardCharsets.UTF_8, true).then().statusCode(422)
                .body("unknownUnits", contains("果洛州政府", "玉树州政府"))
                .body("encoding", equalTo("UTF-8"))
                .body("errors.find { it.line == 3 }.column", equalTo("责任单位"))
                .body("errors.find { it.line == 3 }.message", containsString("POST /api/v1/units"))
                .body("errors.findAll { it.line == 5 }.column", contains("责任单位", "总投资额（亿元）"));
    }

    @Test
    void readsAGb18030CsvAsExcelOnChineseWindowsSavesIt() {
        long fair = Fixtures.createFair();
        String table = CHINESE.lines().filter(l -> !l.contains("州政府")).reduce("", (a, b) -> a + b + "\n");
        csv(fair, table, Charset.forName("GB18030"), false).then().statusCode(201)
                .body("rows", equalTo(1)).body("encoding", equalTo("GB18030"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair).get("/api/v1/projects")
                .then().statusCode(200).body("items[0].name", equalTo("甲项目")).body("items[0].unit", equalTo("西宁市政府"));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030NamingTheBody() {
        long fair = Fixtures.createFair();
        byte[] bytes = "seq,unit,name\n1,".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0x81;   // a GB18030 lead byte followed by a byte no encoding of it allows
        bad[bytes.length + 1] = (byte) 0x20;
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv").body(bad)
                .post("/api/v1/fairs/" + fair + "/projects?dryRun=true").then().statusCode(400)
                .body("field", equalTo("body")).body("detail", containsString("UTF-8"));
    }

    @Test
    void aUnitsRemindersReachItsOwnWebhookAndEmailThroughTheOutbox() {
        String hook = "https://oa.example.gov.cn/hooks/test-unit-reminders";
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("name", "测试督查联系单位", "kind", "PROVINCIAL_DEPARTMENT",
                        "contactEmail", "dc@example.gov.cn", "contactWebhook", hook))
                .post("/api/v1/units").then().statusCode(201);
        long fair = Fixtures.createFair("2023-10-01");
        csv(fair, "seq,unit,name\n1,测试督查联系单位,联系测试项目\n", StandardCharsets.UTF_8, false).then().statusCode(201);
        // this test owns the reminder month 2023-10
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", "2023-11-01")
                .post("/api/v1/admin/jobs/monthly-reminder/run").then().statusCode(200);
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("period", "2023-10").queryParam("size", 200)
                .get("/api/v1/reminders").then().statusCode(200)
                .body("items.find { it.unit == '测试督查联系单位' }.deliveries.target",
                        org.hamcrest.Matchers.hasItems("dc@example.gov.cn", hook));
    }

    private static io.restassured.response.Response csv(long fair, String table, Charset charset, boolean dryRun) {
        return given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv")
                .body(table.getBytes(charset)).queryParam("dryRun", dryRun).post("/api/v1/fairs/" + fair + "/projects");
    }
}
