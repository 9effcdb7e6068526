package gov.qinghai.followup.projects.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Months as {@code 2017-09} and quarters as {@code 2017-Q4} (DESIGN.md conventions). */
public final class Periods {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    private Periods() {
    }

    public static Optional<YearMonth> month(String text) {
        if (text == null || !text.matches("^\\d{4}-\\d{2}$")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text, MONTH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public record Quarter(int year, int number) {
        public static Optional<Quarter> parse(String text) {
            Matcher m = text == null ? null : QUARTER.matcher(text);
            return m != null && m.matches()
                    ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                    : Optional.empty();
        }

        /** The quarter that ended most recently before {@code date}. */
        public static Quarter lastEndedBefore(LocalDate date) {
            Quarter current = new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            return current.previous();
        }

        public YearMonth firstMonth() {
            return YearMonth.of(year, number * 3 - 2);
        }

        public YearMonth lastMonth() {
            return YearMonth.of(year, number * 3);
        }

        public LocalDate lastDay() {
            return lastMonth().atEndOfMonth();
        }

        public Quarter previous() {
            return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
        }

        @Override
        public String toString() {
            return year + "-Q" + number;
        }
    }
}
