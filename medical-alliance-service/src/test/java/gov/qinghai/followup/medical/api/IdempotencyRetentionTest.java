package gov.qinghai.followup.medical.api;

import gov.qinghai.followup.common.testing.Management;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.idempotency.IdempotencyConfig;
import gov.qinghai.followup.common.idempotency.IdempotencyPurge;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key records expire after idempotency.retention (24 h, as Stripe and
 * draft-ietf-httpapi-idempotency-key-header), on 双向转诊 requests (140号 三(二)4). Within the retention a retry is
 * replayed; after it the same key is a new request, whether the purge ran or not; the purge deletes only expired
 * committed records, in bounded batches, and never an in-flight claim. The purge is called for an explicit time,
 * as the scheduler would (schedulers are off in tests); ages are set by moving created_at back.
 */
@QuarkusTest
class IdempotencyRetentionTest {
    @Inject
    DataSource db;
    @Inject
    IdempotencyPurge purge;
    @Inject
    IdempotencyConfig config;

    @Test
    void theRetentionIsADayByDefault() {
        assertEquals(Duration.ofHours(24), config.retention());
    }

    @Test
    void aKeyOlderThanTheRetentionIsPurgedAndTheSameKeyThenCreatesANewReferral() {
        Api.CountyCommunity c = Api.countyCommunity();
        String key = Api.unique("expired");
        String body = c.upJson(false);
        int first = request(c, key, body).then().statusCode(201).extract().path("id");
        age(key, Duration.ofHours(25));

        assertTrue(purge.purgeExpired(Instant.now()).deleted() >= 1);
        assertEquals(0, records(key));

        Response again = request(c, key, body);
        again.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertNotEquals(first, again.jsonPath().getInt("id"));
        assertEquals(2, referrals(c));
        assertEquals(1, records(key));
        assertEquals(0, Sql.count(db, "select count(*) from idempotency_record where idem_key = ? "
                + "and created_at < now() - interval '1 hour'", key), "the new record starts a new retention");
    }

    @Test
    void aKeyWithinTheRetentionSurvivesThePurgeAndIsReplayed() {
        Api.CountyCommunity c = Api.countyCommunity();
        String key = Api.unique("fresh");
        String body = c.upJson(true);
        int first = request(c, key, body).then().statusCode(201).extract().path("id");
        age(key, Duration.ofHours(23));

        purge.purgeExpired(Instant.now());

        assertEquals(1, records(key));
        request(c, key, body).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Api.problem(request(c, key, c.upJson(true)), 422).body("field", equalTo("Idempotency-Key"));
        assertEquals(1, referrals(c));
    }

    @Test
    void anExpiredKeyIsANewRequestEvenBeforeThePurgeRuns() {
        Api.CountyCommunity c = Api.countyCommunity();
        String key = Api.unique("unpurged");
        String body = c.upJson(false);
        int first = request(c, key, body).then().statusCode(201).extract().path("id");
        age(key, Duration.ofHours(25));

        Response again = request(c, key, c.upJson(false)); // another body is no longer a misuse of the key either
        again.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertNotEquals(first, again.jsonPath().getInt("id"));
        request(c, key, body).then().statusCode(422);
        assertEquals(2, referrals(c));
        assertEquals(1, records(key));
    }

    @Test
    void anInFlightClaimIsNeverDeletedEvenWhenItsRowLooksMonthsOld() throws SQLException {
        String caller = Api.unique("in-flight-caller");
        String key = Api.unique("in-flight");
        try (Connection claimant = db.getConnection()) {
            claimant.setAutoCommit(false);
            try (PreparedStatement ps = claimant.prepareStatement("insert into idempotency_record "
                    + "(caller, idem_key, fingerprint, target, created_at) values (?, ?, repeat('0', 64), "
                    + "'POST /api/v1/referrals', now() - interval '30 days')")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                ps.executeUpdate();
            }

            IdempotencyPurge.Outcome during = purge.purgeExpired(Instant.now());

            try (PreparedStatement ps = claimant.prepareStatement("update idempotency_record set status = 201, "
                    + "content_type = 'application/json', body = '\\x7b7d' where caller = ? and idem_key = ?")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                assertEquals(1, ps.executeUpdate(), "the claim is still there to complete after " + during);
            }
            claimant.commit();
        }
        assertEquals(1, Sql.count(db, "select count(*) from idempotency_record where caller = ? and idem_key = ? "
                + "and status = 201", caller, key));

        // A claim committed without its answer (what a store that commits the claim apart from the write would
        // leave behind) is not taken for a finished request either.
        Sql.execute(db, "insert into idempotency_record (caller, idem_key, fingerprint, target, created_at) values ('"
                + caller + "', 'unanswered', repeat('0', 64), 'POST /api/v1/referrals', now() - interval '30 days')");
        purge.purgeExpired(Instant.now());
        assertEquals(1, Sql.count(db, "select count(*) from idempotency_record where caller = ? and status is null",
                caller));
        Sql.execute(db, "delete from idempotency_record where caller = '" + caller + "'");
    }

    @Test
    void thePurgeDeletesExpiredRecordsInBatchesAndKeepsTheOthers() {
        String caller = Api.unique("batch-caller");
        Sql.execute(db, "insert into idempotency_record (caller, idem_key, fingerprint, target, status, content_type, "
                + "body, created_at) select '" + caller + "', 'old-' || i, repeat('0', 64), 'POST /api/v1/referrals', "
                + "201, 'application/json', null, now() - interval '2 days' - i * interval '1 minute' "
                + "from generate_series(1, 25) i");
        Sql.execute(db, "insert into idempotency_record (caller, idem_key, fingerprint, target, status, content_type, "
                + "body, created_at) select '" + caller + "', 'young-' || i, repeat('0', 64), 'POST /api/v1/referrals', "
                + "201, 'application/json', null, now() - interval '23 hours' from generate_series(1, 5) i");

        IdempotencyPurge.Outcome o = purge.purgeExpired(Instant.now(), 10);

        assertTrue(o.deleted() >= 25, o.toString());
        assertTrue(o.batches() >= 3, "25 rows at 10 per transaction: " + o);
        assertEquals(0, Sql.count(db, "select count(*) from idempotency_record where caller = ? and idem_key like 'old-%'",
                caller));
        assertEquals(5, Sql.count(db, "select count(*) from idempotency_record where caller = ?", caller));
        assertEquals(0, purge.purgeExpired(Instant.now(), 10).deleted(), "nothing expired is left");
        System.out.println("idempotency-purge medical-alliance: " + o.deleted() + " expired records in " + o.batches()
                + " batches of at most 10, 5 younger records kept");
    }

    @Test
    void theHeaderDocumentationSaysWhenAKeyExpires() {
        String description = Management.given().accept("application/json").get("/q/openapi").jsonPath().getString(
                "paths.'/api/v1/referrals'.post.parameters.find { it.name == 'Idempotency-Key' }.description");
        assertTrue(description.contains("24 hours") && description.contains("new request"), description);
    }

    private void age(String key, Duration age) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update idempotency_record set created_at = now() - ? * interval '1 second' where idem_key = ?")) {
            ps.setLong(1, age.toSeconds());
            ps.setString(2, key);
            assertEquals(1, ps.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long records(String key) {
        return Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key);
    }

    private long referrals(Api.CountyCommunity c) {
        return Sql.count(db, "select count(*) from referral where from_institution_id = ?", c.township());
    }

    private static Response request(Api.CountyCommunity c, String key, String body) {
        return given().header("Authorization", bearer(Tokens.reporter(c.townshipName()))).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/referrals");
    }
}
