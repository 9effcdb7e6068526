package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.medical.api.AllianceResourceTest.alliance;
import static gov.qinghai.followup.medical.api.FamilyDoctorResourceTest.figure;
import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Verdicts against 140号's targets: exact, complete, by county, and "0 of N" rather than nothing. */
@QuarkusTest
class VerdictsTest {

    @Test
    void comparesTheExactShareNotTheRoundedOne() {
        // 59,999 of 200,000 = 29.9995 %: shown as 30.00, but 2017's 30 % is not reached (海北州, 2017-11)
        post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(5, "2017-11", 200_000, 59_999, 20_000, 16_999))
                .then().statusCode(201);
        get(Tokens.viewer(), "/api/v1/family-doctor/coverage?year=2017&upTo=2017-11").then().statusCode(200)
                .body("prefectures.find { it.prefecture == '海北州' }.coveragePct", equalTo(30.0f))
                .body("prefectures.find { it.prefecture == '海北州' }.meetsTarget", equalTo(false))
                .body("prefectures.find { it.prefecture == '海北州' }.meetsKeyTarget", equalTo(true));
    }

    @Test
    void givesTheProvinceNoVerdictUntilEveryPrefectureReportedInJsonCsvAndXlsx() throws Exception {
        // only 海南州 reports in 2018-Q1, well above 2018's 50 % / 85 %
        post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(4, "2018-02", 100_000, 90_000, 10_000, 9_000))
                .then().statusCode(201);
        get(Tokens.viewer(), "/api/v1/family-doctor/coverage?year=2018&upTo=2018-02").then().statusCode(200)
                .body("complete", equalTo(false)).body("missing", hasItem("西宁市"))
                .body("province.meetsTarget", nullValue()).body("province.meetsKeyTarget", nullValue())
                .body("note", containsString("全省 verdict incomplete"));
        post(Tokens.admin(), "/api/v1/admin/jobs/quarterly-report/run?date=2018-04-01", "").then().statusCode(200);
        get(Tokens.viewer(), "/api/v1/period-reports/quarterly/2018-Q1").then().statusCode(200)
                .body("rows.find { it.prefecture == '海南州' }.contractingTargetMet", equalTo(true))
                .body("rows.find { it.prefecture == '全省' }.contractingTargetMet", nullValue())
                .body("rows.find { it.prefecture == '全省' }.keyTargetMet", nullValue())
                .body("rows.find { it.prefecture == '全省' }.missingPrefectures", containsString("西宁市"));
        String csv = new String(given().header("Authorization", bearer(Tokens.viewer())).accept("text/csv")
                .get("/api/v1/period-reports/quarterly/2018-Q1").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("缺报市州"), csv);
        String provinceLine = csv.lines().filter(l -> l.startsWith("全省,")).findFirst().orElseThrow();
        assertTrue(provinceLine.contains("西宁市"), provinceLine);
        byte[] xlsx = get(Tokens.viewer(), "/api/v1/period-reports/quarterly/2018-Q1?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            int last = rows.get(0).getCellCount() - 1;
            assertEquals("缺报市州", rows.get(0).getCellText(last));
            Row province = rows.stream().filter(r -> "全省".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertTrue(province.getCellText(last).contains("西宁市"));
        }
    }

    @Test
    void countsCountyPilotsByDistinctCounty() {
        // two pilot 医共体 in 达日县 (果洛州) are one pilot county, not the two counties 三(一)4 asks for
        for (int i = 0; i < 2; i++) {
            long lead = institution(unique("达日县医院"), "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 704L);
            alliance(unique("达日县医共体"), "COUNTY_COMMUNITY", lead, null, 704L, true);
        }
        get(Tokens.viewer(), "/api/v1/coverage/county-pilots?on=2017-12-31").then().statusCode(200)
                .body("prefectures.find { it.prefecture == '果洛州' }.pilots", equalTo(1))
                .body("prefectures.find { it.prefecture == '果洛州' }.meetsTarget", equalTo(false));
    }

    @Test
    void answersMembershipForEveryPrefectureAndCategoryEvenWithNoInstitutions() {
        get(Tokens.viewer(), "/api/v1/coverage/membership?on=2017-12-31").then().statusCode(200)
                .body("province.size()", equalTo(2))
                .body("byPrefecture.findAll { it.prefecture != '省级' && it.category == 'SECONDARY_PUBLIC_HOSPITAL' }"
                        + ".size()", equalTo(8))
                .body("byPrefecture.findAll { it.prefecture != '省级' && it.category == 'GOVERNMENT_PRIMARY' }.size()",
                        equalTo(8))
                .body("byPrefecture.findAll { it.institutions == 0 && it.sharePct != null }.size()", equalTo(0));
        get(Tokens.viewer(), "/api/v1/coverage/telemedicine?on=2017-12-31").then().statusCode(200)
                .body("countyInstitutionsInNotice", equalTo(44)).body("townshipCentresInNotice", equalTo(405));
    }

    @Test
    void refusesFamilyDoctorFiguresForAMonthNotYetBegun() {
        String next = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString();
        problem(post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(8, next, 1000, 300, 200, 120)), 422)
                .body("field", equalTo("period"));
    }
}
