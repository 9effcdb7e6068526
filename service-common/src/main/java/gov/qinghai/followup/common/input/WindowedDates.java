package gov.qinghai.followup.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every {@code LocalDate}, {@code YearMonth}, {@code Instant} and {@code OffsetDateTime} a JSON body carries lies in
 * the {@link DateWindow} (the configured one, or the field's own {@link Window#since()}): outside it is 400 naming
 * the field ({@link OutsideWindowMapper}). A date is a string {@code 2017-10-05} and a month {@code 2017-09}, nothing
 * else: Jackson alone also takes a date-time ({@code 2017-10-05T23:00:00Z} silently became 2017-10-05), an array or
 * a day count for a date.
 */
@Singleton
public class WindowedDates implements ObjectMapperCustomizer {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after Quarkus registers its modules, so these deserializers win
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("date-windows");
        m.addDeserializer(LocalDate.class, new Windowed<>(LocalDate.class, LocalDateDeserializer.INSTANCE, DATE, null));
        m.addDeserializer(YearMonth.class, new Windowed<>(YearMonth.class, YearMonthDeserializer.INSTANCE, MONTH, null));
        m.addDeserializer(Instant.class, new Windowed<>(Instant.class, InstantDeserializer.INSTANT, null, null));
        m.addDeserializer(OffsetDateTime.class,
                new Windowed<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME, null, null));
        return m;
    }

    /** Reads with Jackson's own deserializer, after checking the form, then checks the window. */
    static final class Windowed<T> extends StdDeserializer<T> implements ContextualDeserializer {
        private final JsonDeserializer<?> delegate;
        private final Pattern form;
        private final Window window;

        Windowed(Class<T> type, JsonDeserializer<?> delegate, Pattern form, Window window) {
            super(type);
            this.delegate = delegate;
            this.form = form;
            this.window = window;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> d = delegate instanceof ContextualDeserializer c ? c.createContextual(ctxt, property)
                    : delegate;
            Window w = property == null ? null : property.getAnnotation(Window.class);
            return new Windowed<>((Class<T>) handledType(), d, form, w);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (form != null && (p.currentToken() != JsonToken.VALUE_STRING || !form.matcher(p.getText()).matches())) {
                throw InvalidFormatException.from(p, "not of the form " + form, p.getText(), handledType());
            }
            T value = (T) delegate.deserialize(p, ctxt);
            Optional<String> why = DateWindows.current().window(window).violation(value, Window.Kind.AUTO);
            if (why.isPresent()) {
                throw new OutsideWindow(p, why.get(), handledType());
            }
            return value;
        }
    }

    /** A date or period outside its window; the field's path is added as the exception leaves the bean. */
    public static final class OutsideWindow extends MismatchedInputException {
        OutsideWindow(JsonParser p, String message, Class<?> type) {
            super(p, message, type);
        }

        /** What the value must be (never the value itself). */
        public String requirement() {
            return getOriginalMessage();
        }
    }
}
