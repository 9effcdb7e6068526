package gov.qinghai.followup.medical.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed CSVs written by scripts/parse_140.py: quoted fields hold the notice's commas. */
class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasAndQuotes() {
        List<List<String>> rows = Csv.parse("a,b\n\"2017年,全省\",\"say \"\"hi\"\"\"\n");
        assertEquals(List.of("2017年,全省", "say \"hi\""), rows.get(1));
    }

    @Test
    void readsTheSeededAlliancesOfTheNotice() {
        List<Map<String, String>> alliances = Csv.read("seed/alliances.csv");
        assertEquals(13, alliances.size());
        assertEquals("青海省人民医院", alliances.get(0).get("lead"));
        assertEquals(3, alliances.stream().filter(a -> a.get("kind").equals("PROVINCIAL_REGIONAL")).count());
    }
}
