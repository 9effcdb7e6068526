package gov.qinghai.followup.projects.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;

import gov.qinghai.followup.common.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Each test builds its own fair so that its rates and reports are its own. */
public final class Fixtures {
    private static final AtomicInteger EDITION = new AtomicInteger(100);

    record TestFair(long id, Map<Integer, Long> projectBySeq) {
        long project(int seq) {
            return projectBySeq.get(seq);
        }
    }

    private Fixtures() {
    }

    static long createFair() {
        return createFair("2017-07-06");
    }

    /** A fair held from {@code heldFrom}: its projects owe reports from that month on. */
    public static long createFair(String heldFrom) {
        int edition = EDITION.incrementAndGet();
        return ((Number) given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("edition", edition, "name", "测试青洽会 " + edition, "heldFrom", heldFrom))
                .post("/api/v1/fairs").then().statusCode(201).extract().path("id")).longValue();
    }

    static TestFair fairWith(String csv) {
        long id = createFair();
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/fairs/" + id + "/projects").then().log().ifValidationFails().statusCode(201);
        given().header("Authorization", bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "targets", List.of(
                        Map.of("dueDate", "2017-12-31", "contractFulfilmentRate", 70, "constructionStartRate", 50,
                                "fundsInPlaceRate", 15, "source", "青政办〔2017〕134号 二"),
                        Map.of("dueDate", "2018-05-31", "contractFulfilmentRate", 90, "constructionStartRate", 80,
                                "fundsInPlaceRate", 30, "source", "青政办〔2017〕134号 二"))))
                .put("/api/v1/fairs/" + id + "/milestones").then().statusCode(200);
        List<Map<String, Object>> items = given().header("Authorization", bearer(Tokens.viewer()))
                .queryParam("fairId", id).queryParam("size", 200).get("/api/v1/projects")
                .then().statusCode(200).extract().path("items");
        Map<Integer, Long> bySeq = new HashMap<>();
        items.forEach(i -> bySeq.put((Integer) i.get("seq"), ((Number) i.get("id")).longValue()));
        return new TestFair(id, bySeq);
    }

    static io.restassured.response.Response report(String token, long projectId, String period, boolean contract,
                                                   boolean started, String funds) {
        return given().header("Authorization", bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("period", period, "contractPerformed", contract, "constructionStarted", started,
                        "completed", false, "fundsInPlace", funds))
                .post("/api/v1/projects/" + projectId + "/reports");
    }
}
