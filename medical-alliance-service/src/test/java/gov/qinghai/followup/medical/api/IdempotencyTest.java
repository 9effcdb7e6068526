package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gov.qinghai.followup.common.testing.Concurrently;
import gov.qinghai.followup.common.testing.Sql;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.medical.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * No lost or doubled writes for 双向转诊 requests (140号 三(二)4) through the shared Idempotency-Key
 * mechanism: one referral per key under concurrency, same answers, replays change nothing, a key is bound to its
 * body, and the referral, its audit row and the stored answer commit together. The stored answer and fingerprint
 * never hold the national ID.
 */
@QuarkusTest
class IdempotencyTest {
    @Inject
    DataSource db;

    @Test
    void eightConcurrentRequestsWithOneKeyCreateOneReferralAndAllGetTheSameAnswer() throws Exception {
        Api.CountyCommunity c = Api.countyCommunity();
        String key = Api.unique("eight");
        String body = c.upJson(true);
        List<Response> answers = Concurrently.send(8, i -> request(c, key, body));

        for (Response r : answers) {
            assertEquals(201, r.statusCode(), r.asString());
            assertEquals(answers.get(0).jsonPath().getMap(""), r.jsonPath().getMap(""));
        }
        assertEquals(7, answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
        assertEquals(1, referrals(c));
        assertEquals(1, Sql.count(db, "select count(*) from referral_aud a join referral r on r.id = a.id "
                + "where r.from_institution_id = ?", c.township()));
        assertEquals(1, Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key));
        System.out.println("idempotency medical-alliance: 8 concurrent requests with one key -> " + referrals(c)
                + " referral, " + answers.stream().map(r -> r.jsonPath().getMap("")).distinct().count()
                + " distinct answer");
    }

    @Test
    void aReplayChangesNothingAndTheSameKeyWithAnotherBodyIs422() {
        Api.CountyCommunity c = Api.countyCommunity();
        String key = Api.unique("replay");
        String body = c.upJson(false);
        Response first = request(c, key, body);
        first.then().statusCode(201);
        long audits = Sql.count(db, "select count(*) from referral_aud");
        long revisions = Sql.count(db, "select count(*) from revinfo");

        request(c, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.jsonPath().getInt("id")));
        Api.problem(request(c, key, c.upJson(false)), 422).body("field", equalTo("Idempotency-Key"));
        assertEquals(1, referrals(c));
        assertEquals(audits, Sql.count(db, "select count(*) from referral_aud"));
        assertEquals(revisions, Sql.count(db, "select count(*) from revinfo"));
    }

    @Test
    void theStoredAnswerAndFingerprintNeverHoldTheNationalId() {
        Api.CountyCommunity c = Api.countyCommunity();
        String key = Api.unique("pii");
        String body = c.upJson(true);
        String nationalId = body.replaceAll(".*\"nationalId\":\"([0-9X]+)\".*", "$1");
        request(c, key, body).then().statusCode(201);
        assertEquals(0, Sql.count(db, "select count(*) from idempotency_record where idem_key = ? and "
                + "(convert_from(body, 'UTF8') like ? or fingerprint like ? or target like ?)", key,
                "%" + nationalId + "%", "%" + nationalId + "%", "%" + nationalId + "%"));
    }

    @Test
    void theReferralItsAuditRowAndTheStoredAnswerCommitTogether() {
        Api.CountyCommunity c = Api.countyCommunity();
        String key = Api.unique("atomic");
        String marker = "audit-fault-" + key;
        String body = c.upJson(false).replace("疑似肺炎", marker);
        String undo = Sql.failInsertsWhen(db, "referral_aud", "reason", marker);
        int status;
        try {
            status = request(c, key, body).statusCode();
        } finally {
            Sql.execute(db, undo);
        }
        assertNotEquals(201, status);
        assertEquals(0, referrals(c));
        assertEquals(0, Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key));

        request(c, key, body).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(1, referrals(c));
        assertEquals(1, Sql.count(db, "select count(*) from idempotency_record where idem_key = ?", key));
    }

    private long referrals(Api.CountyCommunity c) {
        return Sql.count(db, "select count(*) from referral where from_institution_id = ?", c.township());
    }

    private static Response request(Api.CountyCommunity c, String key, String body) {
        return given().header("Authorization", bearer(Tokens.reporter(c.townshipName()))).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/referrals");
    }
}
