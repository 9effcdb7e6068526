package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.api.AllianceResourceTest.nameOf;
import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.nationalId;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gov.qinghai.followup.common.testing.LogCapture;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 双向转诊 (140号 三(二)3–4): lifecycle, priority for 签约 patients, out-of-alliance flag, pseudonymity. */
@QuarkusTest
class ReferralResourceTest {
    @Inject
    DataSource dataSource;

    Api.CountyCommunity community;
    long township;
    long countyHospital;
    long alliance;
    String townshipName;
    String countyName;

    /** A 县域医共体 in 杂多县 (玉树州): the county hospital leads, one township centre is a member. */
    @BeforeEach
    void countyCommunity() {
        Api.CountyCommunity c = Api.countyCommunity();
        community = c;
        township = c.township();
        townshipName = c.townshipName();
        countyHospital = c.countyHospital();
        countyName = c.countyName();
        alliance = c.alliance();
    }

    @Test
    void runsTheWholeLifecycleAndClosesTheLoop() {
        long id = requestUp(true, null);
        get(Tokens.supervisor(), "/api/v1/referrals/" + id).then().body("status", equalTo("REQUESTED"))
                .body("allianceId", equalTo((int) alliance)).body("outOfAlliance", equalTo(false));
        step(id, "accept", countyName, "{\"version\":0}").then().statusCode(200)
                .body("fhirStatus", equalTo("accepted")).body("acceptedAt", notNullValue());
        step(id, "start", countyName, "{\"version\":1}").then().statusCode(200).body("fhirStatus", equalTo("in-progress"));
        step(id, "complete", countyName, "{\"version\":2,\"feedback\":\"治疗结束,已转回乡镇卫生院随访\","
                + "\"dischargeSummaryRef\":\"EMR-1/出院小结\"}").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("fhirStatus", equalTo("completed"))
                .body("feedback", equalTo("治疗结束,已转回乡镇卫生院随访"))
                .body("completedAt", notNullValue()).body("allowedActions.size()", equalTo(0));
        get(Tokens.supervisor(), "/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .body("size()", equalTo(4)).body("[-1].after.status", equalTo("COMPLETED"));
    }

    @Test
    void refusesIllegalTransitionsWithTheAllowedOnes() {
        long id = requestUp(false, null);
        problem(step(id, "start", countyName, "{\"version\":0}"), 409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("currentStatus", equalTo("REQUESTED"))
                .body("allowedActions", hasItem("ACCEPT"));
        problem(step(id, "reject", countyName, "{\"version\":0}"), 422).body("field", equalTo("reason"));
        step(id, "reject", countyName, "{\"version\":0,\"reason\":\"无床位\"}").then().statusCode(200)
                .body("fhirStatus", equalTo("rejected"));
        problem(step(id, "accept", countyName, "{\"version\":1}"), 409).body("allowedActions.size()", equalTo(0));
        problem(step(id, "cancel", townshipName, "{\"version\":1,\"reason\":\"x\"}"), 409);
        problem(step(id, "fly", countyName, "{\"version\":1}"), 404);
    }

    @Test
    void letsOnlyTheRightSideAct() {
        long id = requestUp(false, null);
        problem(step(id, "accept", townshipName, "{\"version\":0}"), 403);
        problem(step(id, "cancel", countyName, "{\"version\":0,\"reason\":\"x\"}"), 403);
        step(id, "cancel", townshipName, "{\"version\":0,\"reason\":\"患者改变主意\"}").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledAt", notNullValue());
        problem(post(Tokens.reporter(countyName), "/api/v1/referrals", upJson(false)), 403);
    }

    @Test
    void putsContractedPatientsFirstInTheQueue() {
        long routine = requestUp(false, null);
        long contracted = requestUp(true, null);
        get(Tokens.supervisor(), "/api/v1/referrals?status=REQUESTED&toInstitutionId=" + countyHospital).then()
                .body("items[0].id", equalTo((int) contracted)).body("items[0].priority", equalTo("PRIORITY"))
                .body("items[1].id", equalTo((int) routine)).body("items[1].priority", equalTo("ROUTINE"));
    }

    @Test
    void appliesARetriedRequestWithTheSameIdempotencyKeyOnce() {
        String key = unique("retry");
        String body = upJson(true);
        long first = io.restassured.RestAssured.given().header("Authorization", "Bearer " + Tokens.reporter(townshipName))
                .header("Idempotency-Key", key).contentType("application/json").body(body).post("/api/v1/referrals")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Tokens.reporter(townshipName))
                .header("Idempotency-Key", key).contentType("application/json").body(body).post("/api/v1/referrals")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        problem(io.restassured.RestAssured.given().header("Authorization", "Bearer " + Tokens.reporter(townshipName))
                .header("Idempotency-Key", key).contentType("application/json").body(upJson(false))
                .post("/api/v1/referrals"), 422).body("field", equalTo("Idempotency-Key"));
        get(Tokens.supervisor(), "/api/v1/referrals?fromInstitutionId=" + township).then().body("total", equalTo(1));
    }

    @Test
    void flagsReferralsOutsideTheAlliance() {
        // 青海省人民医院 (seed id 1) shares no alliance with the new township centre
        post(Tokens.reporter(townshipName), "/api/v1/referrals", upJson(false).replace("\"toInstitutionId\":"
                + countyHospital, "\"toInstitutionId\":1")).then().statusCode(201)
                .body("outOfAlliance", equalTo(true)).body("allianceId", nullValue());
    }

    @Test
    void requiresTheDischargeSummaryOnADownwardReferralAndAFittingDirection() {
        String down = "{\"fromInstitutionId\":" + countyHospital + ",\"toInstitutionId\":" + township
                + ",\"direction\":\"DOWN\",\"nationalId\":\"" + nationalId() + "\",\"contracted\":true,"
                + "\"reason\":\"术后康复\"}";
        problem(post(Tokens.reporter(countyName), "/api/v1/referrals", down), 422)
                .body("field", equalTo("dischargeSummaryRef"));
        post(Tokens.reporter(countyName), "/api/v1/referrals", down.replace("}", ",\"dischargeSummaryRef\":\"EMR-9/出院小结\"}"))
                .then().statusCode(201).body("direction", equalTo("DOWN"));
        problem(post(Tokens.reporter(countyName), "/api/v1/referrals", down.replace("DOWN", "UP")), 422)
                .body("field", equalTo("direction"));
    }

    @Test
    void neverStoresLogsOrReturnsTheNationalIdInClear() throws Exception {
        String id = nationalId();
        java.util.List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            checkNationalIdIsNeverInClear(id);
            logged = log.lines();
        }
        assertFalse(logged.isEmpty(), "the 422 problem was logged, so the capture works");
        assertFalse(logged.stream().anyMatch(l -> l.contains(id.substring(0, 17))), "a log line holds the national ID");
    }

