package gov.qinghai.followup.transparency.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic for 137号 附件 item 4 "20 个工作日内主动公开属于主动公开范围的政府信息".
 *
 * <p>A working day is Monday–Friday unless the calendar marks it HOLIDAY, plus any weekend day the calendar
 * marks MAKEUP_WORKDAY (调休上班). Counting starts the day after the information is produced (the day of
 * production is not counted, as in 《政府信息公开条例》 "自该政府信息形成或者变更之日起20个工作日内"); the
 * deadline is the 20th working day, inclusive.
 */
public final class WorkingDays {
    public static final int DISCLOSURE_DAYS = 20;

    public enum DayKind { HOLIDAY, MAKEUP_WORKDAY }

    public record Skipped(LocalDate day, String reason) {
    }

    public record Deadline(LocalDate producedOn, LocalDate countFrom, int workingDays, LocalDate deadline,
                           List<LocalDate> counted, List<Skipped> skipped, List<LocalDate> makeupDaysCounted,
                           String rule) {
    }

    /**
     * The count reached a day of a year whose holiday notice the calendar does not hold: weekends alone would count
     * 元旦 and 国庆 as working days and miss the 调休 days, so the deadline is not computed.
     */
    public static final class YearNotHeld extends RuntimeException {
        public final int year;
        public final LocalDate day;
        /** Why, in the answer's language. */
        public final transient Detail why;

        YearNotHeld(int year, LocalDate day, Detail why) {
            super(why.english());
            this.year = year;
            this.day = day;
            this.why = why;
        }
    }

    /**
     * From this day of December on, a day's status also depends on the next year's notice (its 元旦 arrangement may
     * make a late-December weekend a 调休 working day: 2018-12-29 was made one by 国办发明电〔2018〕15号 for 2019).
     */
    static final int NEXT_YEAR_DECIDES_FROM_DECEMBER = 24;

    private WorkingDays() {
    }

    /** Throws {@link YearNotHeld} when the status of {@code d} depends on a notice the calendar does not hold. */
    public static void requireHeld(LocalDate d, Set<Integer> heldYears) {
        if (!heldYears.contains(d.getYear())) {
            throw new YearNotHeld(d.getYear(), d, Detail.of("tr.calendar.year-not-held", "the count reaches {0} but"
                    + " the calendar does not hold the {1} holiday notice (国务院办公厅关于{1}年部分节假日安排的通知); held: {2}",
                    d, d.getYear(), heldYears.stream().sorted().toList()));
        }
        if (d.getMonthValue() == 12 && d.getDayOfMonth() >= NEXT_YEAR_DECIDES_FROM_DECEMBER
                && !heldYears.contains(d.getYear() + 1)) {
            throw new YearNotHeld(d.getYear() + 1, d, Detail.of("tr.calendar.next-year-decides", "the count reaches"
                    + " {0}, whose status the {1} holiday notice decides (its 元旦 arrangement may move late-December"
                    + " days), and the calendar does not hold it yet; held: {2}", d, d.getYear() + 1,
                    heldYears.stream().sorted().toList()));
        }
    }

    /** {@link #deadline(LocalDate, int, Map, Map)} refusing to count through a year the calendar does not hold. */
    public static Deadline deadline(LocalDate producedOn, int days, Map<LocalDate, DayKind> calendar,
                                    Map<LocalDate, String> names, Set<Integer> heldYears) {
        Deadline d = deadline(producedOn, days, calendar, names);
        for (LocalDate x = d.countFrom(); !x.isAfter(d.deadline()); x = x.plusDays(1)) {
            requireHeld(x, heldYears);
        }
        return d;
    }

    public static boolean isWorkingDay(LocalDate d, Map<LocalDate, DayKind> calendar) {
        DayKind k = calendar.get(d);
        if (k == DayKind.HOLIDAY) {
            return false;
        }
        if (k == DayKind.MAKEUP_WORKDAY) {
            return true;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public static Deadline deadline(LocalDate producedOn, int days, Map<LocalDate, DayKind> calendar,
                                    Map<LocalDate, String> names) {
        List<LocalDate> counted = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<LocalDate> makeup = new ArrayList<>();
        LocalDate d = producedOn;
        while (counted.size() < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d, calendar)) {
                counted.add(d);
                if (calendar.get(d) == DayKind.MAKEUP_WORKDAY) {
                    makeup.add(d);
                }
            } else {
                String name = names.get(d);
                skipped.add(new Skipped(d, calendar.get(d) == DayKind.HOLIDAY
                        ? "holiday " + (name == null ? "" : name) : "weekend"));
            }
        }
        return new Deadline(producedOn, producedOn.plusDays(1), days, d, counted, skipped, makeup,
                "137号 附件 第4项: 20 working days counted from the day after production; weekends and holidays"
                        + " skipped, 调休 working days counted");
    }
}
