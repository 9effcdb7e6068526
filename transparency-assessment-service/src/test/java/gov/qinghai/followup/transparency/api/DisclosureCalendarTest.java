package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static gov.qinghai.followup.transparency.api.Api.problem;
import static gov.qinghai.followup.transparency.api.Api.unique;
import static io.restassured.RestAssured.given;
import static gov.qinghai.followup.common.testing.Tokens.bearer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gov.qinghai.followup.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 137号 附件 第4项 "20 个工作日内主动公开" with the seeded 2017/2018 holiday calendar (调休 included). */
@QuarkusTest
class DisclosureCalendarTest {

    private static int department() {
        return as(Tokens.admin()).body("{\"name\":\"" + unique("省国土资源厅") + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}")
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
    }

    @Test
    void seedsTheStateCouncilArrangementsFor2017And2018() {
        // 2017: 元旦2 春节7 清明3 劳动节3 端午3 国庆中秋8 = 26 days off, 5 调休 days;
        // 2018 (incl. 2017-12-30/31 of 元旦 2018 counted in 2017 by date): 春节7 清明3 劳动节3 端午3 中秋3 国庆7 + 元旦 1-1;
        // 2018-12-29 (调休) and 12-30/31 (元旦 2019) are from the 2019 notice 国办发明电〔2018〕15号
        as(Tokens.viewer()).queryParam("year", 2017).queryParam("size", 200).get("/api/v1/calendar/days").then()
                .body("total", equalTo(26 + 2 + 5))
                .body("items.findAll { it.kind == 'MAKEUP_WORKDAY' }.day",
                        equalTo(java.util.List.of("2017-01-22", "2017-02-04", "2017-04-01", "2017-05-27", "2017-09-30")));
        as(Tokens.viewer()).queryParam("year", 2018).queryParam("size", 200).get("/api/v1/calendar/days").then()
                .body("total", equalTo(1 + 7 + 3 + 3 + 3 + 3 + 7 + 6 + 3))
                .body("items.findAll { it.kind == 'MAKEUP_WORKDAY' }.day", hasItem("2018-02-24"));
    }

    @Test
    void explainsTheDeadlineAcrossNationalDay2017AndSpringFestival2018() {
        as(Tokens.viewer()).queryParam("producedOn", "2017-09-22").get("/api/v1/calendar/deadline").then()
                .statusCode(200).body("deadline", equalTo("2017-10-26"))
                .body("makeupDaysCounted", equalTo(java.util.List.of("2017-09-30")))
                .body("skipped.day", hasItem("2017-10-08"));
        as(Tokens.viewer()).queryParam("producedOn", "2018-02-09").get("/api/v1/calendar/deadline").then()
                .body("deadline", equalTo("2018-03-14"))
                .body("makeupDaysCounted", equalTo(java.util.List.of("2018-02-11", "2018-02-24")));
    }

    @Test
    void recomputesOpenDeadlinesWhenTheCalendarChanges() {
        int s = department();
        int open = as(Tokens.supervisor()).body(Map.of("subjectId", s, "title", "2019年征地补偿标准", "producedOn", "2019-03-01"))
                .post("/api/v1/disclosures").then().statusCode(201).body("deadline", equalTo("2019-03-29"))
                .body("explanation.counted.size()", equalTo(20)).extract().path("id");
        as(Tokens.admin()).body(Map.of("kind", "HOLIDAY", "name", "测试假日")).put("/api/v1/calendar/days/2019-03-15")
                .then().statusCode(200).body("recomputed", equalTo(1));
        as(Tokens.viewer()).get("/api/v1/disclosures/" + open).then().body("deadline", equalTo("2019-04-01"))
                .body("explanation.skipped.day", hasItem("2019-03-15"));
        problem(as(Tokens.admin()).body(Map.of("kind", "HOLIDAY", "name", "改名")).put("/api/v1/calendar/days/2019-03-15"),
                400).body("field", equalTo("version"));
        problem(as(Tokens.supervisor()).delete("/api/v1/calendar/days/2019-03-15"), 403);
        as(Tokens.admin()).delete("/api/v1/calendar/days/2019-03-15").then().statusCode(200);
        as(Tokens.viewer()).get("/api/v1/disclosures/" + open).then().body("deadline", equalTo("2019-03-29"));
    }

