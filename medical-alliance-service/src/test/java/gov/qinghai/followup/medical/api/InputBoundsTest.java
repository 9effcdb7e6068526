package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dates and periods in the configured window (2017-01-01 to the horizon after today; alliances and members since
 * 2009, family doctor figures since 2015), keyword searches as literal text, audit trails of records that never
 * existed: each refused with a 4xx naming the field, fast.
 */
@QuarkusTest
class InputBoundsTest {

    /** The first request of a fresh JVM warms up (token checks, class loading); the timings are of the later ones. */
    @BeforeEach
    void warmUp() {
        get(Tokens.viewer(), "/api/v1/referrals/statistics?from=2017-01-01&to=9999-12-31&groupBy=ALLIANCE");
    }

    private static io.restassured.specification.RequestSpecification viewer() {
        return io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(Tokens.viewer()));
    }

    @Test
    void refusesStatisticsAndCoverageDatesOutsideTheWindowFast() {
        problem(get(Tokens.viewer(), "/api/v1/referrals/statistics?from=2017-01-01&to=9999-12-31&groupBy=ALLIANCE"), 400)
                .body("field", equalTo("to")).time(lessThan(1000L));
        problem(get(Tokens.viewer(), "/api/v1/referrals/statistics?from=0001-01-01&to=2017-12-31&groupBy=ALLIANCE"), 400)
                .body("field", equalTo("from"));
        problem(get(Tokens.viewer(), "/api/v1/referrals/statistics?from=2017-01-01&to=2017-12-31&groupBy=ALLIANCE"
                + "&asOf=9999-12-31T00:00:00Z"), 400).body("field", equalTo("asOf"));
        problem(viewer().queryParam("on", "+10000-01-01").get("/api/v1/coverage/membership"), 400).body("field", equalTo("on"));
        problem(get(Tokens.viewer(), "/api/v1/coverage/prefectures?year=9999"), 400)
                .body("violations.field", hasItem("year"));
        problem(get(Tokens.viewer(), "/api/v1/period-reports/quarterly/9999-Q4"), 400).body("field", equalTo("period"));
        problem(get(Tokens.viewer(), "/api/v1/reminders?period=2017-13-45"), 400).body("violations.field", hasItem("period"));
        problem(io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(Tokens.admin()))
                .post("/api/v1/admin/jobs/pending-referral-alerts/run?date=9999-12-31"), 400)
                .body("field", equalTo("date"));
    }

    @Test
    void anAllianceMayBeOlderThanTheNoticeButNotAncient() {
        Api.CountyCommunity c = Api.countyCommunity(); // established 2015-01-01: before the notice, accepted
        problem(post(Tokens.admin(), "/api/v1/alliances", "{\"name\":\"" + unique("远古医联体")
                + "\",\"kind\":\"COUNTY_COMMUNITY\",\"leadInstitutionId\":" + c.countyHospital() + ",\"countyId\":802,"
                + "\"status\":\"ESTABLISHED\",\"establishedOn\":\"1900-01-01\"}"), 400)
                .body("field", equalTo("establishedOn"));
        problem(post(Tokens.admin(), "/api/v1/alliances/" + c.alliance() + "/members", "{\"institutionId\":"
                + c.township() + ",\"role\":\"MEMBER\",\"joinedOn\":\"9999-01-01\"}"), 400)
                .body("field", equalTo("joinedOn"));
    }

    @Test
    void aKeywordIsLiteralTextNotAWildcard() {
        for (String q : List.of("%", "_")) {
            viewer().queryParam("q", q).get("/api/v1/alliances").then().statusCode(200).body("total", equalTo(0));
            viewer().queryParam("q", q).get("/api/v1/institutions").then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Test
    void theHistoryOfARecordThatNeverExistedIsNotFound() {
        for (String path : List.of("/api/v1/alliances/999999999/history", "/api/v1/institutions/999999999/history",
                "/api/v1/referrals/999999999/history", "/api/v1/family-doctor/figures/999999999/history")) {
            problem(get(Tokens.admin(), path), 404);
        }
    }
}
