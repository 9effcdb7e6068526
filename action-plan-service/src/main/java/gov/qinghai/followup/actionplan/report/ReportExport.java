package gov.qinghai.followup.actionplan.report;

import com.fasterxml.jackson.databind.JsonNode;
import gov.qinghai.followup.actionplan.domain.SupervisionKind;
import gov.qinghai.followup.actionplan.domain.TaskStatus;
import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.tables.TableExport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flattens a stored quarterly report (its JSON) into tables: CSV sections (UTF-8 with BOM) or XLSX sheets. The
 * tables keep the machine column keys (they type the cells); what a person reads is Chinese: the heading row from
 * labels.properties ({@code column.<key>}) and the status and 督查 kind as their labels.
 */
public final class ReportExport {
    private ReportExport() {
    }

    /** The report as tables: sheet name → rows (first row the header). */
    public static Map<String, List<List<String>>> tables(JsonNode c) {
        Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : QuarterlyReportBuilder.SHEETS.entrySet()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(e.getValue());
            out.put(e.getKey(), rows);
        }
        for (JsonNode g : c.path("groups")) {
            JsonNode by = g.path("byStatus");
            out.get("groups").add(List.of(g.path("numeral").asText(), g.path("name").asText(), g.path("tasks").asText(),
                    by.path("MET").asText(), by.path("ON_TRACK").asText(), by.path("AT_RISK").asText(),
                    by.path("OVERDUE").asText(), by.path("NOT_STARTED").asText(), g.path("targetsDue").asText(),
                    g.path("targetsMet").asText(), g.path("targetsMissed").asText()));
        }
        for (JsonNode t : c.path("tasks")) {
            String reasons = String.join("; ", texts(t.path("reasons")));
            if (t.path("indicators").isEmpty()) {
                out.get("tasks").add(List.of(t.path("number").asText(), t.path("group").asText(), status(t),
                        "", "", "", "", "", "", "", "", "", reasons));
            }
            for (JsonNode i : t.path("indicators")) {
                out.get("tasks").add(List.of(t.path("number").asText(), t.path("group").asText(),
                        status(t), i.path("code").asText(), i.path("comparator").asText(),
                        i.path("target").asText(), i.path("deadline").asText(), text(i.path("actual")),
                        text(i.path("actualAsOf")), text(i.path("source")), text(i.path("stale")), text(i.path("met")),
                        reasons));
            }
        }
        for (JsonNode u : c.path("units")) {
            out.get("units").add(List.of(u.path("unit").asText(), u.path("tasksOwed").asText(),
                    u.path("reportsFiled").asText()));
        }
        for (JsonNode l : c.path("laggingUnits")) {
            out.get("laggingUnits").add(List.of(l.path("unit").asText(), l.path("severity").asText(),
                    l.path("overdueTasks").asText(), l.path("tasksBehindTarget").asText(),
                    l.path("missingReports").asText(), l.path("overdueRectifications").asText("0")));
        }
        for (JsonNode f : c.path("findings")) {
            out.get("findings").add(List.of(f.path("heldOn").asText(), kind(f), f.path("title").asText(),
                    f.path("unit").asText(), text(f.path("taskNumber")), f.path("text").asText(),
                    f.path("admonitions").asText(), f.path("accountabilities").asText()));
        }
        return out;
    }

    private static String status(JsonNode t) {
        String s = t.path("status").asText();
        return s.isEmpty() ? s : Labels.get().of(TaskStatus.valueOf(s));
    }

    private static String kind(JsonNode f) {
        String k = f.path("kind").asText();
        return k.isEmpty() ? k : Labels.get().of(SupervisionKind.valueOf(k));
    }

    /** The Chinese heading row of a table. */
    private static List<String> headings(List<String> keys) {
        return keys.stream().map(k -> Labels.get().heading(k)).toList();
    }

    /** Data rows of the tables (headers not counted): what the export limit is held against. */
    public static int rows(Map<String, List<List<String>>> tables) {
        return tables.values().stream().mapToInt(t -> t.size() - 1).sum();
    }

    public static byte[] csv(JsonNode c, Map<String, List<List<String>>> tables) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("# 青政办〔2017〕135号 夏秋季攻势 ").append(c.path("period").asText()).append(" as of ")
                .append(c.path("asOf").asText()).append("\r\n");
        for (Map.Entry<String, List<List<String>>> e : tables.entrySet()) {
            sb.append("\r\n# ").append(e.getKey()).append(' ').append(Labels.get().heading("sheet_" + e.getKey()))
                    .append("\r\n");
            List<String> header = e.getValue().get(0);
            sb.append(String.join(",", headings(header).stream().map(ReportExport::cell).toList())).append("\r\n");
            for (List<String> row : e.getValue().subList(1, e.getValue().size())) {
                List<String> cells = new ArrayList<>();
                for (int col = 0; col < row.size(); col++) {
                    String v = row.get(col);
                    cells.add(BOOLEAN_COLUMNS.contains(header.get(col)) && !v.isEmpty()
                            ? Labels.get().find("Boolean." + v).orElse(v) : cell(v));
                }
                sb.append(String.join(",", cells)).append("\r\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Columns whose cells are dates or yes/no in the stored report: typed so a spreadsheet can sort and sum them. */
    private static final java.util.Set<String> DATE_COLUMNS = java.util.Set.of("deadline", "actualAsOf", "heldOn");
    private static final java.util.Set<String> BOOLEAN_COLUMNS = java.util.Set.of("stale", "met");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The sheets through service-common's TableExport: numbers, dates and booleans as their types. */
    public static byte[] xlsx(Map<String, List<List<String>>> tables) {
        Map<String, List<List<?>>> typed = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<List<String>>> e : tables.entrySet()) {
            List<String> header = e.getValue().get(0);
            List<List<?>> rows = new ArrayList<>();
            rows.add(headings(header));
            for (List<String> row : e.getValue().subList(1, e.getValue().size())) {
                List<Object> out = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    out.add(typed(header.get(c), row.get(c)));
                }
                rows.add(out);
            }
            typed.put(e.getKey(), rows);
        }
        return TableExport.xlsx(typed);
    }

    private static Object typed(String column, String v) {
        if (v.isEmpty()) {
            return null;
        }
        if (DATE_COLUMNS.contains(column)) {
            return java.time.LocalDate.parse(v);
        }
        if (BOOLEAN_COLUMNS.contains(column)) {
            return Boolean.valueOf(v);
        }
        return NUMBER.matcher(v).matches() ? new java.math.BigDecimal(v) : v;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }

    /** A CSV cell as every export writes it: quoted where needed, formula-like text guarded (service-common Csv). */
    private static String cell(String v) {
        return NUMBER.matcher(v).matches() ? v : Csv.cell(v);
    }
}