    private void checkNationalIdIsNeverInClear(String id) throws Exception {
        Response created = post(Tokens.reporter(townshipName), "/api/v1/referrals", upJson(false).replaceAll(
                "\"nationalId\":\"[0-9X]+\"", "\"nationalId\":\"" + id + "\""));
        created.then().statusCode(201).body("patientRef", hasLength(64));
        assertFalse(created.asString().contains(id));
        String ref = created.jsonPath().getString("patientRef");
        post(Tokens.reporter(townshipName), "/api/v1/patients/reference", "{\"nationalId\":\"" + id + "\"}").then()
                .statusCode(200).body("patientRef", equalTo(ref));
        get(Tokens.supervisor(), "/api/v1/referrals?patientRef=" + ref).then().body("total", equalTo(1));
        assertEquals(0, rowsContaining("referral", id));
        assertEquals(0, rowsContaining("referral_aud", id));
        assertEquals(1, rowsContaining("referral", ref));
        // a mistyped ID is refused without being echoed
        String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        Response bad = post(Tokens.reporter(townshipName), "/api/v1/referrals", upJson(false).replaceAll(
                "\"nationalId\":\"[0-9X]+\"", "\"nationalId\":\"" + wrong + "\""));
        problem(bad, 422).body("field", equalTo("nationalId"));
        assertFalse(bad.asString().contains(wrong));
    }

