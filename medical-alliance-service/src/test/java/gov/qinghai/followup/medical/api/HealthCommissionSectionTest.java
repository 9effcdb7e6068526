package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.send;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.report.AssessmentIndicators;
import gov.qinghai.followup.medical.report.CommissionSection;
import gov.qinghai.followup.medical.report.QuarterlyReport;
import gov.qinghai.followup.medical.report.QuarterlyReports;
import gov.qinghai.followup.medical.report.RearrangementObligation;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The health commission's section of the quarterly report: the notice's dates as data, 140号 四(四)'s indicators,
 * and 五(一)'s 再安排 by every 三级公立医院 as a tracked obligation, with notes in Chinese.
 */
@QuarkusTest
class HealthCommissionSectionTest {
    @Inject
    QuarterlyReports reports;
    @Inject
    gov.qinghai.followup.common.reports.PeriodReportStore store;

    private static String bureau(long prefecture) {
        return new String[] {"", "西宁市", "海东市", "海西州", "海南州", "海北州", "黄南州", "果洛州", "玉树州"}[(int) prefecture]
                + "卫生计生委";
    }

    private static void visits(long prefecture, String period, long total, long primary) {
        send("PUT", Tokens.reporter(bureau(prefecture)), "/api/v1/indicators/visits", "{\"prefectureId\":" + prefecture
                + ",\"period\":\"" + period + "\",\"totalVisits\":" + total + ",\"primaryVisits\":" + primary + "}")
                .then().statusCode(200);
    }

    @Test
    void theShareOfVisitsAtPrimaryInstitutionsNeedsEveryMonthOfEveryPrefecture() {
        // 2019-Q2: 果洛州 reports all three months, the others nothing
        visits(7, "2019-04", 1000, 500);
        visits(7, "2019-05", 1000, 250);
        visits(7, "2019-06", 1000, 250);
        get(Tokens.viewer(), "/api/v1/indicators?quarter=2019-Q2").then().statusCode(200)
                .body("prefectures.find { it.prefecture == '果洛州' }.primarySharePct", equalTo(33.3f))
                .body("prefectures.find { it.prefecture == '果洛州' }.monthsReported", equalTo(3))
                .body("province.primarySharePct", nullValue())
                .body("missing", hasItem("西宁市"))
                .body("note", containsString("全省数据不全"));
        // a month's visits are refused from another 市州's reporter, with more 基层 than all visits, and twice
        problem(send("PUT", Tokens.reporter(bureau(1)), "/api/v1/indicators/visits", "{\"prefectureId\":7,"
                + "\"period\":\"2019-07\",\"totalVisits\":10,\"primaryVisits\":5}"), 403);
        problem(send("PUT", Tokens.reporter(bureau(7)), "/api/v1/indicators/visits", "{\"prefectureId\":7,"
                + "\"period\":\"2019-07\",\"totalVisits\":10,\"primaryVisits\":11}"), 422)
                .body("field", equalTo("primaryVisits"));
        problem(send("PUT", Tokens.reporter(bureau(7)), "/api/v1/indicators/visits", "{\"prefectureId\":7,"
                + "\"period\":\"2019-04\",\"totalVisits\":10,\"primaryVisits\":5}"), 409);
    }

