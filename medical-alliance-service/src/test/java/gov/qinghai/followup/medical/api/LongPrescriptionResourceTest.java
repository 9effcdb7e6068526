package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.nationalId;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 140号 三(二)3: 长处方 of at most 2 months, for stable chronic contracted patients only. */
@QuarkusTest
class LongPrescriptionResourceTest {

    @Test
    void acceptsTwoCalendarMonthsAndRefusesOneDayMore() {
        String name = unique("称多县社区卫生服务中心");
        long id = institution(name, "PRIMARY", "PUBLIC", "COMMUNITY_HEALTH_CENTRE", "TOWNSHIP", null, 803L);
        post(Tokens.reporter(name), "/api/v1/long-prescriptions", body(id, true, "2017-03-01", 61)).then()
                .statusCode(201).body("lastDay", equalTo("2017-04-30"));
        problem(post(Tokens.reporter(name), "/api/v1/long-prescriptions", body(id, true, "2017-03-01", 62)), 422)
                .body("field", equalTo("days")).body("detail", containsString("at most 61 days"));
        problem(post(Tokens.reporter(name), "/api/v1/long-prescriptions", body(id, true, "2017-01-31", 60)), 422)
                .body("field", equalTo("days"));
        problem(post(Tokens.reporter(name), "/api/v1/long-prescriptions", body(id, false, "2017-03-01", 30)), 422)
                .body("field", equalTo("contracted"));
    }

    @Test
    void answersDatesOutsideAnySensibleRangeWith400NotA500() {
        String name = unique("治多县社区卫生服务中心");
        long id = institution(name, "PRIMARY", "PUBLIC", "COMMUNITY_HEALTH_CENTRE", "TOWNSHIP", null, 804L);
        problem(post(Tokens.admin(), "/api/v1/long-prescriptions", body(id, true, "2999-01-01", 30)), 400)
                .body("field", equalTo("startDate"));
        problem(gov.qinghai.followup.medical.support.Api.get(Tokens.viewer(), "/api/v1/coverage/telemedicine?on=9999-12-31"),
                400).body("field", equalTo("on"));
    }

    private static String body(long institution, boolean contracted, String start, int days) {
        return "{\"institutionId\":" + institution + ",\"nationalId\":\"" + nationalId() + "\",\"contracted\":"
                + contracted + ",\"stableChronic\":true,\"condition\":\"高血压\",\"startDate\":\"" + start
                + "\",\"days\":" + days + "}";
    }
}
