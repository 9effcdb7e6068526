package gov.qinghai.followup.medical.support;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import gov.qinghai.followup.common.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Small helpers shared by the API tests: authenticated calls, problem checks, unique names. */
public final class Api {
    private Api() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Response get(String token, String path) {
        return given().header("Authorization", bearer(token)).get(path);
    }

    public static Response send(String method, String token, String path, String json) {
        return given().header("Authorization", bearer(token)).contentType(ContentType.JSON).body(json)
                .request(method, path);
    }

    public static Response post(String token, String path, String json) {
        return send("POST", token, path, json);
    }

    public static ValidatableResponse problem(Response r, int status) {
        return r.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    /** A well-formed (checksum-valid) but made-up 居民身份证号码, different on every call. */
    public static String nationalId() {
        String digits = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
        String first17 = "63272519" + digits;
        return first17 + gov.qinghai.followup.medical.domain.NationalId.checkChar(first17);
    }

    /** Registers an institution and returns its id. */
    public static long institution(String name, String level, String ownership, String kind, String tier,
                                   Long prefectureId, Long countyId) {
        String json = String.format("{\"name\":\"%s\",\"level\":\"%s\",\"ownership\":\"%s\",\"kind\":\"%s\","
                        + "\"tier\":\"%s\",\"prefectureId\":%s,\"countyId\":%s}", name, level, ownership, kind, tier,
                prefectureId, countyId);
        return post(Tokens.admin(), "/api/v1/institutions", json).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A 县域医共体 in 杂多县 (玉树州): a county hospital leads it and one township centre is a member. */
    public record CountyCommunity(long township, String townshipName, long countyHospital, String countyName,
                                  long alliance) {
        /** An upward referral from the township centre, with a fresh national ID. */
        public String upJson(boolean contracted) {
            return "{\"fromInstitutionId\":" + township + ",\"toInstitutionId\":" + countyHospital
                    + ",\"direction\":\"UP\",\"nationalId\":\"" + nationalId() + "\",\"contracted\":" + contracted
                    + ",\"reason\":\"疑似肺炎\"}";
        }
    }

    public static CountyCommunity countyCommunity() {
        String townshipName = unique("杂多县乡镇卫生院");
        String countyName = unique("杂多县人民医院");
        long county = institution(countyName, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 802L);
        long township = institution(townshipName, "PRIMARY", "PUBLIC", "TOWNSHIP_HEALTH_CENTRE", "TOWNSHIP", null, 802L);
        long alliance = post(Tokens.admin(), "/api/v1/alliances", "{\"name\":\"" + unique("杂多县医共体")
                + "\",\"kind\":\"COUNTY_COMMUNITY\",\"leadInstitutionId\":" + county + ",\"countyId\":802,"
                + "\"status\":\"ESTABLISHED\",\"establishedOn\":\"2015-01-01\"}").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        post(Tokens.admin(), "/api/v1/alliances/" + alliance + "/members", "{\"institutionId\":" + township
                + ",\"role\":\"MEMBER\",\"joinedOn\":\"2015-01-01\"}").then().statusCode(201);
        return new CountyCommunity(township, townshipName, county, countyName, alliance);
    }
}
