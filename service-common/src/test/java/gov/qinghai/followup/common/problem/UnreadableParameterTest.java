package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.qinghai.followup.common.paging.PageQuery;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which query or path parameter RESTEasy Reactive could not convert (it only says 404), and what it must be.
 */
class UnreadableParameterTest {
    enum Status { REQUESTED, ACCEPTED }

    static class Filter {
        @QueryParam("status")
        public Status status;
        @QueryParam("from")
        public LocalDate from;
    }

    @SuppressWarnings("unused")
    static class Resource {
        public void list(@BeanParam PageQuery page, @BeanParam Filter filter, @QueryParam("unitId") Long unit,
                @QueryParam("minDays") @Min(0) long minDays, @QueryParam("asOf") Instant asOf,
                @QueryParam("ids") List<Long> ids, @QueryParam("q") String q, @QueryParam("open") Boolean open) {
        }

        public void get(@PathParam("id") long id, @QueryParam("size") int size, @QueryParam("enabled") boolean on,
                @QueryParam("strict") @DefaultValue("false") boolean strict) {
        }
    }

    static Method method(String name) {
        for (Method m : Resource.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    static Optional<UnreadableParameter> list(String name, String... values) {
        return UnreadableParameter.find(method("list"), Map.of(name, List.of(values)), Map.of());
    }

    @Test
    void anIntOverflowInAPageBeanNamesSizeWithItsConstrainedRange() {
        assertEquals(Optional.of("size|query|a whole number from 1 to 200"),
                list("size", "632725194187416180").map(UnreadableParameterTest::text));
        assertEquals("must be a whole number from 1 to 200", list("size", "abc").orElseThrow().message());
    }

    @Test
    void anUnknownEnumNameListsTheAllowedNames() {
        assertEquals("one of REQUESTED, ACCEPTED", list("status", "NOT_A_STATUS").orElseThrow().expected().english());
        assertEquals(Optional.empty(), list("status", "ACCEPTED"));
    }

    @Test
    void datesAndDateTimesMustBeIso() {
        assertEquals("from", list("from", "2017-02-30").orElseThrow().name());
        assertEquals("a date like 2017-10-05", list("from", "yesterday").orElseThrow().expected().english());
        assertEquals(Optional.empty(), list("from", "2017-10-05"));
        assertEquals("asOf", list("asOf", "2017-10-09").orElseThrow().name());
        assertEquals(Optional.empty(), list("asOf", "2017-10-09T08:00:00Z"));
    }

    @Test
    void sixtyFourBitBoundsAreNotSpelledOutSinceTheyWouldBeMaskedAsIdNumbers() {
        assertEquals("a whole number (64-bit)", list("unitId", "99999999999999999999").orElseThrow().expected().english());
        assertEquals("a whole number of at least 0 (64-bit)", list("minDays", "1e3").orElseThrow().expected().english());
    }

    @Test
    void aBooleanIsTrueOrFalseInAnyCaseAndNothingElse() {
        assertEquals(Optional.of("open|query|true or false"), list("open", "maybe").map(UnreadableParameterTest::text));
        assertEquals("must be true or false", list("open", "1").orElseThrow().message());
        assertEquals("enabled", UnreadableParameter.find(method("get"), Map.of("enabled", List.of("yes")), Map.of())
                .orElseThrow().name());
        // a primitive boolean without @DefaultValue: "0" is what the framework fills an absent one in with
        assertEquals(Optional.empty(), UnreadableParameter.find(method("get"), Map.of("enabled", List.of("0")),
                Map.of()));
        assertEquals("strict", UnreadableParameter.find(method("get"), Map.of("strict", List.of("0")), Map.of())
                .orElseThrow().name());
        for (String ok : List.of("true", "false", "TRUE", "False")) {
            assertEquals(Optional.empty(), list("open", ok));
        }
    }

    @Test
    void everyValueOfAListIsRead() {
        assertEquals("ids", list("ids", "1", "x").orElseThrow().name());
        assertEquals(Optional.empty(), list("ids", "1", "2"));
    }

    @Test
    void valuesEveryTypeAcceptsAndEmptyValuesAreNotBlamed() {
        assertEquals(Optional.empty(), list("q", "anything"));
        assertEquals(Optional.empty(), list("size", ""));
        assertEquals(Optional.empty(), list("notAParameter", "x"));
    }

    @Test
    void aPathParameterIsBlamedBeforeAQueryParameter() {
        Optional<UnreadableParameter> bad = UnreadableParameter.find(method("get"), Map.of("size", List.of("x")),
                Map.of("id", List.of("abc")));
        assertEquals(Optional.of("id|path|a whole number (64-bit)"), bad.map(UnreadableParameterTest::text));
        assertEquals("size", UnreadableParameter.find(method("get"), Map.of("size", List.of("x")),
                Map.of("id", List.of("7"))).orElseThrow().name());
    }

    @Test
    void noMethodNoCulprit() {
        assertEquals(Optional.empty(), UnreadableParameter.find(null, Map.of("size", List.of("x")), Map.of()));
    }

    /** name|in|what it must be, in English. */
    static String text(UnreadableParameter p) {
        return p.name() + "|" + p.in() + "|" + p.expected().english();
    }
}
