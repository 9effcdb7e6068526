package gov.qinghai.followup.transparency.api;

import static gov.qinghai.followup.transparency.api.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.common.testing.Tokens;
import gov.qinghai.followup.transparency.domain.HolidayNotice;
import gov.qinghai.followup.transparency.domain.WorkingDays.DayKind;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped holiday calendar (137号 附件 第4项 "20 个工作日内", counted in working days) against each year's
 * 国务院办公厅关于部分节假日安排的通知 as printed (src/test/resources/state-council-notices/YYYY.txt): date by date, every
 * day of 2017–2026 is a working day in the calendar exactly when it is one by the notices.
 */
@QuarkusTest
class StateCouncilCalendarTest {

    /** Each year's notice, read with HolidayNotice; a later item of the same name (an amending notice) replaces it. */
    private static Map<LocalDate, DayKind> notices() throws IOException {
        Map<LocalDate, DayKind> all = new TreeMap<>();
        for (int year = 2017; year <= 2026; year++) {
            Map<String, List<HolidayNotice.Day>> items = new LinkedHashMap<>();
            for (String line : text(year).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<HolidayNotice.Day> days = HolidayNotice.parse(year, line);
                items.put(days.get(0).name(), days);
            }
            items.values().forEach(days -> days.forEach(d -> all.put(d.day(), d.kind())));
        }
        return all;
    }

    private static String text(int year) throws IOException {
        try (InputStream in = StateCouncilCalendarTest.class.getResourceAsStream("/state-council-notices/" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean working(LocalDate d, Map<LocalDate, DayKind> days) {
        DayKind k = days.get(d);
        if (k != null) {
            return k == DayKind.MAKEUP_WORKDAY;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, DayKind> held() {
        Map<LocalDate, DayKind> held = new TreeMap<>();
        for (int year = 2017; year <= 2026; year++) {
            List<Map<String, Object>> items = as(Tokens.viewer()).queryParam("year", year).queryParam("size", 200)
                    .get("/api/v1/calendar/days").then().statusCode(200).extract().path("items");
            for (Map<String, Object> i : items) {
                held.put(LocalDate.parse((String) i.get("day")), DayKind.valueOf((String) i.get("kind")));
            }
        }
        return held;
    }

    @Test
    void everyDayFrom2017To2026IsAWorkingDayExactlyWhenTheNoticesSaySo() throws IOException {
        Map<LocalDate, DayKind> notices = notices();
        Map<LocalDate, DayKind> held = held();
        List<String> wrong = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2017, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
            if (working(d, notices) != working(d, held)) {
                wrong.add(d + " " + d.getDayOfWeek() + ": notice " + notices.get(d) + ", calendar " + held.get(d));
            }
        }
        assertEquals(List.of(), wrong);
        // every 调休 working day of the notices is held as one, and no other
        assertEquals(notices.entrySet().stream().filter(e -> e.getValue() == DayKind.MAKEUP_WORKDAY).map(Map.Entry::getKey)
                        .filter(d -> d.getYear() >= 2017).toList(),
                held.entrySet().stream().filter(e -> e.getValue() == DayKind.MAKEUP_WORKDAY).map(Map.Entry::getKey).toList());
        assertTrue(notices.containsKey(LocalDate.of(2018, 12, 29)), "the 2019 notice's 元旦 调休 day is read");
    }

    @Test
    void eachYearIsHeldUnderTheNumberOfItsNotice() throws IOException {
        for (int year = 2017; year <= 2026; year++) {
            String header = text(year).lines().findFirst().orElseThrow();
            String number = header.substring(header.indexOf("国办发明电"));
            as(Tokens.viewer()).queryParam("size", 50).get("/api/v1/calendar/years").then().statusCode(200)
                    .body("items.find { it.year == " + year + " }.notice", org.hamcrest.Matchers.startsWith(number));
        }
    }

    /**
     * One deadline a year across a holiday with its 调休 days, counted by hand on the printed notice: 20 working days
     * after the day the information is produced, 调休 Saturdays and Sundays counted, holidays skipped.
     */
    @Test
    void countsTwentyWorkingDaysAcrossEachYearsHolidaysAndMakeupDays() {
        Object[][] cases = {
                // produced on, deadline, 调休 days counted
                {"2019-09-20", "2019-10-23", List.of("2019-09-29", "2019-10-12")},
                // 国办发明电〔2020〕1号 extended 春节 to 2月2日: 2020-02-01 is no longer worked
                {"2020-01-17", "2020-02-21", List.of("2020-01-19")},
                {"2021-09-10", "2021-10-14", List.of("2021-09-18", "2021-09-26", "2021-10-09")},
                {"2022-09-30", "2022-11-02", List.of("2022-10-08", "2022-10-09")},
                {"2023-09-22", "2023-10-26", List.of("2023-10-07", "2023-10-08")},
                {"2024-02-02", "2024-03-06", List.of("2024-02-04", "2024-02-18")},
                {"2025-09-19", "2025-10-23", List.of("2025-09-28", "2025-10-11")},
                // 2026 春节: 2月15日至23日, 2月14日（周六）、2月28日（周六）上班
                {"2026-02-06", "2026-03-12", List.of("2026-02-14", "2026-02-28")},
                // 2026 中秋 9月25日至27日 and 国庆 10月1日至7日, 9月20日（周日）、10月10日（周六）上班
                {"2026-09-18", "2026-10-22", List.of("2026-09-20", "2026-10-10")},
        };
        for (Object[] c : cases) {
            as(Tokens.viewer()).queryParam("producedOn", c[0]).get("/api/v1/calendar/deadline").then()
                    .statusCode(200).body("deadline", equalTo(c[1])).body("makeupDaysCounted", equalTo(c[2]));
        }
    }
}
