package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.medical.support.Api.countyCommunity;
import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.nationalId;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import gov.qinghai.followup.common.testing.StatementCounter;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * No N+1 on list and report paths: the JDBC statements of one request are counted ({@link StatementCounter}).
 * Each test makes more rows than its bound, so a query per row (its institutions, its alliance, its members) would
 * exceed the bound many times over; the bounds are the measured counts plus a small margin.
 */
@QuarkusTest
class StatementCountTest {
    @Inject
    SessionFactory sessionFactory;

    private long statements(String what, long bound, Supplier<ValidatableResponse> request) {
        long n = StatementCounter.count(sessionFactory, request::get);
        assertThat("statements for " + what, n, greaterThan(0L));
        assertThat("statements for " + what, n, lessThanOrEqualTo(bound));
        return n;
    }

    @Test
    void referralQueueOf30IssuesAFixedNumberOfStatements() {
        Api.CountyCommunity c = countyCommunity();
        for (int i = 0; i < 30; i++) {
            post(Tokens.reporter(c.townshipName()), "/api/v1/referrals", c.upJson(i % 3 == 0)).then().statusCode(201);
        }
        statements("GET /api/v1/referrals?toInstitutionId&size=50", 4, () -> given()
                .header("Authorization", bearer(Tokens.supervisor())).queryParam("toInstitutionId", c.countyHospital())
                .queryParam("size", 50).get("/api/v1/referrals").then().statusCode(200).body("items.size()", equalTo(30)));
    }

    @Test
    void institutionAndAlliancePagesOf50IssueAFixedNumberOfStatements() {
        for (int i = 0; i < 12; i++) {
            countyCommunity();   // two institutions, one alliance with a lead and a member each
        }
        statements("GET /api/v1/institutions?size=50", 4, () -> given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("size", 50).get("/api/v1/institutions").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(24)));
        statements("GET /api/v1/alliances?size=50", 5, () -> given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("size", 50).get("/api/v1/alliances").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(12)));
    }

    @Test
    void allianceMembersOf20IssueAFixedNumberOfStatements() {
        Api.CountyCommunity c = countyCommunity();
        for (int i = 0; i < 20; i++) {
            long member = institution(unique("杂多县村卫生室"), "PRIMARY", "PUBLIC", "VILLAGE_CLINIC", "VILLAGE", null, 802L);
            post(Tokens.admin(), "/api/v1/alliances/" + c.alliance() + "/members", "{\"institutionId\":" + member
                    + ",\"role\":\"MEMBER\",\"joinedOn\":\"2016-01-01\"}").then().statusCode(201);
        }
        statements("GET /api/v1/alliances/{id}/members", 6, () -> given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("size", 50).get("/api/v1/alliances/" + c.alliance() + "/members").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(20)));
    }

    @Test
    void prefecturesWithTheirCountiesIssueAFixedNumberOfStatements() {
        // the eight 市州 of the seed, each with several counties: a county query per 市州 would make 9+
        statements("GET /api/v1/prefectures", 4, () -> given().header("Authorization", bearer(Tokens.viewer()))
                .get("/api/v1/prefectures").then().statusCode(200).body("items.size()", equalTo(8))
                .body("items[7].counties.size()", greaterThan(1)));
    }

    @Test
    void longPrescriptionPageOf25IssuesAFixedNumberOfStatements() {
        String name = unique("称多县社区卫生服务中心");
        long id = institution(name, "PRIMARY", "PUBLIC", "COMMUNITY_HEALTH_CENTRE", "TOWNSHIP", null, 803L);
        for (int i = 0; i < 25; i++) {
            post(Tokens.reporter(name), "/api/v1/long-prescriptions", "{\"institutionId\":" + id + ",\"nationalId\":\""
                    + nationalId() + "\",\"contracted\":true,\"stableChronic\":true,\"condition\":\"高血压\","
                    + "\"startDate\":\"2017-03-01\",\"days\":30}").then().statusCode(201);
        }
        statements("GET /api/v1/long-prescriptions?institutionId&size=50", 4, () -> given()
                .header("Authorization", bearer(Tokens.supervisor())).queryParam("institutionId", id).queryParam("size", 50)
                .get("/api/v1/long-prescriptions").then().statusCode(200).body("items.size()", equalTo(25)));
    }
}
