package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Linked indicators of 135号 任务29 (medical-alliance-service) and 任务39 (project-tracking-service). Each test starts
 * with healthy peers and closed circuit breakers: a test that makes a peer fail opens its breaker for 30 s, which
 * would turn the next test's live answer stale whatever the order.
 */
@QuarkusTest
@QuarkusTestResource(FakePeers.class)
class LinkedIndicatorTest {
    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void healthyPeersAndClosedBreakers() {
        FakePeers.failing = false;
        FakePeers.withoutFigures = false;
        breakers.resetAll();
    }

    @Test
    void liveFamilyDoctorCoveragePerPrefecture() {
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-family-doctor/linked").then().statusCode(200)
                .body("stale", equalTo(false))
                .body("source", equalTo("MEDICAL_ALLIANCE"))
                .body("values", hasSize(9))
                .body("values.find { it.scope == '西宁市' }.value", equalTo(35.2f))
                .body("values.find { it.scope == '西宁市' }.met", equalTo(true))
                .body("values.find { it.scope == '果洛州' }.met", equalTo(false))
                .body("met", equalTo(false))
                .body("fetchedAt", notNullValue());
    }

    @Test
    void liveEffectiveAlliancesPerPrefecture() {
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-alliances/linked").then().statusCode(200)
                .body("stale", equalTo(false))
                .body("key", equalTo("effectiveAlliances"))
                .body("values.find { it.scope == '西宁市' }.value", equalTo(2))
                .body("values.find { it.scope == '果洛州' }.met", equalTo(false));
    }

    @Test
    void taskStatusIsJudgedByTheLatestLinkedFigureLiveOrStale() {
        // 135号 任务29 on 2018-01-05: the peer's figures for 2017 refer to 2017-12-31. 140号 sets 30 % for 全省: the
        // province's 31.5 % meets it, 市州 figures beside it; 各市（州）…至少建成一个医联体: 果洛州's 0 decides
        String fd = "indicators.find { it.code == '29-family-doctor' }.";
        String al = "indicators.find { it.code == '29-alliances' }.";
        as(Tokens.viewer()).queryParam("asOf", "2018-01-05").get("/api/v1/tasks/29/status").then().statusCode(200)
                .body("status", equalTo("OVERDUE"))
                .body(fd + "actual", equalTo(31.5f))
                .body(fd + "actualAsOf", equalTo("2017-12-31"))
                .body(fd + "actualScope", equalTo("全省"))
                .body(fd + "actualSource", equalTo("MEDICAL_ALLIANCE"))
                .body(fd + "rule", equalTo("PROVINCE"))
                .body(fd + "stale", equalTo(false))
                .body(fd + "figures.find { it.scope == '果洛州' }.value", equalTo(22.1f))
                .body(fd + "figures.find { it.scope == '果洛州' }.used", equalTo(false))
                .body(fd + "figures.find { it.scope == '全省' }.used", equalTo(true))
                .body("reasons", not(hasItem(startsWith("29-family-doctor"))))
                .body(al + "actual", equalTo(0))
                .body(al + "rule", equalTo("WEAKEST"))
                .body(al + "actualScope", equalTo("果洛州"))
                .body("reasons", hasItem(startsWith("29-alliances: deadline 2017-12-31 passed, actual 0 "
                        + "(2017-12-31, 果洛州, from MEDICAL_ALLIANCE)")));
        // a figure for the year end does not judge the task in October
        as(Tokens.viewer()).queryParam("asOf", "2017-10-10").get("/api/v1/tasks/29/status").then().statusCode(200)
                .body(fd + "actual", nullValue());
        FakePeers.withoutFigures = true;
        try {
            as(Tokens.viewer()).queryParam("asOf", "2018-01-05").get("/api/v1/tasks/29/status").then().statusCode(200)
                    .body("status", equalTo("OVERDUE"))
                    .body(fd + "actual", equalTo(31.5f))
                    .body(fd + "stale", equalTo(true));
            // a peer that answers without figures has "no figures yet": no Java class name in the answer
            as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-family-doctor/linked").then().statusCode(200)
                    .body("stale", equalTo(true))
                    .body("problem", equalTo("medical-alliance-service answered with no figures yet for 'coveragePct'"));
        } finally {
            FakePeers.withoutFigures = false;
        }
    }

    @Test
    void failingPeerAnswersTheLastKnownValueMarkedStale() {
        String fetched = as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-family-doctor/linked").then()
                .statusCode(200).body("stale", equalTo(false)).extract().path("fetchedAt");
        FakePeers.failing = true;
        try {
            as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-family-doctor/linked").then().statusCode(200)
                    .body("stale", equalTo(true))
                    .body("fetchedAt", equalTo(fetched))
                    .body("values.find { it.scope == '西宁市' }.value", equalTo(35.2f))
                    .body("problem", containsString("medical-alliance-service unavailable: "))
                    .body("problem", not(containsString("Exception")));
        } finally {
            FakePeers.failing = false;
        }
    }

    @Test
    void deadPeerWithNoValueYetAnswersStaleNotAnError() {
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/39-construction-start/linked").then().statusCode(200)
                .body("stale", equalTo(true))
                .body("values", hasSize(0))
                .body("fetchedAt", nullValue())
                .body("met", nullValue())
                .body("problem", containsString("project-tracking-service unavailable"))
                .body("problem", not(containsString("Exception")));
        // the circuit opens after repeated failures and still the answer is stale, not 5xx
        for (int i = 0; i < 3; i++) {
            as(Tokens.viewer()).get("/api/v1/indicators/by-code/39-funds-in-place/linked").then().statusCode(200)
                    .body("stale", equalTo(true));
        }
    }

    @Test
    void peerCallsCarryAShortLivedTokenMintedFromTheServiceKey() throws Exception {
        // no caller's token is passed on: a job or status call reaches the peer with action-plan's own viewer token
        FakePeers.lastAuthorization = null;
        as(Tokens.admin()).get("/api/v1/indicators/by-code/29-family-doctor/linked").then().statusCode(200);
        String header = FakePeers.lastAuthorization;
        org.junit.jupiter.api.Assertions.assertNotNull(header);
        com.fasterxml.jackson.databind.JsonNode claims = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                java.util.Base64.getUrlDecoder().decode(header.substring("Bearer ".length()).split("\\.")[1]));
        org.junit.jupiter.api.Assertions.assertEquals("action-plan-service", claims.path("sub").asText());
        org.junit.jupiter.api.Assertions.assertEquals("[\"viewer\"]", claims.path("groups").toString());
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        org.junit.jupiter.api.Assertions.assertTrue(lifetime > 0 && lifetime <= 300, "lives minutes: " + lifetime);
    }

    @Test
    void unlinkedIndicatorIsNotFetched() {
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/21-coal/linked").then().statusCode(422)
                .body("field", equalTo("code"));
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/99-none/linked").then().statusCode(404);
        as(null).get("/api/v1/indicators/by-code/21-coal/linked").then().statusCode(401);
    }
}