    @Test
    void theQuarterlyReportCarriesTheCommissionsSectionWithTheNoticeDatesAsData() {
        // 2019-Q3: every 市州 reports every month, so the 全省 share exists: 3 × 8 × 400 of 3 × 8 × 1000 = 40.0 %
        for (long p = 1; p <= 8; p++) {
            for (String m : new String[] {"2019-07", "2019-08", "2019-09"}) {
                visits(p, m, 1000, 400);
            }
        }
        long hospital = Api.institution(Api.unique("果洛州三级医院"), "TERTIARY", "PUBLIC", "HOSPITAL", "PREFECTURE", 7L,
                null);
        long late = Api.institution(Api.unique("果洛州另一三级医院"), "TERTIARY", "PUBLIC", "HOSPITAL", "PREFECTURE", 7L,
                null);
        send("PUT", Tokens.supervisor(), "/api/v1/obligations/rearrangement/" + late, "{\"doneOn\":\"2019-09-10\","
                + "\"documentRef\":\"院发〔2019〕3号\"}").then().statusCode(200);
        post(Tokens.admin(), "/api/v1/admin/jobs/quarterly-report/run?date=2019-10-01", "").then().statusCode(200)
                .body("ran", equalTo(true));
        QuarterlyReport report = QuarkusTransaction.requiringNew().call(() -> reports.read(
                store.find("quarterly", "2019-Q3", "", null).orElseThrow().content()));
        CommissionSection c = report.commission();
        assertEquals(LocalDate.of(2017, 8, 3), c.notice().issuedOn());
        assertEquals(LocalDate.of(2017, 9, 2), c.notice().effectiveOn());
        assertEquals("本实施方案自2017年9月2日起施行", c.notice().effectiveQuote());
        AssessmentIndicators.Result ind = c.indicators();
        assertEquals(0, new BigDecimal("40.0").compareTo(ind.province().primarySharePct()), ind.toString());
        assertTrue(ind.missing().isEmpty());
        assertTrue(ind.note().contains("基层医疗卫生机构诊疗量占比 40.0%"), ind.note());
        RearrangementObligation.Result r = c.rearrangement();
        assertEquals(LocalDate.of(2017, 8, 31), r.dueOn());
        assertEquals("OVERDUE", r.rows().stream().filter(x -> x.institutionId() == hospital).findFirst().orElseThrow()
                .status().name());
        assertEquals("逾期完成", r.rows().stream().filter(x -> x.institutionId() == late).findFirst().orElseThrow()
                .statusLabel());
        assertTrue(r.note().contains("尚未完成（已逾期）"), r.note());
        assertTrue(c.membershipNote().contains("140号 二 要求到2020年全部参与"), c.membershipNote());
        assertTrue(c.countyPilotsNote().startsWith("每个市州2个县乡村一体化管理试点县"), c.countyPilotsNote());
        assertTrue(c.telemedicineNote().contains("/44"), c.telemedicineNote());
        assertTrue(c.familyDoctorByCounty().note().startsWith("2019-09："), c.familyDoctorByCounty().note());
        // the XLSX carries the section on its own sheet, in Chinese
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(gov.qinghai.followup.medical.report.ReportFormats.xlsx(report,
                        report.rows())))) {
            org.dhatim.fastexcel.reader.Sheet sheet = wb.getSheets().filter(x -> x.getName().equals("卫生计生委"))
                    .findFirst().orElseThrow();
            String text = sheet.read().stream().map(row -> row.stream().map(cell -> cell == null ? ""
                    : cell.getRawValue() == null ? "" : cell.getRawValue()).toList().toString()).toList().toString();
            assertTrue(text.contains("施行日期"), text);
            assertTrue(text.contains("基层医疗卫生机构诊疗量占比 40.0%"), text);
            assertTrue(text.contains("逾期完成") && text.contains("逾期未完成"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // one 市州's rows keep the section
        QuarterlyReport one = report.withRows(report.rows().subList(0, 1));
        assertEquals(1, one.rows().size());
        assertEquals(c, one.commission());
    }

    @Test
    void familyDoctorFiguresByCountyAndGroupMeetTheirOwnTargetExactly() {
        // 2018 (targets 50 % residents, 85 % 重点人群): 玛多县 (706, 果洛州) in 2018-05
        String figure = "{\"countyId\":706,\"period\":\"2018-05\",\"group\":\"%s\",\"population\":%d,"
                + "\"contracted\":%d}";
        send("PUT", Tokens.reporter(bureau(7)), "/api/v1/family-doctor/counties",
                String.format(figure, "RESIDENTS", 20000, 10000)).then().statusCode(200);
        // 16,999 of 20,000 is 84.995 %: shown as 85.00, and not the 85 % the notice asks
        send("PUT", Tokens.reporter(bureau(7)), "/api/v1/family-doctor/counties",
                String.format(figure, "ELDERLY", 20000, 16999)).then().statusCode(200);
        send("PUT", Tokens.reporter(bureau(7)), "/api/v1/family-doctor/counties",
                String.format(figure, "CHRONIC", 2000, 1700)).then().statusCode(200);
        problem(send("PUT", Tokens.reporter(bureau(1)), "/api/v1/family-doctor/counties",
                String.format(figure, "CHILDREN", 100, 50)), 403);
        problem(send("PUT", Tokens.reporter(bureau(7)), "/api/v1/family-doctor/counties",
                String.format(figure, "CHILDREN", 100, 101)), 422).body("field", equalTo("contracted"));
        problem(send("PUT", Tokens.reporter(bureau(7)), "/api/v1/family-doctor/counties",
                String.format(figure, "ELDERLY", 20000, 17000)), 409);
        get(Tokens.viewer(), "/api/v1/family-doctor/counties?year=2018&upTo=2018-06").then().statusCode(200)
                .body("rows.find { it.county == '玛多县' && it.group == 'RESIDENTS' }.meetsTarget", equalTo(true))
                .body("rows.find { it.county == '玛多县' && it.group == 'RESIDENTS' }.targetPct", equalTo(50))
                .body("rows.find { it.county == '玛多县' && it.group == 'ELDERLY' }.coveragePct", equalTo(85.00f))
                .body("rows.find { it.county == '玛多县' && it.group == 'ELDERLY' }.meetsTarget", equalTo(false))
                .body("rows.find { it.county == '玛多县' && it.group == 'ELDERLY' }.groupLabel", equalTo("老年人"))
                .body("rows.find { it.county == '玛多县' && it.group == 'CHRONIC' }.meetsTarget", equalTo(true))
                .body("note", containsString("玛多县 老年人 85.00%（目标85%）"));
    }

    @Test
    void aTertiaryPublicHospitalRecordsItsRearrangementOnceWithinTheNotice() {
        String name = Api.unique("海南州三级医院");
        long hospital = Api.institution(name, "TERTIARY", "PUBLIC", "HOSPITAL", "PREFECTURE", 4L, null);
        long secondary = Api.institution(Api.unique("海南州二级医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "PREFECTURE", 4L,
                null);
        String body = "{\"doneOn\":\"2017-08-28\",\"documentRef\":\"院发〔2017〕52号 医联体建设再部署方案\"}";
        problem(send("PUT", Tokens.reporter(Api.unique("别的医院")), "/api/v1/obligations/rearrangement/" + hospital, body),
                403);
        problem(send("PUT", Tokens.supervisor(), "/api/v1/obligations/rearrangement/" + secondary, body), 422)
                .body("field", equalTo("institutionId"));
        problem(send("PUT", Tokens.reporter(name), "/api/v1/obligations/rearrangement/" + hospital,
                body.replace("2017-08-28", "2017-08-01")), 422).body("field", equalTo("doneOn"));
        send("PUT", Tokens.reporter(name), "/api/v1/obligations/rearrangement/" + hospital, body).then().statusCode(200)
                .body("version", equalTo(0));
        problem(send("PUT", Tokens.reporter(name), "/api/v1/obligations/rearrangement/" + hospital, body), 409);
        get(Tokens.viewer(), "/api/v1/obligations/rearrangement?asOf=2017-09-30").then().statusCode(200)
                .body("dueOn", equalTo("2017-08-31"))
                .body("rows.find { it.institutionId == " + hospital + " }.status", equalTo("DONE_ON_TIME"))
                .body("rows.find { it.institutionId == " + hospital + " }.statusLabel", equalTo("按期完成"));
        // asked about a day before it was done, it was still due
        get(Tokens.viewer(), "/api/v1/obligations/rearrangement?asOf=2017-08-20").then().statusCode(200)
                .body("rows.find { it.institutionId == " + hospital + " }.status", equalTo("PENDING"));
    }
}
