package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.send;
import static gov.qinghai.followup.medical.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The conventions of DESIGN.md (auth, problem+json, paging, optimistic locking, audit) on institutions. */
@QuarkusTest
class InstitutionResourceTest {

    @Test
    void listsTheEightPrefecturesInTheNoticeOrderWithTheirCounties() {
        get(Tokens.viewer(), "/api/v1/prefectures?size=8").then().statusCode(200)
                .body("total", equalTo(8))
                .body("items.name", contains("西宁市", "海东市", "海西州", "海南州", "海北州", "黄南州", "果洛州", "玉树州"))
                .body("items[0].counties.name", hasItem("城北区"))
                .body("items[2].counties.size()", equalTo(8))
                .body("items[2].counties.name", hasItem("格尔木市"));
    }

    @Test
    void pagesThePrefectures() {
        get(Tokens.viewer(), "/api/v1/prefectures?size=3&page=2").then().statusCode(200)
                .body("items.name", contains("果洛州", "玉树州")).body("totalPages", equalTo(3));
    }

    @Test
    void refusesListWithoutToken() {
        problem(given().get("/api/v1/institutions"), 401);
    }

    @Test
    void refusesExpiredAndForeignTokens() {
        problem(get(Tokens.expired(), "/api/v1/institutions"), 401);
        problem(get(Tokens.foreignSigned(), "/api/v1/institutions"), 401);
    }

    @Test
    void refusesRegistrationByViewerAndReporter() {
        String body = json(unique("某医院"), "null");
        problem(send("POST", Tokens.viewer(), "/api/v1/institutions", body), 403);
        problem(send("POST", Tokens.reporter("海西州卫生计生委"), "/api/v1/institutions", body), 403);
    }

    @Test
    void answersMalformedJsonWithProblem() {
        problem(send("POST", Tokens.admin(), "/api/v1/institutions", "{\"name\":"), 400);
    }

    @Test
    void namesTheMissingFieldAsSent() {
        problem(send("POST", Tokens.admin(), "/api/v1/institutions", "{\"name\":\"x\",\"level\":\"SECONDARY\"}"), 400)
                .body("violations.field", hasItem("ownership"));
    }

    @Test
    void rejectsUnknownEnumValue() {
        problem(send("POST", Tokens.admin(), "/api/v1/institutions",
                json(unique("某医院"), "null").replace("SECONDARY", "QUATERNARY")), 400);
    }

    @Test
    void rejectsCountyOfAnotherPrefecture() {
        // 格尔木市 (302) is in 海西州 (3), not 西宁市 (1)
        problem(send("POST", Tokens.admin(), "/api/v1/institutions",
                json(unique("某医院"), "null").replace("\"prefectureId\":3", "\"prefectureId\":1")), 422)
                .body("field", equalTo("countyId"));
    }

    @Test
    void answersUnknownInstitutionWith404() {
        problem(get(Tokens.viewer(), "/api/v1/institutions/999999"), 404);
    }

    @Test
    void refusesStaleVersionAndKeepsTheWinner() {
        String name = unique("格尔木市人民医院");
        long id = institution(name, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", 3L, 302L);
        update(id, json(name, "0").replace("SECONDARY", "TERTIARY")).then().statusCode(200)
                .body("version", equalTo(1)).body("level", equalTo("TERTIARY"));
        problem(update(id, json(name, "0")), 409).body("field", equalTo("version"));
        get(Tokens.viewer(), "/api/v1/institutions/" + id).then().body("level", equalTo("TERTIARY"));
    }

    @Test
    void auditsEveryChangeWithWhoAndBeforeAfter() {
        String name = unique("德令哈市人民医院");
        long id = institution(name, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", 3L, 302L);
        update(id, json(name, "0").replace("\"countyId\":302", "\"countyId\":301")).then().statusCode(200);
        given().header("Authorization", bearer(Tokens.supervisor())).get("/api/v1/institutions/" + id + "/history")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(2))
                .body("[-1].by", equalTo("admin@test"))
                .body("[-1].before.countyId", equalTo(302))
                .body("[-1].after.countyId", equalTo(301))
                .body("[-1].at", notNullValue());
    }

    @Test
    void filtersInstitutionsByNameAndPrefecture() {
        String name = unique("玛沁县人民医院");
        institution(name, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 701L);
        get(Tokens.viewer(), "/api/v1/institutions?prefectureId=7&q=" + name).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].prefectureId", equalTo(7));
    }

    private static Response update(long id, String json) {
        return send("PUT", Tokens.admin(), "/api/v1/institutions/" + id, json);
    }

    private static String json(String name, String version) {
        return "{\"name\":\"" + name + "\",\"level\":\"SECONDARY\",\"ownership\":\"PUBLIC\",\"kind\":\"HOSPITAL\","
                + "\"tier\":\"COUNTY\",\"prefectureId\":3,\"countyId\":302,\"version\":" + version + "}";
    }
}