    @Test
    void countsVolumesShareDownTimeToAcceptanceAndPendingPerAlliance() {
        long a = requestUp(false, "2018-06-01T02:00:00Z");
        requestUp(true, "2018-06-02T02:00:00Z");
        step(a, "accept", countyName, "{\"version\":0,\"at\":\"2018-06-01T04:30:00Z\"}").then().statusCode(200);
        post(Tokens.reporter(countyName), "/api/v1/referrals", "{\"fromInstitutionId\":" + countyHospital
                + ",\"toInstitutionId\":" + township + ",\"direction\":\"DOWN\",\"nationalId\":\"" + nationalId()
                + "\",\"contracted\":false,\"reason\":\"康复\",\"dischargeSummaryRef\":\"EMR-7\","
                + "\"requestedAt\":\"2018-06-29T02:00:00Z\"}").then().statusCode(201);
        String q = "/api/v1/referrals/statistics?from=2018-06-01&to=2018-06-30&pendingDays=3&asOf=2018-07-01T00:00:00Z";
        get(Tokens.viewer(), q + "&groupBy=ALLIANCE").then().statusCode(200)
                .body("rows.find { it.groupId == " + alliance + " }.up", equalTo(2))
                .body("rows.find { it.groupId == " + alliance + " }.down", equalTo(1))
                .body("rows.find { it.groupId == " + alliance + " }.downSharePct", equalTo(33.3f))
                .body("rows.find { it.groupId == " + alliance + " }.meanHoursToAcceptance", equalTo(2.5f))
                .body("rows.find { it.groupId == " + alliance + " }.pendingOverThreshold", equalTo(1));
        get(Tokens.viewer(), q + "&groupBy=PREFECTURE").then().statusCode(200)
                .body("rows.find { it.group == '玉树州' }.up", equalTo(2))
                .body("rows.find { it.group == '玉树州' }.down", equalTo(1));
    }

    @Test
    void holdsResumesFailsAndVoidsReferralsKeepingTheHistory() {
        long id = requestUp(false, null);
        step(id, "accept", countyName, "{\"version\":0}").then().statusCode(200);
        problem(step(id, "hold", countyName, "{\"version\":1}"), 422).body("field", equalTo("reason"));
        step(id, "hold", countyName, "{\"version\":1,\"reason\":\"等待床位\"}").then().statusCode(200)
                .body("fhirStatus", equalTo("on-hold"));
        step(id, "resume", countyName, "{\"version\":2}").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        step(id, "fail", countyName, "{\"version\":3,\"reason\":\"患者未到院\"}").then().statusCode(200)
                .body("fhirStatus", equalTo("failed")).body("allowedActions.size()", equalTo(0));
        long wrong = requestUp(false, null);
        problem(step(wrong, "void", countyName, "{\"version\":0,\"reason\":\"录入错误\"}"), 403);
        step(wrong, "void", townshipName, "{\"version\":0,\"reason\":\"录入错误\"}").then().statusCode(200)
                .body("fhirStatus", equalTo("entered-in-error"));
        get(Tokens.supervisor(), "/api/v1/referrals/" + wrong + "/history").then().statusCode(200)
                .body("size()", equalTo(2)).body("[-1].after.status", equalTo("ENTERED_IN_ERROR"));
    }

    @Test
    void refusesReferralsDatedBeforeTheNotice() {
        // 140号 was issued on 2017-08-03; 2017-08-02T16:00Z is 08-03 00:00 in China
        problem(post(Tokens.reporter(townshipName), "/api/v1/referrals", upJson(false).replace("}",
                ",\"requestedAt\":\"2017-08-02T15:59:59Z\"}")), 422).body("field", equalTo("requestedAt"));
        requestUp(false, "2017-08-02T16:00:00Z");
    }

