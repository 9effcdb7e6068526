package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.projects.api.Fixtures.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The exports a 督查 office works from (134号 三 定期通报, 五 每月报送): CSV (BOM, CRLF, formula guard) and XLSX (numbers
 * and dates as typed cells) under Chinese headings with labelled values, each read back here.
 */
@QuarkusTest
class ExportsTest {

    @Test
    void supervisionNoticeExportShowsEachSectionWithChineseHeadingsAndRanksTheUnitsBehind() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-12", true, true, "2").then().statusCode(201);

        String csv = export("/api/v1/supervision-notice/export", Map.of("fairId", fair.id(), "asOf", "2017-12-31"),
                "csv").asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertTrue(lines.get(0).startsWith("\uFEFF部分,滞后排名,截至日期,目标时限,分组,项目数,履约项目数,开工项目数"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith(",资金到位率目标(%),资金到位率差距(百分点),资金到位率考核"), lines.get(0));
        // 全省: 1 of 4 started = 25.00 % against 50 % due 2017-12-31 → 未达标
        assertTrue(lines.get(1).startsWith("全省,,2017-12-31,2017-12-31,全部,4,1,1,"), lines.get(1));
        assertTrue(lines.get(1).matches(".*,25\\.00,25\\.00,3\\.33,70(\\.00)?,-45\\.00,未达标,50(\\.00)?,-25\\.00,未达标,.*"),
                lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("市州,,2017-12-31,2017-12-31,西宁市,2,")), csv);
        // 西宁市政府 has 1 of 2 started (at the 50 % target); 海西州政府 and 省科技厅 have none: behind, ranked 1 and 2
        Set<String> behind = lines.stream().filter(l -> l.startsWith("开工率滞后单位,"))
                .map(l -> l.split(",")[1] + ":" + l.split(",")[4]).collect(Collectors.toSet());
        // equally far behind (−50.00): in the order of their names
        assertEquals(Set.of("1:海西州政府", "2:省科技厅"), behind, csv);
        assertTrue(csv.endsWith("\r\n") && !csv.contains("MISSED") && !csv.contains("BEHIND"), csv);

