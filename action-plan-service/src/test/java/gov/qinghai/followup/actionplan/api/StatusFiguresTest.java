package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.actual;
import static gov.qinghai.followup.actionplan.api.Api.as;
import static gov.qinghai.followup.actionplan.api.Api.post;
import static gov.qinghai.followup.actionplan.api.Api.report;
import static gov.qinghai.followup.actionplan.api.Api.runJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Whose figure counts, when reporting ends, and one reading of a deadline for status and quarterly report. */
@QuarkusTest
class StatusFiguresTest {

    @Test
    void leadUnitsFigureIsNotOverriddenByAResponsibleUnitsPartialFigure() {
        // 135号 任务17: 新认定科技型企业40家; 省科技厅 (牵头) reports 42 for the province, then 省教育厅 (责任) its 3
        post(Tokens.reporter("省科技厅"), "/api/v1/tasks/17/reports",
                report("2017-09", "新认定科技型企业42家。", "[" + actual("17-tech-firms", "42", "2017-09-20") + "]"))
                .then().statusCode(201);
        post(Tokens.reporter("省教育厅"), "/api/v1/tasks/17/reports",
                report("2017-09", "高校科技型企业3家。", "[" + actual("17-tech-firms", "3", "2017-09-28") + "]"))
                .then().statusCode(201);
        String firms = "indicators.find { it.code == '17-tech-firms' }.";
        as(Tokens.viewer()).queryParam("asOf", "2017-09-29").get("/api/v1/tasks/17/status").then().statusCode(200)
                .body(firms + "actual", equalTo(42))
                .body(firms + "actualScope", equalTo("省科技厅"))
                .body(firms + "rule", equalTo("PROVINCE"))
                .body(firms + "basis", containsString("stands for the province"))
                .body(firms + "figures", hasSize(2))
                .body(firms + "figures.find { it.scope == '省教育厅' }.value", equalTo(3))
                .body(firms + "figures.find { it.scope == '省教育厅' }.used", equalTo(false))
                .body("reasons", not(org.hamcrest.Matchers.hasItem(containsString("17-tech-firms"))));
        Assertions.assertEquals("PROVINCE",
                Api.task(17).getString("indicators.find { it.code == '17-tech-firms' }.figureRule"));
        Assertions.assertEquals("WEAKEST", Api.task(29).getString("indicators.find { it.code == '29-alliances' }.figureRule"));
    }

    @Test
    void aTaskMetOwesNoReportAfterTheMonthItWasMet() {
        // 135号 任务10: 打造…农牧业品牌30个, 省农牧厅 reports 31 for August
        post(Tokens.reporter("省农牧厅"), "/api/v1/tasks/10/reports",
                report("2017-08", "认定品牌31个。", "[" + actual("10-brands", "31", "2017-08-31") + "]"))
                .then().statusCode(201);
        as(Tokens.viewer()).queryParam("asOf", "2017-12-10").get("/api/v1/tasks/10/status").then().statusCode(200)
                .body("status", equalTo("MET"))
                .body("reportsMissing", equalTo(0))
                .body("reporting.owedFrom", equalTo("2017-08"))
                .body("reporting.owedUntil", equalTo("2017-08"))
                .body("reporting.basis", containsString("met by figures as of 2017-08-31"))
                .body("reporting.missing", hasSize(0));
        List<Map<String, Object>> lagging = as(Tokens.supervisor()).queryParam("asOf", "2017-12-10")
                .queryParam("size", 200).get("/api/v1/lagging-units").then().statusCode(200)
                .extract().jsonPath().getList("items");
        lagging.stream().filter(m -> m.get("unit").equals("省农牧厅")).flatMap(m -> ((List<?>) m.get("evidence")).stream())
                .forEach(e -> Assertions.assertFalse(e.toString().startsWith("task 10:"), e.toString()));
    }

    @Test
    void anOpenTaskSaysWhichMonthsItsUnitsOweAndWhichAreMissing() {
        // 135号 任务2 (deadline 三季度): on 2017-12-10 its lead owes 2017-08 and 2017-09 only, not October or November
        as(Tokens.viewer()).queryParam("asOf", "2017-12-10").get("/api/v1/tasks/2/status").then().statusCode(200)
                .body("reporting.owedUntil", equalTo("2017-09"))
                .body("reporting.missing.find { it.unit == '三江源国家公园管理局' }.periods",
                        org.hamcrest.Matchers.contains("2017-08", "2017-09"))
                .body("reportsMissing", equalTo(2));
    }

    @Test
    void aTargetDueOnTheReportDateIsNotCountedMissedByTheQuarterlyReportNorTheStatus() {
        // 135号 任务45: 规上工业增长7%以上 (今年): due 2017-12-31, the date of the 2017-Q4 report
        runJob("quarterly-report", "2018-01-01").then().statusCode(200).body("period", equalTo("2017-Q4"));
        as(Tokens.viewer()).queryParam("asOf", "2017-12-31").get("/api/v1/tasks/45/status").then().statusCode(200)
                .body("status", not(equalTo("OVERDUE")));
        as(Tokens.viewer()).queryParam("size", 100).get("/api/v1/period-reports/quarterly/2017-Q4").then().statusCode(200)
                .body("asOf", equalTo("2017-12-31"))
                .body("tasks.items.find { it.number == 45 }.status", not(equalTo("OVERDUE")))
                .body("tasks.items.find { it.number == 45 }.indicators[0].met", nullValue());
    }
}
