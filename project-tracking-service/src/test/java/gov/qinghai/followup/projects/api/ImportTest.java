package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new fair's table from CSV or XLSX: dry run first, then all or nothing. */
@QuarkusTest
class ImportTest {
    static final String BAD = """
            序号,责任单位,项目名称,甲方(青海),乙方(省外),总投资额(亿元),资金来源地,责任领导,责任人
            1,西宁市政府,好项目,大通县政府,某公司,1.00,江苏,甲,乙
            2,不存在的单位,坏单位项目,大通县政府,某公司,1.00,江苏,甲,乙
            3,西宁市政府,坏金额项目,大通县政府,某公司,一亿,江苏,甲,乙
            1,西宁市政府,重复序号项目,大通县政府,某公司,1.00,江苏,甲,乙
            4,西宁市政府,,大通县政府,某公司,1.00,江苏,甲,乙
            """;

    @Test
    void rejectsABadFileWithEveryRowErrorAndWritesNothing() {
        long fair = Fixtures.createFair();
        post(fair, BAD, false).then().statusCode(422)
                .body("written", equalTo(false))
                .body("errors.size()", equalTo(4))
                // each column named as the file's header writes it
                .body("errors.find { it.line == 3 }.column", equalTo("责任单位"))
                .body("errors.find { it.line == 4 }.column", equalTo("总投资额(亿元)"))
                .body("errors.find { it.line == 5 }.column", equalTo("序号"))
                .body("errors.find { it.line == 6 }.column", equalTo("项目名称"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair).get("/api/v1/projects")
                .then().body("total", equalTo(0));
    }

    @Test
    void dryRunReportsWithoutWriting() {
        long fair = Fixtures.createFair();
        post(fair, ProgressAndRatesTest.TABLE, true).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("written", equalTo(false)).body("rows", equalTo(4))
                .body("flagCounts.MISSING_AMOUNT", equalTo(1));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair).get("/api/v1/projects")
                .then().body("total", equalTo(0));
    }

