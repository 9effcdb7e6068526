package gov.qinghai.followup.actionplan.service;

import java.util.List;
import java.util.Map;

/** The seed CSVs as header→value maps; parsing is service-common's {@code tables.Csv}. */
final class Csv {
    private Csv() {
    }

    static List<Map<String, String>> read(String resource) {
        return gov.qinghai.followup.common.tables.Csv.records(gov.qinghai.followup.common.tables.Csv.resource(resource));
    }

    static List<List<String>> parse(String s) {
        return gov.qinghai.followup.common.tables.Csv.parse(s);
    }
}
