package gov.qinghai.followup.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowCasesTest {
    private static JsonNode schema(String json) throws Exception {
        return OpenApiDocument.JSON.readTree(json);
    }

    @Test
    void sendsFarValuesForEveryKindOfDateAndPeriod() throws Exception {
        assertTrue(WindowCases.farValues("asOf", schema("{\"type\":\"string\",\"format\":\"date\"}"), "2017-10-10")
                .contains("9999-12-31"));
        assertTrue(WindowCases.farValues("requestedAt", schema("{\"type\":\"string\",\"format\":\"date-time\"}"), null)
                .contains("0001-01-01T00:00:00Z"));
        assertEquals(List.of("9999", "1900"), WindowCases.farValues("year", schema("{\"type\":\"integer\"}"), "2017"));
        assertEquals(List.of("9999-Q4", "1900-Q1"), WindowCases.farValues("period", schema("{\"type\":\"string\"}"),
                "2017-Q3"));
        assertEquals(List.of("9999-12", "1900-01"), WindowCases.farValues("period", schema("{\"type\":\"string\"}"),
                "2017-09"));
    }

    @Test
    void leavesOtherTextAlone() throws Exception {
        assertEquals(List.of(), WindowCases.farValues("unit", schema("{\"type\":\"string\"}"), "海东市政府"));
        assertEquals(List.of(), WindowCases.farValues("code", schema("{\"type\":\"string\"}"), "2017-09"));
    }
}
