package gov.qinghai.followup.medical.api;

import static gov.qinghai.followup.medical.api.FamilyDoctorResourceTest.figure;
import static gov.qinghai.followup.medical.support.Api.get;
import static gov.qinghai.followup.medical.support.Api.institution;
import static gov.qinghai.followup.medical.support.Api.nationalId;
import static gov.qinghai.followup.medical.support.Api.post;
import static gov.qinghai.followup.medical.support.Api.problem;
import static gov.qinghai.followup.medical.support.Api.unique;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.outbox.OutboxDispatcher;
import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.common.testing.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The scheduled jobs replayed for given dates: once per period, results stored and listable. */
@QuarkusTest
class JobsTest {
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "medical.referral.pending-alert-days")
    int pendingDays;

    @Test
    void remindsTheBureausWithoutFiguresOncePerMonth() {
        post(Tokens.admin(), "/api/v1/family-doctor/figures", figure(1, "2019-02", 100, 20, 10, 5)).then().statusCode(201);
        run("family-doctor-reminders", "2019-03-06").then().statusCode(200)
                .body("period", equalTo("2019-02")).body("ran", equalTo(true)).body("items", equalTo(7));
        run("family-doctor-reminders", "2019-03-20").then().statusCode(200)
                .body("period", equalTo("2019-02")).body("ran", equalTo(false));
        get(Tokens.reporter("果洛州卫生计生委"), "/api/v1/reminders?unit=果洛州卫生计生委&period=2019-02").then()
                .body("total", equalTo(1)).body("items[0].kind", equalTo("MISSING_FAMILY_DOCTOR_FIGURES"));
        get(Tokens.viewer(), "/api/v1/reminders?unit=西宁市卫生计生委&period=2019-02").then().body("total", equalTo(0));
    }

    /**
     * In 2017-Q2, a quarter no other test of this class puts a 海西州 referral in: the quarterly report test counts the
     * UP referrals of 2017-Q3 and must not see this one, whichever runs first.
     */
    @Test
    void alertsTheReceivingInstitutionAboutReferralsPendingTooLong() {
        Referral r = referralIn海西("2018-05-10T02:00:00Z");
        run("pending-referral-alerts", "2018-05-20").then().body("ran", equalTo(true));
        run("pending-referral-alerts", "2018-05-20").then().body("ran", equalTo(false));
        get(Tokens.viewer(), "/api/v1/reminders?kind=PENDING_REFERRAL&period=2018-05-20&unit=" + r.countyName).then()
                .body("total", equalTo(1)).body("items[0].referenceId", equalTo((int) r.id));
        // on 2018-05-12 it was only two days old
        run("pending-referral-alerts", "2018-05-12").then().body("ran", equalTo(true));
        get(Tokens.viewer(), "/api/v1/reminders?kind=PENDING_REFERRAL&period=2018-05-12&unit=" + r.countyName).then()
                .body("total", equalTo(0));
    }

    /** Delivery: what the jobs write reaches the webhook through the outbox, each reminder once. */
    @Test
    void remindersAndAlertsReachTheWebhookThroughTheOutboxEachOnceInOrder() {
        run("family-doctor-reminders", "2019-07-06").then().body("ran", equalTo(true)).body("items", equalTo(8));
        Referral referral = referralIn海西("2019-07-01T02:00:00Z");
        run("pending-referral-alerts", "2019-07-10").then().body("ran", equalTo(true));
        Instant later = Instant.now().plus(Duration.ofDays(1));

        try (WebhookReceiver receiver = WebhookReceiver.start(18188)) {
            dispatcher.dispatchDue(later);
            run("family-doctor-reminders", "2019-07-20").then().body("ran", equalTo(false));
            dispatcher.dispatchDue(later.plus(Duration.ofHours(1))); // the replay added nothing to send
            List<WebhookReceiver.Received> got = receiver.received("/medical-hook");
            List<WebhookReceiver.Received> reminders = got.stream()
                    .filter(m -> m.body().path("data").path("period").asText().equals("2019-06")).toList();
            assertEquals(8, reminders.size(), "one message per 市州 health bureau");
            assertEquals(8, reminders.stream().map(WebhookReceiver.Received::id).distinct().count());
            reminders.forEach(m -> {
                assertEquals("missing-family-doctor-figures", m.body().path("topic").asText());
                assertEquals(m.id(), m.idempotencyKey());
                assertEquals("reminder-" + m.body().path("data").path("reminderId").asLong(), m.body().path("eventKey").asText());
            });
            assertEquals(1, reminders.stream().filter(m -> m.body().path("data").path("unit").asText().equals("果洛州卫生计生委")).count());
            List<WebhookReceiver.Received> alerts = got.stream()
                    .filter(m -> m.body().path("data").path("referenceId").asLong() == referral.id()).toList();
            assertEquals(1, alerts.size());
            assertEquals("pending-referral", alerts.get(0).body().path("topic").asText());
            assertEquals(referral.countyName(), alerts.get(0).body().path("data").path("unit").asText());
            List<Long> sequences = got.stream().map(WebhookReceiver.Received::sequence).toList();
            assertEquals(sequences.stream().sorted().distinct().toList(), sequences, "one queue, delivered in order, each once");
        }
    }

    /**
     * Other test classes may put referrals into 2017-Q3 (ReferralResourceTest does) and register alliances: the
     * report's counts are the ones found in the database when the job runs plus what this test adds, exactly.
     */
    @Test
    void buildsTheQuarterlyReportOnceAndServesJsonCsvAndXlsx() throws Exception {
        post(Tokens.reporter("海西州卫生计生委"), "/api/v1/family-doctor/figures",
                figure(3, "2017-09", 400_000, 124_000, 90_000, 55_000)).then().statusCode(201);
        Q3 haixiBefore = referralsIn2017Q3(3L);
        Q3 provinceBefore = referralsIn2017Q3(null);
        referralIn海西("2017-08-15T02:00:00Z");
        long established = establishedAlliancesOn("2017-09-30");
        run("quarterly-report", "2017-10-01").then().body("period", equalTo("2017-Q3")).body("ran", equalTo(true))
                .body("items", equalTo(9));
        // any later day of Q4 reports on Q3 again, which is already done
        run("quarterly-report", "2017-12-31").then().body("period", equalTo("2017-Q3")).body("ran", equalTo(false));
        run("quarterly-report", "2017-11-15").then().body("period", equalTo("2017-Q3")).body("ran", equalTo(false));
        get(Tokens.viewer(), "/api/v1/period-reports/quarterly/2017-Q3?prefecture=海西州").then().statusCode(200)
                .contentType("application/json")
                .body("rows.size()", equalTo(1))
                .body("rows[0].contractingPeriod", equalTo("2017-09"))
                .body("rows[0].contractingCoveragePct", equalTo(31.0f))
                .body("rows[0].contractingTargetPct", equalTo(30))
                .body("rows[0].contractingTargetMet", equalTo(true))
                .body("rows[0].referralsUp", equalTo((int) haixiBefore.up() + 1))
                .body("rows[0].pendingAtQuarterEnd", equalTo((int) haixiBefore.pending() + 1));
        get(Tokens.viewer(), "/api/v1/period-reports/quarterly/2017-Q3").then().body("rows.prefecture", hasItem("全省"))
                .body("rows.size()", equalTo(9))
                .body("rows.find { it.prefecture == '全省' }.establishedAlliances", equalTo((int) established))
                .body("rows.find { it.prefecture == '全省' }.referralsUp", equalTo((int) provinceBefore.up() + 1))
                .body("rows.find { it.prefecture == '全省' }.pendingAtQuarterEnd",
                        equalTo((int) provinceBefore.pending() + 1));
        byte[] csv = given().header("Authorization", bearer(Tokens.viewer())).accept("text/csv")
                .get("/api/v1/period-reports/quarterly/2017-Q3").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        org.hamcrest.MatcherAssert.assertThat(text.substring(1), startsWith("市州,已建医联体"));
        byte[] xlsx = get(Tokens.viewer(), "/api/v1/period-reports/quarterly/2017-Q3?format=xlsx&prefecture=海西州").then()
                .statusCode(200).contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("市州", rows.get(0).getCellText(0));
            assertEquals("海西州", rows.get(1).getCellText(0));
        }
        get(Tokens.viewer(), "/api/v1/period-reports?kind=quarterly&size=200").then().body("items.period", hasItem("2017-Q3"));
        // a quarter of the window without a stored report: 404; one before the notices: 400 naming it
        problem(get(Tokens.viewer(), "/api/v1/period-reports/quarterly/2030-Q1"), 404);
        problem(get(Tokens.viewer(), "/api/v1/period-reports/quarterly/2016-Q1"), 400);
    }

    @Test
    void letsOnlyAdminsReplayJobsAndKnowsTheJobs() {
        problem(post(Tokens.supervisor(), "/api/v1/admin/jobs/quarterly-report/run?date=2017-01-01", ""), 403);
        problem(post(Tokens.admin(), "/api/v1/admin/jobs/nightly-nothing/run?date=2017-01-01", ""), 404);
        run("family-doctor-reminders", "2031-02-06").then().body("ran", equalTo(true));
        get(Tokens.supervisor(), "/api/v1/admin/jobs/family-doctor-reminders/runs?size=1").then().statusCode(200)
                .body("size", equalTo(1)).body("items[0].period", equalTo("2031-01"))
                .body("items[0].triggeredBy", equalTo("admin@test")).body("items[0].outcome", equalTo("done"));
        problem(get(Tokens.supervisor(), "/api/v1/admin/jobs/nightly-nothing/runs"), 404);
        get(Tokens.supervisor(), "/api/v1/admin/jobs").then().statusCode(200)
                .body("name", equalTo(List.of("events-purge", "family-doctor-reminders", "pending-referral-alerts", "quarterly-report")));
    }

    record Referral(long id, String countyName) {
    }

    /** UP referrals of 2017-Q3 (China dates), and the quarter's referrals still pending at its end. */
    record Q3(long up, long pending) {
    }

    /**
     * What is in the database before the test adds its own: 2017-Q3's referrals of one 市州 (by the referring
     * institution of an UP one, the receiving one of a DOWN one) or of the province (null): the UP ones, and those
     * requested more than the alert days before the quarter's end with no step by then.
     */
    private Q3 referralsIn2017Q3(Long prefectureId) {
        Instant end = Instant.parse("2017-09-30T16:00:00Z");
        return QuarkusTransaction.requiringNew().call(() -> {
            Tuple t = (Tuple) em.createNativeQuery("""
                    select count(*) filter (where r.direction = 'UP') as up,
                           count(*) filter (where r.requested_at < ?2
                                              and (r.accepted_at is null or r.accepted_at > ?1)
                                              and (r.rejected_at is null or r.rejected_at > ?1)
                                              and (r.cancelled_at is null or r.cancelled_at > ?1)) as pending
                    from referral r join institution f
                      on f.id = case r.direction when 'UP' then r.from_institution_id else r.to_institution_id end
                    where r.status <> 'ENTERED_IN_ERROR'
                      and r.requested_at >= cast('2017-06-30T16:00:00Z' as timestamptz) and r.requested_at < ?1
                      %s""".formatted(prefectureId == null ? "" : "and f.prefecture_id = " + prefectureId), Tuple.class)
                    .setParameter(1, end).setParameter(2, end.minus(Duration.ofDays(pendingDays)))
                    .getSingleResult();
            return new Q3(t.get("up", Number.class).longValue(), t.get("pending", Number.class).longValue());
        });
    }

    private long establishedAlliancesOn(String day) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from alliance where status = 'ESTABLISHED'
                  and (established_on is null or established_on <= cast(?1 as date))""").setParameter(1, day)
                .getSingleResult()).longValue());
    }

    /** An UP referral from a township centre to the county hospital of 格尔木市 (海西州). */
    private static Referral referralIn海西(String requestedAt) {
        String countyName = unique("格尔木市人民医院");
        String townshipName = unique("格尔木市乡镇卫生院");
        long county = institution(countyName, "SECONDARY", "PUBLIC", "HOSPITAL", "COUNTY", null, 302L);
        long township = institution(townshipName, "PRIMARY", "PUBLIC", "TOWNSHIP_HEALTH_CENTRE", "TOWNSHIP", null, 302L);
        long id = post(Tokens.reporter(townshipName), "/api/v1/referrals", "{\"fromInstitutionId\":" + township
                + ",\"toInstitutionId\":" + county + ",\"direction\":\"UP\",\"nationalId\":\"" + nationalId()
                + "\",\"contracted\":false,\"reason\":\"高原病\",\"requestedAt\":\"" + requestedAt + "\"}")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Referral(id, countyName);
    }

    private static io.restassured.response.Response run(String job, String date) {
        return post(Tokens.admin(), "/api/v1/admin/jobs/" + job + "/run?date=" + date, "");
    }
}
