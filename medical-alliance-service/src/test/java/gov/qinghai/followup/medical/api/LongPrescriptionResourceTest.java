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
    void acceptsSixtyDaysFromAnyStartAndRefusesOneDayMore() {
        String name = unique("称多县社区卫生服务中心");
        long id = institution(name, "PRIMARY", "PUBLIC", "COMMUNITY_HEALTH_CENTRE", "TOWNSHIP", null, 803L);
        post(Tokens.reporter(name), "/api/v1/long-prescriptions", body(id, true, "2017-12-31", 60)).then()
                .statusCode(201).body("lastDay", equalTo("2018-02-28"));
        problem(post(Tokens.reporter(name), "/api/v1/long-prescriptions", body(id, true, "2017-07-01", 61)), 422)
                .body("field", equalTo("days")).body("detail", containsString("最多 60 天"));
        problem(post(Tokens.reporter(name), "/api/v1/long-prescriptions", body(id, false, "2017-03-01", 30)), 422)
                .body("field", equalTo("contracted"));
    }

    @Test
    void refusesOverlappingPrescriptionsThatTogetherExceedTwoMonths() {
        String a = unique("称多县社区卫生服务中心");
        long first = institution(a, "PRIMARY", "PUBLIC", "COMMUNITY_HEALTH_CENTRE", "TOWNSHIP", null, 803L);
        String b = unique("称多县乡镇卫生院");
        long second = institution(b, "PRIMARY", "PUBLIC", "TOWNSHIP_HEALTH_CENTRE", "TOWNSHIP", null, 803L);
        String patient = nationalId();
        post(Tokens.reporter(a), "/api/v1/long-prescriptions", body(first, patient, "高血压", "2017-10-01", 59)).then()
                .statusCode(201);
        // 60 and 61 more from the same day, here or at another institution: refused
        problem(post(Tokens.reporter(a), "/api/v1/long-prescriptions", body(first, patient, "高血压", "2017-10-01", 60)),
                422).body("field", equalTo("days")).body("detail", containsString("目前最多可开 1 天"));
        problem(post(Tokens.reporter(b), "/api/v1/long-prescriptions", body(second, patient, "高血压", "2017-10-01", 60)),
                422).body("field", equalTo("days"));
        // another condition, or once the first has run out, is a new allowance
        post(Tokens.reporter(b), "/api/v1/long-prescriptions", body(second, patient, "糖尿病", "2017-10-01", 60)).then()
                .statusCode(201);
        post(Tokens.reporter(b), "/api/v1/long-prescriptions", body(second, patient, "高血压", "2017-11-29", 60)).then()
                .statusCode(201);
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

    private static String body(long institution, String patient, String condition, String start, int days) {
        return "{\"institutionId\":" + institution + ",\"nationalId\":\"" + patient + "\",\"contracted\":true,"
                + "\"stableChronic\":true,\"condition\":\"" + condition + "\",\"startDate\":\"" + start
                + "\",\"days\":" + days + "}";
    }

    private static String body(long institution, boolean contracted, String start, int days) {
        return "{\"institutionId\":" + institution + ",\"nationalId\":\"" + nationalId() + "\",\"contracted\":"
                + contracted + ",\"stableChronic\":true,\"condition\":\"高血压\",\"startDate\":\"" + start
                + "\",\"days\":" + days + "}";
    }
}
