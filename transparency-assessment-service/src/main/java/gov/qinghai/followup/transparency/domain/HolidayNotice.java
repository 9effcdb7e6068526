package gov.qinghai.followup.transparency.domain;

import gov.qinghai.followup.common.problem.Detail;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list of dates of a 国务院办公厅关于部分节假日安排的通知 as the notice prints it, one item a line:
 *
 * <pre>
 * 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
 * 一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
 * </pre>
 *
 * The range before 放假 becomes HOLIDAY days, the dates of a sentence with 补休 HOLIDAY days too (国办发明电〔2016〕5号:
 * "元旦：1月1日放假，1月2日（星期一）补休"), the dates of a sentence with 上班 MAKEUP_WORKDAY days. A date without a
 * year is in the notice's year; a day without a month takes the month before it. Nothing is guessed: a printed
 * weekday (周四, 星期六) that does not match the date, a 共N天 that does not match the range, a 上班 day that is not a
 * weekend day, or a date more than a month outside the notice's year is an error naming the line.
 */
public final class HolidayNotice {
    public record Day(LocalDate day, WorkingDays.DayKind kind, String name) {
    }

    public static final class Invalid extends RuntimeException {
        /** What is wrong and where, in the answer's language. */
        public final transient Detail detail;

        public Invalid(Detail detail) {
            super(detail.english());
            this.detail = detail;
        }
    }

    private static final Pattern ITEM = Pattern.compile("^\\s*[一二三四五六七八九十]+、\\s*([^：:]+)[：:](.*)$");
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:[（(]([^）)]*)[）)])?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期)([一二三四五六日天])");
    private static final Pattern TOTAL = Pattern.compile("共(\\d+)天");
    private static final String WEEKDAYS = "一二三四五六日";

    private HolidayNotice() {
    }

    public static List<Day> parse(int year, String text) {
        List<Day> out = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        for (int n = 0; n < lines.length; n++) {
            Matcher item = ITEM.matcher(lines[n]);
            if (!item.matches()) {
                continue; // the notice's preamble and closing lines
            }
            Detail where = Detail.of("tr.holiday.where", "line {0} ({1})", n + 1, item.group(1).trim());
            String name = item.group(1).trim();
            String body = item.group(2);
            int off = body.indexOf("放假");
            if (off < 0) {
                throw new Invalid(Detail.of("tr.holiday.no-holiday", "{0}: no 放假 in '{1}'", where, body.trim()));
            }
            int[] ctx = {year, 0};
            List<LocalDate> range = dates(body.substring(0, off), ctx, year, where);
            if (range.isEmpty() || range.size() > 2) {
                throw new Invalid(Detail.of("tr.holiday.range-form", "{0}: expected a day or a range (…至…) before"
                        + " 放假, found {1} dates", where, range.size()));
            }
            LocalDate from = range.get(0);
            LocalDate to = range.get(range.size() - 1);
            if (to.isBefore(from)) {
                throw new Invalid(Detail.of("tr.holiday.range-reversed", "{0}: the range ends ({1}) before it starts"
                        + " ({2})", where, to, from));
            }
            String rest = body.substring(off);
            Matcher total = TOTAL.matcher(rest);
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            if (total.find() && Long.parseLong(total.group(1)) != days) {
                throw new Invalid(Detail.of("tr.holiday.total", "{0}: 共{1}天 but {2} to {3} is {4} days", where,
                        total.group(1), from, to, days));
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.add(new Day(d, WorkingDays.DayKind.HOLIDAY, name));
            }
            for (String sentence : rest.split("[。；;]")) {
                if (sentence.contains("补休")) {
                    // a weekday off in lieu of a holiday that falls on a weekend: a day off like the range
                    for (LocalDate d : dates(sentence, ctx, year, where)) {
                        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                            throw new Invalid(Detail.of("tr.holiday.in-lieu-on-weekend", "{0}: {1} is a {2}: a 补休 day"
                                    + " off is a weekday", where, d, weekday(d.getDayOfWeek())));
                        }
                        out.add(new Day(d, WorkingDays.DayKind.HOLIDAY, name));
                    }
                    continue;
                }
                if (!sentence.contains("上班")) {
                    continue;
                }
                for (LocalDate d : dates(sentence, ctx, year, where)) {
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        throw new Invalid(Detail.of("tr.holiday.makeup-on-weekday", "{0}: {1} is a {2}, not a weekend"
                                + " day: it cannot be a 调休 working day", where, d, weekday(d.getDayOfWeek())));
                    }
                    out.add(new Day(d, WorkingDays.DayKind.MAKEUP_WORKDAY, name + "调休上班"));
                }
            }
        }
        if (out.isEmpty()) {
            throw new Invalid(Detail.of("tr.holiday.no-item",
                    "no item of the form '一、元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。' found"));
        }
        return out;
    }

    /** ctx = {year, month} carried from one date to the next. */
    private static List<LocalDate> dates(String s, int[] ctx, int year, Detail where) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                ctx[0] = Integer.parseInt(m.group(1));
            }
            if (m.group(2) != null) {
                ctx[1] = Integer.parseInt(m.group(2));
            }
            if (ctx[1] == 0) {
                throw new Invalid(Detail.of("tr.holiday.no-month", "{0}: '{1}' has no month", where, m.group()));
            }
            LocalDate d;
            try {
                d = LocalDate.of(ctx[0], ctx[1], Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new Invalid(Detail.of("tr.holiday.not-a-date", "{0}: '{1}' is not a date", where, m.group()));
            }
            if (d.isBefore(LocalDate.of(year - 1, 12, 1)) || d.isAfter(LocalDate.of(year + 1, 1, 31))) {
                throw new Invalid(Detail.of("tr.holiday.outside-year", "{0}: {1} is outside the notice's year {2}",
                        where, d, year));
            }
            if (m.group(4) != null) {
                Matcher w = WEEKDAY.matcher(m.group(4));
                if (w.find()) {
                    String c = w.group(1).equals("天") ? "日" : w.group(1);
                    DayOfWeek printed = DayOfWeek.of(WEEKDAYS.indexOf(c) + 1);
                    if (printed != d.getDayOfWeek()) {
                        throw new Invalid(Detail.of("tr.holiday.weekday-mismatch", "{0}: {1} is printed as 周{2} but is"
                                + " a {3} (wrong year?)", where, d, c, weekday(d.getDayOfWeek())));
                    }
                }
            }
            out.add(d);
        }
        return out;
    }

    /** A day of the week as the answer's language writes it (SATURDAY / 星期六). */
    private static Detail weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> Detail.of("tr.weekday.monday", "MONDAY");
            case TUESDAY -> Detail.of("tr.weekday.tuesday", "TUESDAY");
            case WEDNESDAY -> Detail.of("tr.weekday.wednesday", "WEDNESDAY");
            case THURSDAY -> Detail.of("tr.weekday.thursday", "THURSDAY");
            case FRIDAY -> Detail.of("tr.weekday.friday", "FRIDAY");
            case SATURDAY -> Detail.of("tr.weekday.saturday", "SATURDAY");
            case SUNDAY -> Detail.of("tr.weekday.sunday", "SUNDAY");
        };
    }
}