    @Test
    void ordersTheQueueByClinicalUrgencyFirstAndContractingSecond() {
        long contractedRoutine = requestUp(true, null);
        long urgent = post(Tokens.reporter(townshipName), "/api/v1/referrals", upJson(false).replace("}",
                ",\"urgency\":\"URGENT\"}")).then().statusCode(201).body("fhirPriority", equalTo("urgent"))
                .extract().jsonPath().getLong("id");
        long stat = post(Tokens.reporter(townshipName), "/api/v1/referrals", upJson(false).replace("}",
                ",\"urgency\":\"STAT\"}")).then().statusCode(201).extract().jsonPath().getLong("id");
        long routine = requestUp(false, null);
        get(Tokens.reporter(countyName), "/api/v1/referrals?status=REQUESTED&toInstitutionId=" + countyHospital).then()
                .body("items.id", equalTo(java.util.List.of((int) stat, (int) urgent, (int) contractedRoutine,
                        (int) routine)))
                .body("items[2].urgency", equalTo("ROUTINE"));
    }

    @Test
    void notifiesTheReceivingAndReferringInstitutionsThroughTheOutbox() throws Exception {
        long id = requestUp(false, null);
        assertEquals(2, rowsContaining("outbox_message", "referral-" + id + "-requested-"));
        step(id, "accept", countyName, "{\"version\":0}").then().statusCode(200);
        step(id, "start", countyName, "{\"version\":1}").then().statusCode(200);
        step(id, "complete", countyName, "{\"version\":2,\"feedback\":\"已转回随访\"}").then().statusCode(200);
        assertEquals(2, rowsContaining("outbox_message", "referral-" + id + "-accepted-"));
        assertEquals(2, rowsContaining("outbox_message", "referral-" + id + "-completed-"));
        assertEquals(1, rowsContaining("outbox_message", "referral-" + id + "-completed-receiving"));
        assertEquals(1, rowsContaining("outbox_message", "referral-" + id + "-completed-referring"));
        long rejected = requestUp(false, null);
        step(rejected, "reject", countyName, "{\"version\":0,\"reason\":\"无床位\"}").then().statusCode(200);
        assertEquals(2, rowsContaining("outbox_message", "referral-" + rejected + "-rejected-"));
        String ref = get(Tokens.supervisor(), "/api/v1/referrals/" + id).path("patientRef");
        assertEquals(0, rowsContaining("outbox_message", ref), "no patient reference leaves in a message");
    }

    @Test
    void countsPendingAtQuarterEndFromTheStatusThenNotToday() {
        long late = requestUp(false, "2018-09-10T02:00:00Z");
        step(late, "accept", countyName, "{\"version\":0,\"at\":\"2018-10-08T02:00:00Z\"}").then().statusCode(200);
        long early = requestUp(false, "2018-09-11T02:00:00Z");
        step(early, "accept", countyName, "{\"version\":0,\"at\":\"2018-09-12T02:00:00Z\"}").then().statusCode(200);
        get(Tokens.viewer(), "/api/v1/referrals/statistics?from=2018-07-01&to=2018-09-30&pendingDays=3"
                + "&asOf=2018-09-30T16:00:00Z&groupBy=ALLIANCE").then().statusCode(200)
                .body("rows.find { it.groupId == " + alliance + " }.pendingOverThreshold", equalTo(1));
    }

    private long requestUp(boolean contracted, String requestedAt) {
        String json = upJson(contracted);
        if (requestedAt != null) {
            json = json.replace("}", ",\"requestedAt\":\"" + requestedAt + "\"}");
        }
        return post(Tokens.reporter(townshipName), "/api/v1/referrals", json).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private String upJson(boolean contracted) {
        return community.upJson(contracted);
    }

    private static Response step(long id, String action, String unit, String json) {
        return post(Tokens.reporter(unit), "/api/v1/referrals/" + id + "/" + action, json);
    }

    private int rowsContaining(String table, String text) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from medical_alliance." + table
                     + " t where t::text like ?")) {
            ps.setString(1, "%" + text + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
