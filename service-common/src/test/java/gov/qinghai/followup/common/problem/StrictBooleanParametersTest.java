package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A boolean parameter is true or false (any case), not "anything else is false" (Boolean.valueOf). */
class StrictBooleanParametersTest {
    private final StrictBooleanParameters provider = new StrictBooleanParameters();

    private ParamConverter<?> converter(Class<?> type) {
        return provider.getConverter(type, type, new Annotation[0]);
    }

    @Test
    void trueAndFalseAreReadInAnyCase() {
        for (Class<?> type : List.of(Boolean.class, boolean.class)) { // boolean: without @DefaultValue
            assertEquals(Boolean.TRUE, converter(type).fromString("true"));
            assertEquals(Boolean.TRUE, converter(type).fromString("TRUE"));
            assertEquals(Boolean.FALSE, converter(type).fromString("False"));
        }
    }

    @Test
    void anyOtherWordIsRefusedInsteadOfReadAsFalse() {
        for (String garbled : List.of("maybe", "yes", "no", "1", "0", "t", " true", "true ", "", "falsey")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> converter(Boolean.class).fromString(garbled), garbled);
            assertEquals("must be true or false", e.getMessage());
        }
    }

    @Test
    void absentStaysAbsent() {
        assertNull(converter(Boolean.class).fromString(null));
    }

    @Test
    void anAbsentPrimitiveWithoutDefaultValueArrivesAsZeroAndIsFalse() {
        // Quarkus REST fills every absent primitive parameter in as "0": refusing it would make the absent flag 404
        assertEquals(Boolean.FALSE, converter(boolean.class).fromString("0"));
        assertThrows(IllegalArgumentException.class, () -> converter(Boolean.class).fromString("0"));
        DefaultValue declared = Holder.class.getDeclaredFields()[0].getAnnotation(DefaultValue.class);
        ParamConverter<Boolean> withDefault = provider.getConverter(boolean.class, boolean.class,
                new Annotation[] {declared});
        assertThrows(IllegalArgumentException.class, () -> withDefault.fromString("0"));
        assertEquals(Boolean.FALSE, withDefault.fromString(declared.value()));
    }

    static class Holder {
        @DefaultValue("false")
        boolean flag;
    }

    @Test
    void otherTypesAreLeftToTheFramework() {
        assertNull(converter(String.class));
        assertNull(converter(Long.class));
        assertNull(converter(LocalDate.class));
    }
}
