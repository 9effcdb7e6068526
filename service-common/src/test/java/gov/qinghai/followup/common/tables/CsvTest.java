package gov.qinghai.followup.common.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading, whole text or streamed row by row (the large-import path), with the lines rows start on. */
class CsvTest {
    static final String TEXT = "\uFEFFseq,name\r\n1,\"甲, 乙\"\r\n2,\"说\"\"明\"\"\"\n3,\"两\n行\"\n4,last";

    @Test
    void streamedRowsAreTheRowsOfTheWholeText() throws IOException {
        List<Csv.Row> streamed = new ArrayList<>();
        Csv.eachRow(new StringReader(TEXT), streamed::add);
        assertEquals(Csv.parseRows(TEXT), streamed);
    }

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaksWithTheLineEachRowStartsOn() {
        List<Csv.Row> rows = Csv.parseRows(TEXT);
        assertEquals(List.of("seq", "name"), rows.get(0).cells());
        assertEquals(List.of("1", "甲, 乙"), rows.get(1).cells());
        assertEquals(List.of("2", "说\"明\""), rows.get(2).cells());
        assertEquals(new Csv.Row(4, List.of("3", "两\n行")), rows.get(3));
        assertEquals(new Csv.Row(6, List.of("4", "last")), rows.get(4));
        assertEquals(5, rows.size());
    }
}
