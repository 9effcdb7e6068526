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
}
