package gov.qinghai.followup.actionplan.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.qinghai.followup.common.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Small helpers so tests read as the behaviour they check. */
final class Api {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    /** A request body from maps and lists, so tests need not escape JSON by hand. */
    static String json(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body that sets who a collective reaches (on one task, or its one list). */
    static String members(List<String> units, String basis, int version) {
        return json(Map.of("members", units, "basis", basis, "version", version));
    }

    static JsonPath task(int number) {
        return as(Tokens.viewer()).get("/api/v1/tasks/" + number).then().statusCode(200).extract().jsonPath();
    }

    static Response runJob(String job, String date) {
        return as(Tokens.admin()).queryParam("date", date).post("/api/v1/admin/jobs/" + job + "/run");
    }
}
