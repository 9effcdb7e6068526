package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.common.testing.OperationPolling.finished;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The 标准目录 import as a tracked operation (service-common common.operations): above the row threshold (150 in the
 * test profile) or with Prefer: respond-async it answers 202 with Location, progress in rows, the import's result or
 * its 422 problem; smaller files still answer at once. Each test imports names of its own into 乐都区's 扶贫救灾 (no
 * other test reads that area; 乐都区's whole catalogue is above the test profile's export limit anyway).
 */
@QuarkusTest
class CatalogueImportOperationTest {
    private static final String HEADER = "试点内容,名称,依据,内容,主体,时限,方式,要求\r\n";

    @Inject
    EntityManager em;

    @Test
    void importPreferringAsyncAnswers202AndItsOperationCountsTheRowsAndHoldsTheResult() {
        int unit = PilotResourceTest.unitId("乐都区");
        int revision = revision(unit);
        String prefix = unique("异步导入");
        Response accepted = importing(unit, rows(prefix, 3, -1), Tokens.reporter("乐都区"), true);
        accepted.then().statusCode(202).body("kind", equalTo("catalogue-import")).body("progress.unit", equalTo("rows"))
                .body("state", equalTo("queued"));
        String location = accepted.header("Location");
        assertTrue(location.matches(".*/api/v1/operations/[0-9a-f-]{36}"), location);

        JsonPath done = finished(location, Tokens.reporter("乐都区"));
        assertEquals("succeeded", done.getString("state"));
        assertEquals(3, done.getLong("progress.done"));
        assertEquals(3, done.getLong("progress.total"));
        assertEquals("reporter@乐都区", done.getString("startedBy"));
        assertEquals(3, done.getInt("result.summary.created"));
        assertEquals(0, done.getInt("result.summary.updated"));
        assertEquals(revision + 1, done.getInt("result.summary.revision"));
        assertEquals("/api/v1/pilot/units/" + unit + "/catalogue", done.getString("result.location"));
        assertEquals(3, items(prefix));
        assertEquals(revision + 1, revision(unit));
    }

    @Test
    void aFileAboveTheRowThresholdRunsAsAnOperationWithoutBeingAsked() {
        int unit = PilotResourceTest.unitId("乐都区");
        String prefix = unique("大目录");
        Response accepted = importing(unit, rows(prefix, 151, -1), Tokens.admin(), false);
        accepted.then().statusCode(202);
        JsonPath done = finished(accepted.header("Location"), Tokens.admin());
        assertEquals("succeeded", done.getString("state"));
        assertEquals(151, done.getLong("progress.total"));
        assertEquals(151, done.getLong("progress.done"));
        assertEquals(151, done.getInt("result.summary.created"));
        assertEquals(151, items(prefix));
    }

    @Test
    void aFileAtTheRowThresholdIsImportedAtOnce() {
        int unit = PilotResourceTest.unitId("乐都区");
        int revision = revision(unit);
        String prefix = unique("小目录");
        importing(unit, rows(prefix, 150, -1), Tokens.admin(), false).then().statusCode(200)
                .body("created", equalTo(150)).body("revision", equalTo(revision + 1));
        assertEquals(150, items(prefix));
    }

    @Test
    void aTrackedImportWithABadRowFailsWithThe422AsItsProblemAndWritesNothing() {
        int unit = PilotResourceTest.unitId("乐都区");
        int revision = revision(unit);
        String prefix = unique("坏行");
        // rows 2–5 are good, row 6 (the fifth data row) misses its 时限: nothing of the file may be written
        Response accepted = importing(unit, rows(prefix, 5, 4), Tokens.admin(), true);
        accepted.then().statusCode(202);
        JsonPath failed = finished(accepted.header("Location"), Tokens.admin());
        assertEquals("failed", failed.getString("state"));
        assertEquals(422, failed.getInt("problem.status"));
        assertEquals("row 6 时限", failed.getString("problem.field"));
        assertNull(failed.get("result"));
        assertEquals(0, items(prefix));
        assertEquals(revision, revision(unit));
    }

    @Test
    void theUnitTheCallersRightAndTheHeaderAreCheckedAtOnceEvenWhenAskedToRespondAsync() {
        int unit = PilotResourceTest.unitId("乐都区");
        String prefix = unique("拒绝");
        problem(importing(unit, rows(prefix, 2, -1), Tokens.reporter("城北区"), true), 403);
        problem(given().header("Authorization", bearer(Tokens.admin())).header("Prefer", "respond-async")
                .contentType("text/csv; charset=UTF-8").body("名称,试点内容\r\n甲,乙\r\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/pilot/units/" + unit + "/catalogue/import"), 400).body("field", equalTo("header"));
        problem(importing(999_999, rows(prefix, 2, -1), Tokens.admin(), true), 404);
        assertEquals(0, items(prefix));
    }

    /** {@code n} rows of 扶贫救灾 named prefix-i; the row at index {@code bad} (0-based, -1 none) lacks its 时限. */
    private static String rows(String prefix, int n, int bad) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            csv.append("扶贫救灾,").append(prefix).append('-').append(i).append(",《社会救助暂行办法》,救助对象、标准,乐都区民政局,")
                    .append(i == bad ? "" : "10个工作日").append(",网站,要求\r\n");
        }
        return csv.toString();
    }

    private static Response importing(int unit, String csv, String token, boolean preferAsync) {
        var request = given().header("Authorization", bearer(token)).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8));
        if (preferAsync) {
            request = request.header("Prefer", "respond-async");
        }
        return request.post("/api/v1/pilot/units/" + unit + "/catalogue/import");
    }

    private static int revision(int unit) {
        return as(Tokens.viewer()).get("/api/v1/pilot/units/" + unit).then().statusCode(200).extract().jsonPath()
                .getInt("catalogueRevision");
    }

    private long items(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from catalogue_item where name like ?1").setParameter(1, prefix + "-%")
                .getSingleResult()).longValue());
    }
}