    @Test
    void importsAnICalendarWithHolidaysAndMakeupDays() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20191001\r\n"
                + "DTEND;VALUE=DATE:20191008\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
                + "DTSTART;VALUE=DATE:20190929\r\nSUMMARY:国庆节调休上班\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20191012\r\nSUMMARY:国庆节调休上班\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/calendar; charset=UTF-8").body(ics)
                .post("/api/v1/calendar/import").then().statusCode(200)
                .body("holidays", equalTo(7)).body("makeupWorkdays", equalTo(2));
        as(Tokens.viewer()).queryParam("producedOn", "2019-09-27").get("/api/v1/calendar/deadline").then()
                .body("makeupDaysCounted", equalTo(java.util.List.of("2019-09-29", "2019-10-12")));
        problem(given().header("Authorization", bearer(Tokens.admin())).contentType("text/calendar").body("hello")
                .post("/api/v1/calendar/import"), 400);
        problem(given().header("Authorization", bearer(Tokens.viewer())).contentType("text/calendar").body(ics)
                .post("/api/v1/calendar/import"), 403);
    }

    @Test
    void computesOnTimeRatePerSubjectAndRemindsDeadlinesFallingDue() {
        int s = department();
        as(Tokens.supervisor()).body(Map.of("subjectId", s, "title", "国庆前形成", "producedOn", "2017-09-22",
                "publishedOn", "2017-10-26")).post("/api/v1/disclosures").then().statusCode(201).body("onTime", equalTo(true));
        as(Tokens.supervisor()).body(Map.of("subjectId", s, "title", "春节前形成", "producedOn", "2018-02-09",
                "publishedOn", "2018-03-15")).post("/api/v1/disclosures").then().statusCode(201).body("onTime", equalTo(false));
        // produced Fri 2018-06-01: 端午 Mon 2018-06-18 is skipped, so the 20th working day is Mon 2018-07-02
        int open = as(Tokens.supervisor()).body(Map.of("subjectId", s, "title", "端午前形成", "producedOn", "2018-06-01"))
                .post("/api/v1/disclosures").then().statusCode(201).body("deadline", equalTo("2018-07-02"))
                .extract().path("id");
        problem(as(Tokens.supervisor()).body(Map.of("subjectId", s, "title", "x", "producedOn", "2018-06-01",
                "publishedOn", "2018-05-01")).post("/api/v1/disclosures"), 400).body("field", equalTo("publishedOn"));

        as(Tokens.viewer()).queryParam("year", 2017).get("/api/v1/disclosures/on-time-rates").then()
                .body("find { it.subjectId == " + s + " }.onTimeRate", equalTo(100.0f));
        as(Tokens.viewer()).queryParam("year", 2018).queryParam("asOf", "2018-07-03").get("/api/v1/disclosures/on-time-rates")
                .then().body("find { it.subjectId == " + s + " }.records", equalTo(2))
                .body("find { it.subjectId == " + s + " }.onTimeRate", equalTo(0.0f))
                .body("find { it.subjectId == " + s + " }.openOverdue", equalTo(1));

        as(Tokens.admin()).queryParam("date", "2018-06-29").post("/api/v1/admin/jobs/disclosure-deadlines/run")
                .then().statusCode(200).body("ran", equalTo(true));
        as(Tokens.viewer()).queryParam("job", "disclosure-deadlines").queryParam("period", "2018-06-29")
                .queryParam("size", 200).get("/api/v1/reminders").then()
                .body("items.find { it.refId == " + open + " }.dueOn", equalTo("2018-07-02"));
        as(Tokens.supervisor()).body(Map.of("publishedOn", "2018-07-02", "version", 0))
                .put("/api/v1/disclosures/" + open + "/publication").then().statusCode(200).body("onTime", equalTo(true));
    }

    @Test
    void holdsTheStateCouncilNoticesFrom2017To2026EachWithItsNumber() {
        as(Tokens.viewer()).queryParam("size", 50).get("/api/v1/calendar/years").then().statusCode(200)
                .body("items.findAll { it.year >= 2017 && it.year <= 2026 }.size()", equalTo(10))
                .body("items.find { it.year == 2019 }.notice", equalTo("国办发明电〔2018〕15号；国办发明电〔2019〕2号"))
                .body("items.find { it.year == 2026 }.notice", equalTo("国办发明电〔2025〕7号"));
        // 2025: 春节 1-28 to 2-04, 调休 1-26 and 2-08 (国办发明电〔2024〕12号)
        as(Tokens.viewer()).queryParam("year", 2025).queryParam("size", 200).get("/api/v1/calendar/days").then()
                .body("items.findAll { it.kind == 'MAKEUP_WORKDAY' }.day", equalTo(java.util.List.of("2025-01-26",
                        "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")))
                .body("items.find { it.day == '2025-02-04' }.source", equalTo("国办发明电〔2024〕12号"));
    }

    @Test
    void countsAcrossNewYear2019WithTheMakeupSaturdayAndTheHoliday() {
        // was 2019-01-17: 2019-01-01 counted as a working day and the 2018-12-29 调休 Saturday missed
        as(Tokens.viewer()).queryParam("producedOn", "2018-12-20").get("/api/v1/calendar/deadline").then()
                .statusCode(200).body("deadline", equalTo("2019-01-18"))
                .body("makeupDaysCounted", equalTo(java.util.List.of("2018-12-29")))
                .body("skipped.day", hasItem("2019-01-01"));
    }

    @Test
    void refusesADeadlineWhoseCountReachesAYearTheCalendarDoesNotHold() {
        problem(as(Tokens.viewer()).queryParam("producedOn", "2027-09-22").get("/api/v1/calendar/deadline"), 422)
                .body("field", equalTo("producedOn")).body("detail", org.hamcrest.Matchers.containsString("2027"));
        // late December 2026 depends on the 2027 notice's 元旦 arrangement
        problem(as(Tokens.viewer()).queryParam("producedOn", "2026-12-10").get("/api/v1/calendar/deadline"), 422)
                .body("field", equalTo("producedOn"));
        int s = department();
        problem(as(Tokens.supervisor()).body(Map.of("subjectId", s, "title", "跨年", "producedOn", "2027-03-01"))
                .post("/api/v1/disclosures"), 422).body("field", equalTo("producedOn"));
        as(Tokens.viewer()).queryParam("subjectId", s).get("/api/v1/disclosures").then().body("total", equalTo(0));
    }

    @Test
    void loadsAYearFromTheNoticesOwnListOfDates() {
        String notice = "经国务院批准，现将2043年放假调休日期的具体安排通知如下。\n"
                + "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n"
                + "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月27日（周日）、10月10日（周六）上班。\n";
        problem(as(Tokens.viewer()).queryParam("producedOn", "2043-09-22").get("/api/v1/calendar/deadline"), 422);
        // a weekday that does not match (the list of another year) is refused and nothing is held
        problem(given().header("Authorization", bearer(Tokens.admin())).contentType("text/plain; charset=UTF-8")
                .queryParam("year", 2041).queryParam("notice", "国办发明电〔2040〕1号").body(notice)
                .post("/api/v1/calendar/notices"), 422).body("field", equalTo("body"));
        as(Tokens.viewer()).queryParam("size", 200).get("/api/v1/calendar/years").then()
                .body("items.findAll { it.year == 2041 }.size()", equalTo(0));
        problem(given().header("Authorization", bearer(Tokens.supervisor())).contentType("text/plain; charset=UTF-8")
                .queryParam("year", 2043).queryParam("notice", "国办发明电〔2042〕1号").body(notice)
                .post("/api/v1/calendar/notices"), 403);
        given().header("Authorization", bearer(Tokens.admin())).contentType("text/plain; charset=UTF-8")
                .queryParam("year", 2043).queryParam("notice", "国办发明电〔2042〕1号").body(notice)
                .post("/api/v1/calendar/notices").then().statusCode(200)
                .body("holidays", equalTo(10)).body("makeupWorkdays", equalTo(3)).body("year", equalTo(2043));
        as(Tokens.viewer()).queryParam("producedOn", "2043-09-22").get("/api/v1/calendar/deadline").then()
                .statusCode(200).body("deadline", equalTo("2043-10-23"))
                .body("makeupDaysCounted", equalTo(java.util.List.of("2043-09-27", "2043-10-10")));
        as(Tokens.viewer()).queryParam("year", 2043).get("/api/v1/calendar/days").then()
                .body("items[0].source", equalTo("国办发明电〔2042〕1号"));
    }
}
