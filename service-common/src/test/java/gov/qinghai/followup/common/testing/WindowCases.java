package gov.qinghai.followup.common.testing;

import static gov.qinghai.followup.common.testing.HostileRequest.Expect.BAD_REQUEST;
import static gov.qinghai.followup.common.testing.HostileRequest.Expect.REJECTED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.qinghai.followup.common.testing.HostileRequest.Auth;
import gov.qinghai.followup.common.testing.HostileRequest.Expect;
import gov.qinghai.followup.common.testing.OpenApiDocument.Operation;
import gov.qinghai.followup.common.testing.OpenApiDocument.Param;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values outside every window: far-future and far-past dates and periods in every date or period parameter and JSON
 * field of an operation (its OpenAPI format {@code date}/{@code date-time}, or an example shaped like a month
 * {@code 2017-09}, a quarter {@code 2017-Q3} or a year), and decimals more precise than any column stores. Each must
 * be refused (a parameter with 400 naming it) within {@link #MAX_MILLIS}: no work may grow with a date's value, and
 * no value may be silently rounded.
 */
final class WindowCases {
    /** The categories whose answers must come within {@link #MAX_MILLIS}. */
    static final Set<String> TIMED = Set.of("window", "precision");
    static final long MAX_MILLIS = 1000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** More digits than any NUMERIC column of the four services keeps (the largest scale is 4). */
    static final BigDecimal OVER_PRECISE = new BigDecimal("0.30000000000000004");

    private final OpenApiDocument doc;
    private final Operation op;
    private final HostileCases cases;

    WindowCases(OpenApiDocument doc, Operation op, HostileCases cases) {
        this.doc = doc;
        this.op = op;
        this.cases = cases;
    }

    /** Far values for a date or period written like {@code example}, or none when it is no date or period. */
    static List<String> farValues(String name, JsonNode schema, String example) {
        String format = schema.path("format").asText("");
        String type = OpenApiDocument.type(schema);
        String n = name.toLowerCase(Locale.ROOT);
        if (format.equals("date")) {
            return List.of("9999-12-31", "0001-01-01", "2099-01-01");
        }
        if (format.equals("date-time")) {
            return List.of("9999-12-31T00:00:00Z", "0001-01-01T00:00:00Z");
        }
        if (type.equals("integer") && (n.equals("year") || n.endsWith("year"))) {
            return List.of("9999", "1900");
        }
        if (!type.equals("string") || example == null) {
            return List.of();
        }
        if (QUARTER.matcher(example).matches()) {
            return List.of("9999-Q4", "1900-Q1");
        }
        if (MONTH.matcher(example).matches() && (n.contains("period") || n.contains("month"))) {
            return List.of("9999-12", "1900-01");
        }
        if (YEAR.matcher(example).matches() && n.contains("year")) {
            return List.of("9999", "1900");
        }
        return List.of();
    }

    List<HostileRequest> generate() {
        List<HostileRequest> out = new ArrayList<>();
        for (Param p : op.params()) {
            if (!p.in().equals("query") && !p.in().equals("path")) {
                continue;
            }
            JsonNode s = doc.resolve(p.schema());
            String example = p.schema().has("example") ? p.schema().get("example").asText()
                    : s.has("example") ? s.get("example").asText() : doc.sample(s, 0).asText();
            for (String v : farValues(p.name(), s, example)) {
                Map<String, String> path = cases.basePath();
                Map<String, String> query = cases.baseQuery();
                (p.in().equals("path") ? path : query).put(p.name(), HostileCases.enc(v));
                boolean named = p.in().equals("query") || op.isRead();
                out.add(cases.request("window", p.name() + "=" + v, path, query, cases.baseBody(),
                        cases.baseContentType(), Auth.ADMIN, named ? BAD_REQUEST : REJECTED, named ? p.name() : null));
            }
        }
        if (op.isRead() && op.path().endsWith("/history")) {
            // the history of a record that never existed is 404, not an empty list
            Map<String, String> path = cases.basePath();
            for (Param p : op.params()) {
                if (p.in().equals("path") && OpenApiDocument.type(doc.resolve(p.schema())).equals("integer")) {
                    path.put(p.name(), HostileCases.MISSING_ID);
                }
            }
            out.add(cases.request("missing-record", "history of id " + HostileCases.MISSING_ID, path,
                    cases.baseQuery(), null, null, Auth.ADMIN, Expect.NOT_FOUND, null));
        }
        String json = cases.jsonMediaType();
        if (json != null) {
            JsonNode schema = doc.resolve(op.requestBodyContent().path(json).path("schema"));
            JsonNode base = doc.sample(schema, 0);
            if (base.isObject()) {
                fields(out, json, (ObjectNode) base, schema, (ObjectNode) base, "", 0);
            }
        }
        return out;
    }

    /** Each date, period or decimal field of an object in the body (nested objects and first array items too). */
    private void fields(List<HostileRequest> out, String json, ObjectNode root, JsonNode schema, ObjectNode at,
            String prefix, int depth) {
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> e = props.next();
            String field = e.getKey();
            JsonNode raw = e.getValue();
            JsonNode s = doc.resolve(raw);
            String type = OpenApiDocument.type(s);
            JsonNode current = at.get(field);
            String example = raw.has("example") ? raw.get("example").asText()
                    : s.has("example") ? s.get("example").asText() : current == null ? null : current.asText();
            for (String v : farValues(field, s, example)) {
                JsonNode value = type.equals("integer") ? F.numberNode(Integer.parseInt(v)) : F.textNode(v);
                out.add(body(json, root, at, field, value, "window", prefix + field + " " + v));
            }
            if (type.equals("number")) {
                out.add(body(json, root, at, field, F.numberNode(OVER_PRECISE), "precision",
                        prefix + field + " " + OVER_PRECISE.toPlainString()));
            }
            if (depth < 2 && type.equals("object") && current instanceof ObjectNode o) {
                fields(out, json, root, s, o, prefix + field + ".", depth + 1);
            } else if (depth < 2 && type.equals("array") && current instanceof ArrayNode a && a.size() > 0
                    && a.get(0) instanceof ObjectNode o) {
                fields(out, json, root, doc.resolve(s.path("items")), o, prefix + field + "[0].", depth + 1);
            }
        }
    }

    /** The base body with one field of one (possibly nested) object changed. */
    private HostileRequest body(String json, ObjectNode root, ObjectNode at, String field, JsonNode value,
            String category, String what) {
        JsonNode old = at.get(field);
        at.set(field, value);
        byte[] bytes = HostileCases.bytes(root);
        if (old == null) {
            at.remove(field);
        } else {
            at.set(field, old);
        }
        return cases.request(category, what, cases.basePath(), cases.baseQuery(), bytes, json, Auth.ADMIN,
                Expect.REJECTED, null);
    }
}
