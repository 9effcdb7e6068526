package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    record Body(Integer edition, long count, Boolean active, String name, BigDecimal amount, List<String> tags) {
    }

    static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        new StrictJson().customize(m);
        return m;
    }

    @Test
    void refusesAWholeNumberSentAsText() throws Exception {
        assertThrows(MismatchedInputException.class, () -> mapper().readValue("{\"edition\":\"7\"}", Body.class));
        assertThrows(MismatchedInputException.class, () -> mapper().readValue("{\"count\":\"7\"}", Body.class));
        assertEquals(7, mapper().readValue("{\"edition\":7}", Body.class).edition());
    }

    @Test
    void refusesABooleanSentAsText() {
        assertThrows(MismatchedInputException.class, () -> mapper().readValue("{\"active\":\"true\"}", Body.class));
    }

    @Test
    void keepsExactDecimalsSentAsText() throws Exception {
        assertEquals(new BigDecimal("12.50"), mapper().readValue("{\"amount\":\"12.50\"}", Body.class).amount());
    }

    @Test
    void refusesAKeySentTwice() {
        assertThrows(JsonProcessingException.class, () -> mapper().readValue("{\"edition\":1,\"edition\":2}", Body.class));
    }

    @Test
    void refusesALoneSurrogateInText() throws Exception {
        assertThrows(InvalidFormatException.class, () -> mapper().readValue("{\"name\":\"a\\ud800b\"}", Body.class));
        assertThrows(InvalidFormatException.class, () -> mapper().readValue("{\"name\":\"a\\udc00\"}", Body.class));
        assertThrows(InvalidFormatException.class, () -> mapper().readValue("{\"tags\":[\"\\ud800\"]}", Body.class));
        assertEquals("a😀b", mapper().readValue("{\"name\":\"a\\ud83d\\ude00b\"}", Body.class).name());
    }

    @Test
    void refusesANulCharacterInText() {
        assertThrows(InvalidFormatException.class, () -> mapper().readValue("{\"name\":\"a\\u0000b\"}", Body.class));
    }
}
