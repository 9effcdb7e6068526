package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.actionplan.api.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Linked indicators of 135号 任务29 (medical-alliance-service) and 任务39 (project-tracking-service). */
@QuarkusTest
@QuarkusTestResource(FakePeers.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkedIndicatorTest {

    @Test
    @Order(1)
    void liveFamilyDoctorCoveragePerPrefecture() {
        FakePeers.failing = false;
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
    @Order(2)
    void liveEffectiveAlliancesPerPrefecture() {
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-alliances/linked").then().statusCode(200)
                .body("stale", equalTo(false))
                .body("key", equalTo("effectiveAlliances"))
                .body("values.find { it.scope == '西宁市' }.value", equalTo(2))
                .body("values.find { it.scope == '果洛州' }.met", equalTo(false));
    }

    @Test
    @Order(3)
    void taskStatusIsJudgedByTheLatestLinkedFigureLiveOrStale() {
        FakePeers.failing = false;
        // 135号 任务29 on 2018-01-05: the peer's figures for 2017 refer to 2017-12-31; 果洛州 decides (22.1 % < 30 %)
        String fd = "indicators.find { it.code == '29-family-doctor' }.";
        as(Tokens.viewer()).queryParam("asOf", "2018-01-05").get("/api/v1/tasks/29/status").then().statusCode(200)
                .body("status", equalTo("OVERDUE"))
                .body(fd + "actual", equalTo(22.1f))
                .body(fd + "actualAsOf", equalTo("2017-12-31"))
                .body(fd + "actualScope", equalTo("果洛州"))
                .body(fd + "actualSource", equalTo("MEDICAL_ALLIANCE"))
                .body(fd + "stale", equalTo(false))
                .body("indicators.find { it.code == '29-alliances' }.actual", equalTo(0))
                .body("reasons", hasItem(startsWith("29-family-doctor: deadline 2017-12-31 passed, actual 22.1 "
                        + "(2017-12-31, 果洛州, from MEDICAL_ALLIANCE)")));
        // a figure for the year end does not judge the task in October
        as(Tokens.viewer()).queryParam("asOf", "2017-10-10").get("/api/v1/tasks/29/status").then().statusCode(200)
                .body(fd + "actual", nullValue());
        FakePeers.withoutFigures = true;
        try {
            as(Tokens.viewer()).queryParam("asOf", "2018-01-05").get("/api/v1/tasks/29/status").then().statusCode(200)
                    .body("status", equalTo("OVERDUE"))
                    .body(fd + "actual", equalTo(22.1f))
                    .body(fd + "stale", equalTo(true))
                    .body("reasons", hasItem(containsString("果洛州, from MEDICAL_ALLIANCE, stale")));
        } finally {
            FakePeers.withoutFigures = false;
        }
    }

    @Test
    @Order(4)
    void failingPeerAnswersTheLastKnownValueMarkedStale() {
        String fetched = as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-family-doctor/linked").then()
                .statusCode(200).body("stale", equalTo(false)).extract().path("fetchedAt");
        FakePeers.failing = true;
        try {
            as(Tokens.viewer()).get("/api/v1/indicators/by-code/29-family-doctor/linked").then().statusCode(200)
                    .body("stale", equalTo(true))
                    .body("fetchedAt", equalTo(fetched))
                    .body("values.find { it.scope == '西宁市' }.value", equalTo(35.2f))
                    .body("problem", containsString("medical-alliance-service unavailable"));
        } finally {
            FakePeers.failing = false;
        }
    }

    @Test
    @Order(5)
    void deadPeerWithNoValueYetAnswersStaleNotAnError() {
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/39-construction-start/linked").then().statusCode(200)
                .body("stale", equalTo(true))
                .body("values", hasSize(0))
                .body("fetchedAt", nullValue())
                .body("met", nullValue())
                .body("problem", containsString("project-tracking-service unavailable"));
        // the circuit opens after repeated failures and still the answer is stale, not 5xx
        for (int i = 0; i < 3; i++) {
            as(Tokens.viewer()).get("/api/v1/indicators/by-code/39-funds-in-place/linked").then().statusCode(200)
                    .body("stale", equalTo(true));
        }
    }

    @Test
    @Order(6)
    void unlinkedIndicatorIsNotFetched() {
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/21-coal/linked").then().statusCode(422)
                .body("field", equalTo("code"));
        as(Tokens.viewer()).get("/api/v1/indicators/by-code/99-none/linked").then().statusCode(404);
        as(null).get("/api/v1/indicators/by-code/21-coal/linked").then().statusCode(401);
    }
}
