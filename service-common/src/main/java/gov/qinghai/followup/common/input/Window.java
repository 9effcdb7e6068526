package gov.qinghai.followup.common.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The window of one date or period a request carries (query, path or JSON field): from {@link #since()} (default
 * the configured earliest day, 2017-01-01) to the configured horizon after today ({@link DateWindow}). Outside it is
 * 400 naming the field, before any work grows with the value.
 *
 * <p>{@code LocalDate}, {@code YearMonth}, {@code Instant} and {@code OffsetDateTime} parameters and JSON fields get
 * the default window without this annotation ({@link DefaultWindowFilter}, {@link WindowedDates}); put it on them
 * only to give an earlier {@link #since()}, with the reason in {@link #why()}. A period carried as text or a number
 * ({@code "2017-Q3"}, {@code "2017-09"}, {@code 2017}) needs it with its {@link #kind()}: then its form is checked
 * too ({@code 2017-13} is no month).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, METHOD, RECORD_COMPONENT})
@Constraint(validatedBy = WindowValidator.class)
public @interface Window {
    /** The form of the value; {@link Kind#AUTO} reads it from the Java type (dates, months, instants). */
    Kind kind() default Kind.AUTO;

    /**
     * The first day allowed (ISO date), when the field's meaning reaches before the configured earliest day (e.g.
     * when an institution was established). Never unbounded: PostgreSQL and date arithmetic need a bound anyway.
     */
    String since() default "";

    /** Why {@link #since()} differs from the default: the reader of the API should not have to guess. */
    String why() default "";

    String message() default "must lie in the window of dates this service answers for";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** How a value of the field is written. */
    enum Kind {
        /** from the Java type: LocalDate, YearMonth, Instant, OffsetDateTime, Year. */
        AUTO,
        /** a day, {@code 2017-10-05}. */
        DATE,
        /** a month, {@code 2017-09}. */
        MONTH,
        /** a quarter, {@code 2017-Q3}. */
        QUARTER,
        /** a year, {@code 2017} (text or number). */
        YEAR,
        /** any of the above, for a filter over periods of several lengths (reminders of monthly and daily jobs). */
        PERIOD
    }
}
