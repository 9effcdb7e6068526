package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dates and years in the configured window (2017-01-01 to the horizon after today), decimals no more precise than
 * their column, audit trails of records that never existed: each refused with a 4xx naming the field, fast.
 */
@QuarkusTest
class InputBoundsTest {

    /** The first request of a fresh JVM warms up (token checks, class loading); the timings are of the later ones. */
    @BeforeEach
    void warmUp() {
        as(Tokens.viewer()).queryParam("producedOn", "9999-12-31").get("/api/v1/calendar/deadline");
    }

    @Test
    void refusesDisclosureDatesOutsideTheWindow() {
        for (String day : List.of("0000-01-01", "+10000-01-01", "9999-12-31", "2016-12-31", "2017-09-22T00:00:00Z")) {
            problem(as(Tokens.supervisor()).body(Map.of("subjectId", 1, "title", "远古", "producedOn", day))
                    .post("/api/v1/disclosures"), 400).body("field", equalTo("producedOn")).time(lessThan(1000L));
        }
    }

    @Test
    void refusesFarYearsAndDays() {
        for (String year : List.of("9999", "1900", "2147483647")) {
            problem(as(Tokens.viewer()).queryParam("year", year).get("/api/v1/disclosures/on-time-rates"), 400)
                    .body("violations.field", hasItem("year")).time(lessThan(1000L));
        }
        problem(as(Tokens.viewer()).get("/api/v1/period-reports/bulletin/9999"), 400).time(lessThan(1000L));
        problem(as(Tokens.viewer()).queryParam("producedOn", "9999-12-31").get("/api/v1/calendar/deadline"), 400)
                .body("field", equalTo("producedOn")).time(lessThan(1000L));
        problem(as(Tokens.admin()).queryParam("date", "9999-12-31")
                .post("/api/v1/admin/jobs/rectification-reminders/run"), 400).body("field", equalTo("date"));
    }

    @Test
    void refusesACalendarEventReachingBeyondTheWindowFast() {
        // a holiday from 2019-10-01 to 9999-12-30 would have stored three million days
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20191001\r\n"
                + "DTEND;VALUE=DATE:99991231\r\nSUMMARY:永远放假\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        problem(io.restassured.RestAssured.given().header("Authorization", Tokens.bearer(Tokens.admin()))
                .contentType("text/calendar").body(ics).post("/api/v1/calendar/import"), 400)
                .body("field", equalTo("DTEND")).time(lessThan(1000L));
    }

    @Test
    void refusesPointsMorePreciseThanTheColumnKeeps() {
        // routine_record.points is numeric(6,1): 0.30000000000000004 would be stored as 0.3
        problem(as(Tokens.supervisor()).body("{\"subjectId\":1,\"recordedOn\":\"2017-09-15\",\"kind\":\"ACHIEVEMENT\","
                + "\"itemNo\":4,\"points\":0.30000000000000004,\"description\":\"精度\",\"method\":\"RANDOM_CHECK\"}")
                .post("/api/v1/routine-records"), 422).body("field", equalTo("points"));
    }

    @Test
    void theHistoryOfARecordThatNeverExistedIsNotFound() {
        for (String path : List.of("/api/v1/routine-records/999999999/history", "/api/v1/disclosures/999999999/history",
                "/api/v1/rectifications/999999999/history", "/api/v1/assessments/999999999/history")) {
            problem(as(Tokens.admin()).get(path), 404);
        }
    }
}