    /**
     * A table over the general body limit (1M in tests) goes through the import path's own limit, is written in COPY
     * chunks (500 rows in tests) with ids from project_seq, and every project gets its audit row from the importer.
     * The rows go to units with many seed projects, 100 each, so the reminder jobs of other tests are not changed.
     */
    @Test
    void importsATableLargerThanTheGeneralBodyLimitInChunksWithAuditRows() {
        List<String> units = List.of("西宁市政府", "海东市政府", "海西州政府", "海南州政府", "海北州政府", "省发展改革委",
                "省财政厅", "省科技厅", "省商务厅", "省经济和信息化委", "省国土资源厅", "省农牧厅");
        String filler = "高原特色产业园区建设".repeat(9);
        StringBuilder csv = new StringBuilder("seq,unit,name,party_a,party_b,total_investment,fund_sources,"
                + "responsible_leader,responsible_persons\n");
        for (int i = 1; i <= 1_200; i++) {
            csv.append(i).append(',').append(units.get(i % units.size())).append(",\"大宗导入项目, 第").append(i)
                    .append("号").append(filler).append("\",大通县政府").append(filler).append(",\"某\"\"甲\"\"公司")
                    .append(filler).append(filler).append("\",").append(i % 100).append(".50,上海 深圳,负责人,海吉忠 周心龙\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(body.length > 1024 * 1024, "over the general limit: " + body.length);
        long fair = Fixtures.createFair();
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv; charset=UTF-8").body(body)
                .post("/api/v1/fairs/" + fair + "/projects").then().statusCode(201).body("rows", equalTo(1_200));
        io.restassured.path.json.JsonPath last = given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("fairId", fair).queryParam("q", "第1200号").get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("大宗导入项目, 第1200号" + filler, last.getString("items[0].name"));
        org.junit.jupiter.api.Assertions.assertEquals("某\"甲\"公司" + filler + filler, last.getString("items[0].partyB"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("上海", "广东"), last.getList("items[0].fundProvinces"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("海吉忠", "周心龙"), last.getList("items[0].responsiblePersons"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair).queryParam("size", 1)
                .get("/api/v1/projects").then().body("total", equalTo(1_200));
        given().header("Authorization", bearer(Tokens.supervisor()))
                .get("/api/v1/projects/" + last.getLong("items[0].id") + "/history").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].change", equalTo("ADD")).body("[0].by", equalTo("admin@test"))
                .body("[0].after.name", equalTo("大宗导入项目, 第1200号" + filler));
    }

    @Test
    void refusesASecondImportIntoTheSameFair() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        post(fair.id(), ProgressAndRatesTest.TABLE, false).then().statusCode(409);
    }

    @Test
    void refusesImportByNonAdmin() {
        long fair = Fixtures.createFair();
        given().header("Authorization", bearer(Tokens.supervisor())).contentType("text/csv; charset=UTF-8")
                .body(ProgressAndRatesTest.TABLE.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/fairs/" + fair + "/projects").then().statusCode(403);
    }

    @Test
    void xlsxExportImportsBackIntoANewFair() {
        byte[] xlsx = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", 1)
                .queryParam("unitId", 6).queryParam("format", "xlsx").get("/api/v1/projects/export")
                .then().statusCode(200).extract().asByteArray();
        long fair = Fixtures.createFair();
        given().header("Authorization", bearer(Tokens.admin()))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .post("/api/v1/fairs/" + fair + "/projects").then().statusCode(201).body("rows", equalTo(43));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair).queryParam("q", "察尔汗")
                .get("/api/v1/projects").then().body("items[0].totalInvestment", equalTo(50.00f))
                .body("items[0].responsiblePersons", hasItems("海吉忠", "周心龙"));
    }

    @Test
    void csvExportHasTheImportColumns() {
        String csv = given().header("Authorization", bearer(Tokens.viewer())).queryParam("flag", "NAME_ONLY")
                .get("/api/v1/projects/export").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith(
                "\uFEFF序号,责任单位,项目名称,甲方(青海),乙方(省外),总投资额(亿元),资金来源地,责任领导,责任人,原表行号,"
                        + "数据质量标记\r\n"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("279,省国土资源厅,青海省大柴旦镇细晶沟金矿详查项目"));
        // flags as a person reads them; the import reads them back (exportWithFlagsImportsBack…)
        org.junit.jupiter.api.Assertions.assertTrue(csv.lines().skip(1).allMatch(l -> l.contains("仅有项目名称")), csv);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains("NAME_ONLY"), csv);
    }

    @Test
    void answersGarbageXlsxWith400() {
        long fair = Fixtures.createFair();
        given().header("Authorization", bearer(Tokens.admin()))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(new byte[] {1, 2, 3})
                .post("/api/v1/fairs/" + fair + "/projects").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("body"));
    }

    private static io.restassured.response.Response post(long fair, String csv, boolean dryRun) {
        return given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv; charset=UTF-8")
                .queryParam("dryRun", dryRun).body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/fairs/" + fair + "/projects");
    }

    @Test
    void exportWritesFormulaLikeNamesAsTextAndInvestmentAsANumber() throws Exception {
        Fixtures.TestFair fair = Fixtures.fairWith("""
                seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons
                1,西宁市政府,"=HYPERLINK(""http://x"",""点击"")",@大通县政府,-某公司,12.50,江苏,杨小民,史超
                """);
        io.restassured.response.Response csv = given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("fairId", fair.id()).get("/api/v1/projects/export");
        csv.then().statusCode(200).header("Content-Disposition", equalTo(
                "attachment; filename=\"projects.csv\"; filename*=UTF-8''projects.csv"));
        org.junit.jupiter.api.Assertions.assertTrue(csv.asString().contains(
                "1,西宁市政府,\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\",\"'@大通县政府\",\"'-某公司\",12.50,"),
                csv.asString());
        byte[] xlsx = given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", fair.id())
                .queryParam("format", "xlsx").get("/api/v1/projects/export").then().statusCode(200)
                .extract().asByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.dhatim.fastexcel.reader.Row row = wb.getFirstSheet().read().get(1);
            org.junit.jupiter.api.Assertions.assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER,
                    row.getCell(5).getType());
            org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal("12.5"),
                    row.getCell(5).asNumber().stripTrailingZeros());
        }
    }
}
