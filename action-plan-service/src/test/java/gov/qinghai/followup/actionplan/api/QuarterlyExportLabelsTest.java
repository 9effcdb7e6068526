package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The quarterly report's CSV and XLSX read in Chinese: headings and statuses from labels.properties. */
@QuarkusTest
class QuarterlyExportLabelsTest {
    private static final List<String> TASK_HEADINGS = List.of("任务序号", "任务类别", "状态", "指标", "比较", "目标值",
            "完成时限", "实际值", "实际值截至", "数据来源", "数据过期", "是否达标", "判定依据");

    @Test
    void theQuarterlyExportHasChineseHeadingsAndStatusLabels() throws Exception {
        // 2018-Q4: a quarter no other test stores
        runJob("quarterly-report", "2019-01-01").then().statusCode(200).body("period", equalTo("2018-Q4"));
        String csv = new String(as(Tokens.viewer()).queryParam("format", "csv").get("/api/v1/period-reports/quarterly/2018-Q4")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n# tasks 任务进展\r\n" + String.join(",", TASK_HEADINGS) + "\r\n"), csv.substring(0, 400));
        assertTrue(csv.contains("\r\n# laggingUnits 滞后单位\r\n单位,滞后程度,逾期任务数,进度滞后任务数,缺报次数,整改逾期数\r\n"),
                csv.substring(0, 400));
        // 2018-12-31 is long past every deadline of the offensive: task 15 (no test reports on it) is 逾期未完成
        assertTrue(csv.contains("\r\n15,二,逾期未完成,15-"), csv.substring(0, 400));
        byte[] xlsx = as(Tokens.viewer()).queryParam("format", "xlsx").get("/api/v1/period-reports/quarterly/2018-Q4").then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet tasks = wb.getSheets().filter(s -> s.getName().equals("tasks")).findFirst().orElseThrow();
            assertEquals(TASK_HEADINGS, tasks.read().get(0).stream().map(c -> c.getRawValue()).toList());
        }
    }
}