        List<List<Object>> sheet = readXlsx(export("/api/v1/supervision-notice/export",
                Map.of("fairId", fair.id(), "asOf", "2017-12-31"), "xlsx").asByteArray());
        assertEquals(List.of("部分", "滞后排名", "截至日期", "目标时限", "分组", "项目数"), sheet.get(0).subList(0, 6));
        List<Object> all = sheet.get(1);
        assertEquals("全省", all.get(0));
        assertEquals(LocalDateTime.parse("2017-12-31T00:00"), all.get(2), "截至日期 is a date cell");
        assertEquals(new BigDecimal("4"), all.get(5), "项目数 is a number cell");
        assertEquals("未达标", all.get(sheet.get(0).indexOf("开工率考核")));
        assertEquals(new BigDecimal("25"), ((BigDecimal) all.get(sheet.get(0).indexOf("开工率(%)"))).stripTrailingZeros());
    }

    @Test
    void reminderExportListsEveryProjectEachReminderNamesWithItsDeadline() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.admin(), fair.project(3), "2024-01", true, false, "0").then().statusCode(201);
        run("monthly-reminder", "2024-02-01");

        String csv = export("/api/v1/reminders/export", Map.of("fairId", fair.id(), "period", "2024-01"), "csv")
                .asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("\uFEFF提醒编号,类别,期间,责任单位,报送截止时间,发出时间,未报项目数,青洽会,项目序号,项目名称", lines.get(0));
        // 西宁市政府 owes 序号 1 and 2, 省科技厅 序号 4; 海西州政府 reported 序号 3 and is not reminded
        List<String> projects = lines.subList(1, lines.size()).stream()
                .map(l -> l.split(",")[1] + "|" + l.split(",")[3] + "|" + l.split(",")[8] + "|" + l.split(",")[9])
                .sorted().toList();
        assertEquals(List.of("报送提醒|省科技厅|4|丁项目", "报送提醒|西宁市政府|1|甲项目", "报送提醒|西宁市政府|2|乙项目"),
                projects, csv);
        // due 23:59:59 北京时间 on 2024-02-05 (134号 五: 每月5日前)
        assertTrue(lines.get(1).contains(",2024-02-05T15:59:59Z,"), lines.get(1));

        List<List<Object>> sheet = readXlsx(export("/api/v1/reminders/export",
                Map.of("fairId", fair.id(), "period", "2024-01"), "xlsx").asByteArray());
        assertEquals(4, sheet.size());
        List<Object> first = sheet.get(1);
        assertEquals(LocalDateTime.parse("2024-02-05T23:59:59"), first.get(4), "报送截止时间 in 北京时间 as a date-time");
        assertTrue(first.get(0) instanceof BigDecimal && first.get(8) instanceof BigDecimal, first.toString());
    }

    @Test
    void monthlyReportExportCarriesTheCurrentReportsAsTextTheyWereWrittenAndGuardsFormulas() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        report(Tokens.reporter("西宁市政府"), fair.project(1), "2017-09", true, false, "1").then().statusCode(201);
        // a resubmission supersedes the first: only the current report is exported
        given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                .body(Map.of("period", "2017-09", "contractPerformed", true, "constructionStarted", true,
                        "completed", false, "fundsInPlace", "1.50", "progress", "完成厂房基础施工",
                        "problems", "=1+2 用地手续尚未办结"))
                .post("/api/v1/projects/" + fair.project(1) + "/reports").then().statusCode(201);
        report(Tokens.reporter("海西州政府"), fair.project(3), "2017-10", false, false, "0").then().statusCode(201);

        String csv = export("/api/v1/reports/export", Map.of("fairId", fair.id()), "csv").asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("\uFEFF报告编号,青洽会,项目序号,项目名称,责任单位,期间,是否履约,是否开工,是否竣工投产,到位资金(亿元),"
                + "超出总投资说明,到位资金减少说明,进展情况,存在的问题,报送时间,报送人,报送截止时间,是否逾期", lines.get(0));
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(1).contains(",1,甲项目,西宁市政府,2017-09,是,是,否,1.50,,,完成厂房基础施工,"
                + "\"'=1+2 用地手续尚未办结\","), lines.get(1));
        assertTrue(lines.get(1).contains(",2017-10-05T15:59:59Z,是"), "a 2017-09 report filed now is late: "
                + lines.get(1));
        assertTrue(lines.get(2).contains(",3,丙项目,海西州政府,2017-10,否,否,否,0.00,"), lines.get(2));

        String lateOnly = export("/api/v1/reports/export", Map.of("fairId", fair.id(), "period", "2017-10"), "csv")
                .asString();
        assertEquals(2, lateOnly.split("\r\n").length, lateOnly);

        List<List<Object>> sheet = readXlsx(export("/api/v1/reports/export", Map.of("fairId", fair.id()), "xlsx")
                .asByteArray());
        List<Object> row = sheet.get(1);
        assertEquals(new BigDecimal("1.5"), ((BigDecimal) row.get(9)).stripTrailingZeros(), "到位资金 is a number cell");
        assertEquals("=1+2 用地手续尚未办结", row.get(13), "an XLSX text cell is never evaluated");
        assertTrue(row.get(14) instanceof LocalDateTime, "报送时间 is a date-time cell: " + row);
        assertEquals(LocalDateTime.parse("2017-10-05T23:59:59"), row.get(16));
    }

    @Test
    void reconciliationExportExplainsEachGapOfThe18thFairInChinese() {
        String csv = export("/api/v1/reconciliation/export", Map.of("fairId", 1), "csv").asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("\uFEFF部分,项目,通报数,计算数,差额,是否相符,说明", lines.get(0));
        assertTrue(lines.get(1).startsWith("全表,签约项目行数,,346,,,"), lines.get(1));
        // 134号: 五个重点地区签约金额共计597亿元; the table's rows of those 市州 sum to 774.45
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("通报数字,") && l.contains("597亿元")
                && l.contains(",597,774.45,177.45,不相符,")), csv);
        // 597亿 at 40 % implies a total of about 1492.50亿
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("通报数字,") && l.contains("推算总额 1492.50 亿元")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("异常值影响,序号 1 ") && l.contains(",1668.86,1488.53,")
                && l.contains(",不相符,")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("责任单位,") && l.endsWith(",相符,")), csv);

        List<List<Object>> sheet = readXlsx(export("/api/v1/reconciliation/export", Map.of("fairId", 1), "xlsx")
                .asByteArray());
        List<Object> regions = sheet.stream().filter(r -> "通报数字".equals(r.get(0))
                && String.valueOf(r.get(1)).contains("597亿元")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("177.45").compareTo((BigDecimal) regions.get(4)), regions.toString());
        assertEquals("不相符", regions.get(5));
    }

    @Test
    void exportsRefuseMoreRowsThanTheLimitAndAnUnknownFormat() {
        run("monthly-reminder", "2024-04-01");
        // the seeded fair's 346 projects owe 2024-03: more than the test limit of 300 rows
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", 1).queryParam("period", "2024-03")
                .get("/api/v1/reminders/export").then().statusCode(422).contentType("application/problem+json")
                .body("limit", equalTo(300)).body("field", equalTo("period"))
                .body("type", equalTo("/problems/export-too-large"));
        given().header("Authorization", bearer(Tokens.viewer())).queryParam("fairId", 1).queryParam("format", "pdf")
                .get("/api/v1/reports/export").then().statusCode(400).body("field", equalTo("format"));
        given().get("/api/v1/reports/export").then().statusCode(401);
    }

    private static io.restassured.response.Response export(String path, Map<String, ?> query, String format) {
        io.restassured.response.Response r = given().header("Authorization", bearer(Tokens.viewer()))
                .queryParams(query).queryParam("format", format).get(path);
        r.then().statusCode(200).contentType(format.equals("csv") ? "text/csv"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return r;
    }

    private static void run(String job, String date) {
        given().header("Authorization", bearer(Tokens.admin())).queryParam("date", date)
                .post("/api/v1/admin/jobs/" + job + "/run").then().statusCode(200);
    }

    /** The first sheet as values: text as String, numbers as BigDecimal, date cells as LocalDateTime, empty null. */
    static List<List<Object>> readXlsx(byte[] xlsx) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<List<Object>> out = new ArrayList<>();
            for (Row row : wb.getFirstSheet().read()) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(value(row.getCell(i)));
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Cell c) {
        if (c == null) {
            return null;
        }
        return switch (c.getType()) {
            case NUMBER -> c.getDataFormatString() != null && c.getDataFormatString().contains("yy") ? c.asDate()
                    : c.asNumber();
            case STRING -> c.asString();
            case BOOLEAN -> c.asBoolean();
            default -> null;
        };
    }
}
