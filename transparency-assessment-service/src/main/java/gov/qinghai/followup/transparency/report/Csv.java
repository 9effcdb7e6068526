package gov.qinghai.followup.transparency.report;

import java.util.List;

/** RFC 4180 CSV, reading (BOM tolerated) and writing (UTF-8 with BOM): service-common's {@code tables.Csv}. */
public final class Csv {
    private Csv() {
    }

    public static List<List<String>> parse(String text) {
        return gov.qinghai.followup.common.tables.Csv.parse(text);
    }

    public static byte[] write(List<String> header, List<List<?>> rows) {
        return gov.qinghai.followup.common.tables.Csv.write(header, rows);
    }
}
