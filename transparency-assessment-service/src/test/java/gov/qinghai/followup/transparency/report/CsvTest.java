package gov.qinghai.followup.transparency.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV of the 标准目录 (138号 四(二)) survives a round trip with commas, quotes and line breaks. */
class CsvTest {

    @Test
    void roundTripsQuotedCellsAndStripsTheBom() {
        byte[] bytes = Csv.write(List.of("名称", "要求"), List.of(List.of("a,b", "say \"hi\"\nnext line")));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        List<List<String>> rows = Csv.parse(text);
        assertEquals(List.of("名称", "要求"), rows.get(0));
        assertEquals(List.of("a,b", "say \"hi\"\nnext line"), rows.get(1));
    }
}
