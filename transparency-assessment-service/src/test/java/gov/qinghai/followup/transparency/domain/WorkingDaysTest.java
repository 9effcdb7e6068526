package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.transparency.domain.WorkingDays.DayKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 137号 附件 第4项 "20 个工作日内主动公开" with the State Council 2017/2018 holiday arrangements. */
class WorkingDaysTest {
    private static final Map<LocalDate, DayKind> CAL = new HashMap<>();

    static {
        // 国办发明电〔2016〕5号: 国庆节、中秋节 10月1日至8日放假调休, 9月30日（星期六）上班
        range("2017-10-01", "2017-10-08");
        CAL.put(LocalDate.parse("2017-09-30"), DayKind.MAKEUP_WORKDAY);
        // 国办发明电〔2017〕12号: 春节 2月15日至21日放假调休, 2月11日（星期日）、2月24日（星期六）上班
        range("2018-02-15", "2018-02-21");
        CAL.put(LocalDate.parse("2018-02-11"), DayKind.MAKEUP_WORKDAY);
        CAL.put(LocalDate.parse("2018-02-24"), DayKind.MAKEUP_WORKDAY);
    }

    private static void range(String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            CAL.put(d, DayKind.HOLIDAY);
        }
    }

    private static WorkingDays.Deadline twenty(String produced) {
        return WorkingDays.deadline(LocalDate.parse(produced), 20, CAL, Map.of());
    }

    @Test
    void nationalDay2017CountsTheMakeupSaturdayAndSkipsEightDaysOff() {
        // produced Fri 2017-09-22: 9/25–29 (5), Sat 9/30 调休 (6), 10/1–8 off, 10/9–13 (11), 10/16–20 (16), 10/23–26 (20)
        WorkingDays.Deadline d = twenty("2017-09-22");
        assertEquals(LocalDate.parse("2017-10-26"), d.deadline());
        assertTrue(d.makeupDaysCounted().contains(LocalDate.parse("2017-09-30")));
        assertEquals(20, d.counted().size());
        assertTrue(d.skipped().stream().anyMatch(s -> s.day().equals(LocalDate.parse("2017-10-05"))));
    }

    @Test
    void withoutTheMakeupSaturdayTheDeadlineWouldBeOneDayLater() {
        Map<LocalDate, DayKind> noMakeup = new HashMap<>(CAL);
        noMakeup.remove(LocalDate.parse("2017-09-30"));
        assertEquals(LocalDate.parse("2017-10-27"),
                WorkingDays.deadline(LocalDate.parse("2017-09-22"), 20, noMakeup, Map.of()).deadline());
    }

    @Test
    void springFestival2018CountsSundayAndSaturdayMakeupDays() {
        // produced Fri 2018-02-09: Sun 2/11 调休 (1), 2/12–14 (4), 2/15–21 off, 2/22–23 (6), Sat 2/24 调休 (7),
        // 2/26–3/2 (12), 3/5–9 (17), 3/12–14 (20)
        WorkingDays.Deadline d = twenty("2018-02-09");
        assertEquals(LocalDate.parse("2018-03-14"), d.deadline());
        assertEquals(2, d.makeupDaysCounted().size());
    }

    @Test
    void productionDayItselfIsNotCounted() {
        // an ordinary stretch: produced Mon 2017-11-06 → 20th working day is Mon 2017-12-04
        assertEquals(LocalDate.parse("2017-12-04"), twenty("2017-11-06").deadline());
        assertEquals(LocalDate.parse("2017-11-07"), twenty("2017-11-06").countFrom());
    }

    @Test
    void refusesToCountThroughAYearWhoseNoticeIsNotHeld() {
        // 2027-09-22 counted on weekends alone would take the 国庆 holidays for working days
        java.util.Set<Integer> held = java.util.Set.of(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        WorkingDays.YearNotHeld e = org.junit.jupiter.api.Assertions.assertThrows(WorkingDays.YearNotHeld.class,
                () -> WorkingDays.deadline(LocalDate.parse("2027-09-22"), 20, CAL, Map.of(), held));
        assertEquals(2027, e.year);
        // late December depends on the next year's 元旦 arrangement (2018-12-29 was a 调休 day of the 2019 notice)
        WorkingDays.YearNotHeld december = org.junit.jupiter.api.Assertions.assertThrows(WorkingDays.YearNotHeld.class,
                () -> WorkingDays.deadline(LocalDate.parse("2026-12-10"), 20, CAL, Map.of(), held));
        assertEquals(2027, december.year);
        // within held years the count is the plain one (this test calendar has no 2026 holidays)
        assertEquals(LocalDate.parse("2026-10-23"),
                WorkingDays.deadline(LocalDate.parse("2026-09-25"), 20, CAL, Map.of(), held).deadline());
    }
}
