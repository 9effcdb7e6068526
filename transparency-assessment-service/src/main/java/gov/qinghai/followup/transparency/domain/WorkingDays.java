package gov.qinghai.followup.transparency.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private WorkingDays() {
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
