package gov.qinghai.followup.common.input;

import gov.qinghai.followup.common.input.Window.Kind;
import gov.qinghai.followup.common.problem.Detail;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a date or period of a request may name: from {@code earliest} to {@code latest}, both included. A
 * period (month, quarter, year) is inside when it overlaps the window. Values are read strictly: a month is
 * {@code 2017-09} (not {@code 2017-13}, not {@code 2017-9}), a quarter {@code 2017-Q3}, a date {@code 2017-10-05}
 * (not a date-time, not {@code +10000-01-01}), a year four digits. An instant counts by its day in Asia/Shanghai,
 * where the notices' days are.
 */
public record DateWindow(LocalDate earliest, LocalDate latest) {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The window of {@code today}: from {@code earliest} to 31 December of today's year + {@code horizonYears}. */
    public static DateWindow of(LocalDate earliest, int horizonYears, LocalDate today) {
        return new DateWindow(earliest, LocalDate.of(today.getYear() + horizonYears, 12, 31));
    }

    /** The same window starting on another day (a field whose meaning reaches further back). */
    public DateWindow since(LocalDate from) {
        return new DateWindow(from, latest);
    }

    /**
     * Why the value is not acceptable ("must be a quarter like 2017-Q3 from 2017-Q1 to 2031-Q4"), or empty when it
     * is. {@code null} is acceptable (whether a value is required is another rule).
     */
    public Optional<String> violation(Object value, Kind kind) {
        return requirement(value, kind).map(Detail::english);
    }

    /** {@link #violation} as a keyed detail, in the request's language when a problem carries it. */
    public Optional<Detail> requirement(Object value, Kind kind) {
        if (value == null) {
            return Optional.empty();
        }
        Kind k = kind == Kind.AUTO ? kindOf(value) : kind;
        LocalDate[] span = span(value, k);
        if (span == null || span[1].isBefore(earliest) || span[0].isAfter(latest)) {
            return Optional.of(Detail.of("detail.must-be", "must be {0}", expected(k)));
        }
        return Optional.empty();
    }

    /** What a value of this kind must be, with the window: "a date like 2017-10-05 from 2017-01-01 to 2031-12-31". */
    public String describe(Kind kind) {
        return expected(kind).english();
    }

    /** {@link #describe} as a keyed detail. */
    public Detail expected(Kind kind) {
        return switch (kind) {
            case MONTH -> Detail.of("common.window.month", "a month like 2017-09 from {0} to {1}",
                    YearMonth.from(earliest), YearMonth.from(latest));
            case QUARTER -> Detail.of("common.window.quarter", "a quarter like 2017-Q3 from {0} to {1}",
                    quarter(earliest), quarter(latest));
            case YEAR -> Detail.of("common.window.year", "a year from {0} to {1}", earliest.getYear(),
                    latest.getYear());
            case PERIOD -> Detail.of("common.window.period",
                    "a period (year 2017, quarter 2017-Q3, month 2017-09 or day 2017-10-05) from {0} to {1}", earliest,
                    latest);
            default -> Detail.of("common.window.date", "a date like 2017-10-05 from {0} to {1}", earliest, latest);
        };
    }

    private static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static Kind kindOf(Object value) {
        if (value instanceof YearMonth) {
            return Kind.MONTH;
        }
        if (value instanceof Year || value instanceof Number) {
            return Kind.YEAR;
        }
        return Kind.DATE;
    }

    /** First and last day the value names, or {@code null} when it is not a value of that kind. */
    static LocalDate[] span(Object value, Kind kind) {
        try {
            if (value instanceof LocalDate d) {
                return new LocalDate[] {d, d};
            }
            if (value instanceof Instant i) {
                return day(i.atZone(CHINA).toLocalDate());
            }
            if (value instanceof OffsetDateTime t) {
                return day(t.atZoneSameInstant(CHINA).toLocalDate());
            }
            if (value instanceof ZonedDateTime t) {
                return day(t.withZoneSameInstant(CHINA).toLocalDate());
            }
            if (value instanceof LocalDateTime t) {
                return day(t.toLocalDate());
            }
            if (value instanceof YearMonth m) {
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (value instanceof Year y) {
                return year(y.getValue());
            }
            if (value instanceof Number n) {
                long y = n.longValue();
                return y < 1 || y > 9999 || n.doubleValue() != y ? null : year((int) y);
            }
            String s = value.toString();
            switch (kind) {
                case MONTH:
                    if (MONTH.matcher(s).matches()) {
                        YearMonth m = YearMonth.parse(s);
                        return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
                    }
                    return null;
                case QUARTER:
                    Matcher q = QUARTER.matcher(s);
                    if (q.matches()) {
                        LocalDate first = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
                        return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
                    }
                    return null;
                case YEAR:
                    return YEAR.matcher(s).matches() ? year(Integer.parseInt(s)) : null;
                case PERIOD:
                    for (Kind k : new Kind[] {Kind.DATE, Kind.MONTH, Kind.QUARTER, Kind.YEAR}) {
                        LocalDate[] span = span(s, k);
                        if (span != null) {
                            return span;
                        }
                    }
                    return null;
                default:
                    return DATE.matcher(s).matches() ? day(LocalDate.parse(s)) : null;
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    private static LocalDate[] day(LocalDate d) {
        return new LocalDate[] {d, d};
    }

    private static LocalDate[] year(int y) {
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
    }
}
