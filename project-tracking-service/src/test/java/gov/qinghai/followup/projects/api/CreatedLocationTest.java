package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreatedLocationTest {
    @Test
    void aCreateAnswers201WithAnAbsoluteLocationThatReadsTheNewRecord() {
        String name = "位置测试单位" + UUID.randomUUID().toString().substring(0, 8);
        Response created = given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "PROVINCIAL_DEPARTMENT"))
                .post("/api/v1/units");
        created.then().statusCode(201).body("name", equalTo(name));
        int id = created.path("id");
        String location = created.header("Location");
        assertTrue(location != null && location.startsWith("http") && location.endsWith("/api/v1/units/" + id),
                "Location " + location);
        given().header("Authorization", bearer(Tokens.viewer())).get(location).then().statusCode(200)
                .body("name", equalTo(name));
    }
}
