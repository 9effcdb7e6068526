package gov.qinghai.followup.medical.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed CSVs written by scripts/parse_140.py as header→value maps, empty cells as null. */
public final class Csv {
    private Csv() {
    }

    public static List<Map<String, String>> read(String resource) {
        return gov.qinghai.followup.common.tables.Csv.records(gov.qinghai.followup.common.tables.Csv.resource(resource))
                .stream().map(Csv::emptyAsNull).toList();
    }

    static List<List<String>> parse(String text) {
        return gov.qinghai.followup.common.tables.Csv.parse(text);
    }

    private static Map<String, String> emptyAsNull(Map<String, String> row) {
        Map<String, String> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k, v.isEmpty() ? null : v));
        return m;
    }
}
