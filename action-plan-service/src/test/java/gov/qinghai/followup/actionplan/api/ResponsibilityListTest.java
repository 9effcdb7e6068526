package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** 135号 四、保障措施(一): 省政府办公厅制定责任清单和完成时限表 — the table as the notice has it, in Chinese. */
@QuarkusTest
class ResponsibilityListTest {
    private static final String HEADINGS = "序号,任务类别,任务内容,牵头单位,责任单位,完成时限,量化指标";

    @Test
    void theCsvListsEveryTaskWithItsUnitsDeadlineAndTargetsUnderChineseHeadings() {
        byte[] csv = as(Tokens.viewer()).get("/api/v1/responsibility-list").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 with BOM, as a spreadsheet opens it");
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(HEADINGS, lines[0]);
        assertEquals(51, lines.length, "heading and the notice's 50 tasks");
        String task21 = java.util.Arrays.stream(lines).filter(l -> l.startsWith("21,")).findFirst().orElseThrow();
        assertTrue(task21.contains(",省经济和信息化委,省国资委、省财政厅、省人力资源社会保障厅等,2017-09-30,"), task21);
        // other tests may add indicators to task 21: the seeded one is there, in the notice's words
        assertTrue(task21.contains(",2017-09-30,压减煤炭产能 ≥ 132万吨（2017-09-30前）"), task21);
        // the notice's own spelling of a unit, 西宁市人民政府, stays as the notice words it
        String task18 = java.util.Arrays.stream(lines).filter(l -> l.startsWith("18,")).findFirst().orElseThrow();
        assertTrue(task18.contains("西宁市人民政府"), task18);
    }

    @Test
    void theXlsxHasTheSameRowsWithNumbersAndDatesTyped() throws Exception {
        byte[] xlsx = as(Tokens.viewer()).queryParam("format", "xlsx").get("/api/v1/responsibility-list").then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getFirstSheet();
            assertEquals("责任清单和完成时限表", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(51, rows.size());
            assertEquals(List.of(HEADINGS.split(",")), rows.get(0).stream().map(c -> c.getRawValue()).toList());
            Row first = rows.get(1);
            assertEquals(1, first.getCell(0).asNumber().intValue());
            assertEquals(java.time.LocalDate.class, first.getCell(5).asDate().toLocalDate().getClass());
        }
    }

    @Test
    void anUnknownFormatIsRefusedNamingIt() {
        as(Tokens.viewer()).queryParam("format", "pdf").get("/api/v1/responsibility-list").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("format"));
    }

    @Test
    void onlyASignedInCallerReadsIt() {
        io.restassured.RestAssured.given().get("/api/v1/responsibility-list").then().statusCode(401);
    }
}
