package gov.qinghai.followup.common.reports;

import gov.qinghai.followup.common.input.Window;
import java.time.LocalDate;
import java.time.YearMonth;

/** How the periods of a kind of report are written: a quarter {@code 2017-Q3} or a year {@code 2017}. */
public enum PeriodForm {
    QUARTER(Window.Kind.QUARTER),
    YEAR(Window.Kind.YEAR);

    private final Window.Kind window;

    PeriodForm(Window.Kind window) {
        this.window = window;
    }

    /** The window kind that checks a period's form and range (400 naming the field otherwise). */
    public Window.Kind window() {
        return window;
    }

    /** The last day of a well-formed period: a report of it is built from the day after. */
    public LocalDate lastDay(String period) {
        return switch (this) {
            case QUARTER -> YearMonth.of(Integer.parseInt(period.substring(0, 4)),
                    (period.charAt(6) - '0') * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(Integer.parseInt(period), 12, 31);
        };
    }
}
