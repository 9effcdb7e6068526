package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Field-level authorization of the one reporter-writable resource of project tracking, the monthly report (134号 五):
 * the reporter states period, 履约/开工/竣工, funds in place, the reasons, progress and problems of its own project;
 * when it was submitted, by whom, whether it is late, current or superseded are the service's, and a body that sets
 * one of them is refused naming it, nothing written.
 */
@QuarkusTest
class FieldAuthorizationTest {
    @Inject
    DataSource db;

    @Test
    void aReporterCannotSetTheServiceDecidedFieldsOfItsReport() {
        Fixtures.TestFair fair = Fixtures.fairWith(ProgressAndRatesTest.TABLE);
        for (Map.Entry<String, Object> field : Map.<String, Object>of("late", false, "submittedBy", "someone-else",
                "submittedAt", "2017-10-01T00:00:00Z", "current", true, "supersededBy", 1, "projectId",
                fair.project(3), "unit", "海西州政府", "version", 0).entrySet()) {
            Map<String, Object> body = new HashMap<>(Map.of("period", "2017-09", "contractPerformed", true,
                    "constructionStarted", false, "completed", false, "fundsInPlace", "1"));
            body.put(field.getKey(), field.getValue());
            given().header("Authorization", bearer(Tokens.reporter("西宁市政府"))).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/projects/" + fair.project(1) + "/reports").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo(field.getKey()));
        }
        assertEquals(0, Sql.count(db, "select count(*) from progress_report where project_id = ?", fair.project(1)));
    }
}
