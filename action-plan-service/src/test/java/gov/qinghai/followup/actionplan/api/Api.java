package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Small helpers so tests read as the behaviour they check. */
final class Api {
    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", bearer(token));
    }

    static Response post(String token, String path, String json) {
        return as(token).contentType(ContentType.JSON).body(json).post(path);
    }

    static Response put(String token, String path, String json) {
        return as(token).contentType(ContentType.JSON).body(json).put(path);
    }

    static String report(String period, String narrative, String actualsJson) {
        return "{\"period\":\"" + period + "\",\"narrative\":\"" + narrative + "\",\"actuals\":" + actualsJson + "}";
    }

    static String actual(String code, String value, String asOf) {
        return "{\"indicatorCode\":\"" + code + "\",\"value\":" + value + ",\"asOf\":\"" + asOf + "\"}";
    }
}
