package gov.qinghai.followup.transparency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.qinghai.followup.transparency.domain.WorkingDays.DayKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of dates of a 国务院办公厅关于部分节假日安排的通知, read as printed. */
class HolidayNoticeTest {
    // 国办发明电〔2025〕7号 (2026), the notice's own list
    static final String NOTICE_2026 = """
            经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、清明节：4月4日（周六）至6日（周一）放假，共3天。
            四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
            五、端午节：6月19日（周五）至21日（周日）放假，共3天。
            六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
            七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
            节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。""";

    @Test
    void readsThe2026NoticeAsPrinted() {
        List<HolidayNotice.Day> days = HolidayNotice.parse(2026, NOTICE_2026);
        assertEquals(33, days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count());
        assertEquals(List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
                days.stream().filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY).map(d -> d.day().toString()).toList());
        assertTrue(days.contains(new HolidayNotice.Day(LocalDate.parse("2026-02-23"), DayKind.HOLIDAY, "春节")));
    }

    @Test
    void readsADateOfTheYearBeforeWithItsYear() {
        // 国办发明电〔2018〕15号 (2019): 元旦 starts in 2018 and its 调休 day is 2018-12-29
        List<HolidayNotice.Day> days = HolidayNotice.parse(2019,
                "一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。");
        assertEquals(LocalDate.parse("2018-12-30"), days.get(0).day());
        assertEquals(LocalDate.parse("2019-01-01"), days.get(2).day());
        assertEquals(new HolidayNotice.Day(LocalDate.parse("2018-12-29"), DayKind.MAKEUP_WORKDAY, "元旦调休上班"),
                days.get(3));
    }

    @Test
    void refusesAWeekdayThatDoesNotMatchItsDate() {
        // the 2026 list loaded as 2027: 2027-01-01 is a Friday, not 周四
        HolidayNotice.Invalid e = assertThrows(HolidayNotice.Invalid.class, () -> HolidayNotice.parse(2027, NOTICE_2026));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("周四"), e.getMessage());
    }

    @Test
    void refusesATotalThatDoesNotMatchTheRangeAndAWeekdayMakeupDay() {
        assertThrows(HolidayNotice.Invalid.class, () -> HolidayNotice.parse(2026, "三、清明节：4月4日至6日放假，共4天。"));
        assertThrows(HolidayNotice.Invalid.class,
                () -> HolidayNotice.parse(2026, "四、劳动节：5月1日至5日放假调休，共5天。5月8日上班。"));
        assertThrows(HolidayNotice.Invalid.class, () -> HolidayNotice.parse(2026, "经国务院批准，通知如下。"));
    }

    @Test
    void readsADayOffInLieuAsAHoliday() {
        // 国办发明电〔2016〕5号 (2017): 元旦 falls on a Sunday, Monday 1月2日 is 补休
        List<HolidayNotice.Day> days = HolidayNotice.parse(2017, "一、元旦：1月1日放假，1月2日（星期一）补休。");
        assertEquals(List.of(new HolidayNotice.Day(LocalDate.parse("2017-01-01"), DayKind.HOLIDAY, "元旦"),
                new HolidayNotice.Day(LocalDate.parse("2017-01-02"), DayKind.HOLIDAY, "元旦")), days);
        // a 补休 day printed on a weekend is a misprint or the wrong year, not a day off to guess
        assertThrows(HolidayNotice.Invalid.class,
                () -> HolidayNotice.parse(2017, "一、元旦：1月1日放假，1月7日补休。"));
    }
}
