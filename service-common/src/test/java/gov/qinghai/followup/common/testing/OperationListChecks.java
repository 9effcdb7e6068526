package gov.qinghai.followup.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code GET /api/v1/operations} (service-common OperationResource) in a running service: a service's
 * {@code @QuarkusTest} calls these. Each check writes its own operation rows under a kind and callers of its own, so
 * it neither sees nor disturbs the operations of other tests.
 */
public final class OperationListChecks {
    private static final String PATH = "/api/v1/operations";

    private OperationListChecks() {
    }

    /** A caller lists its own operations, newest first, by state and kind; an admin lists everyone's. */
    public static void aCallerListsItsOwnOperationsAndAnAdminEveryones() {
        String kind = "job:list-" + UUID.randomUUID().toString().substring(0, 8);
        String alice = "alice-" + kind.substring(9) + "@test";
        String bob = "bob-" + kind.substring(9) + "@test";
        Instant t = Instant.parse("2017-10-01T08:00:00Z");
        UUID a1 = insert(kind, "succeeded", alice, t);
        UUID a2 = insert(kind, "failed", alice, t.plusSeconds(60));
        UUID a3 = insert(kind, "running", alice, t.plusSeconds(120));
        UUID b1 = insert(kind, "succeeded", bob, t.plusSeconds(30));

        JsonPath own = list(Tokens.named(alice, "viewer"), "?kind=" + kind);
        assertEquals(3, own.getInt("total"));
        assertEquals(List.of(a3.toString(), a2.toString(), a1.toString()), own.getList("items.id"), "newest first");
        assertEquals(List.of(alice, alice, alice), own.getList("items.startedBy"));
        assertEquals(List.of(a1.toString()), list(Tokens.named(alice, "viewer"), "?kind=" + kind + "&state=succeeded")
                .getList("items.id"));
        JsonPath failed = list(Tokens.named(alice, "viewer"), "?kind=" + kind + "&state=failed");
        assertEquals("/problems/operation-failed", failed.getString("items[0].problem.type"));
        assertEquals(List.of(b1.toString()), list(Tokens.named(bob, "reporter"), "?kind=" + kind).getList("items.id"));

        JsonPath all = list(Tokens.admin(), "?kind=" + kind);
        assertEquals(4, all.getInt("total"));
        assertEquals(List.of(a3.toString(), a2.toString(), b1.toString(), a1.toString()), all.getList("items.id"));
        assertEquals(List.of(b1.toString(), a1.toString()),
                list(Tokens.admin(), "?kind=" + kind + "&state=succeeded").getList("items.id"));

        JsonPath page = list(Tokens.admin(), "?kind=" + kind + "&size=3&page=1");
        assertEquals(List.of(a1.toString()), page.getList("items.id"));
        assertEquals(4, page.getInt("total"));
        assertEquals(2, page.getInt("totalPages"));
        assertEquals(0, list(Tokens.named("nobody-" + kind.substring(9) + "@test", "viewer"), "?kind=" + kind)
                .getInt("total"), "a caller without operations sees none");
    }

    /** page/size out of range, an unknown state or an undeclared parameter: 400 naming it. */
    public static void theListIsBoundedAndStrict() {
        badRequest("?size=201", "size");
        badRequest("?size=0", "size");
        badRequest("?state=done", "state");
        badRequest("?kind=" + "k".repeat(81), "kind");
        Response r = given().auth().oauth2(Tokens.admin()).get(PATH + "?startedBy=someone");
        assertEquals(400, r.statusCode(), r.asString());
        assertEquals("startedBy", r.jsonPath().getString("field"), r.asString());
        given().get(PATH).then().statusCode(401);
    }

    private static void badRequest(String query, String field) {
        Response r = given().auth().oauth2(Tokens.admin()).get(PATH + query);
        assertEquals(400, r.statusCode(), query + ": " + r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.jsonPath().getList("violations.field").contains(field), query + ": " + r.asString());
    }

    private static JsonPath list(String token, String query) {
        Response r = given().auth().oauth2(token).get(PATH + query);
        assertEquals(200, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    private static UUID insert(String kind, String state, String startedBy, Instant createdAt) {
        UUID id = UUID.randomUUID();
        boolean finished = state.equals("succeeded") || state.equals("failed");
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into operation(id, kind, state, progress_unit, done, total, started_by, created_at, started_at,
                                      finished_at, heartbeat_at, runner, summary, problem)
                values (?, ?, ?, 'steps', ?, 1, ?, ?, ?, ?, now(), 'operation-list-test', ?, ?)""")) {
            Timestamp at = Timestamp.from(createdAt);
            s.setObject(1, id);
            s.setString(2, kind);
            s.setString(3, state);
            s.setLong(4, finished ? 1 : 0);
            s.setString(5, startedBy);
            s.setTimestamp(6, at);
            s.setTimestamp(7, at);
            s.setTimestamp(8, finished ? Timestamp.from(createdAt.plusSeconds(5)) : null);
            s.setString(9, state.equals("succeeded") ? "{\"ran\":true}" : null);
            s.setString(10, state.equals("failed") ? "{\"type\":\"/problems/operation-failed\",\"title\":\"Internal "
                    + "Server Error\",\"status\":500,\"detail\":\"the operation stopped on an unexpected error\"}" : null);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
