package gov.qinghai.followup.common.testing;

import static gov.qinghai.followup.common.testing.HostileRequest.Expect.NOT_5XX;
import static gov.qinghai.followup.common.testing.HostileRequest.Expect.FORBIDDEN;
import static gov.qinghai.followup.common.testing.HostileRequest.Expect.REJECTED;
import static gov.qinghai.followup.common.testing.HostileRequest.Expect.UNAUTHORIZED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.qinghai.followup.common.testing.HostileRequest.Auth;
import gov.qinghai.followup.common.testing.HostileRequest.Expect;
import gov.qinghai.followup.common.testing.OpenApiDocument.Operation;
import gov.qinghai.followup.common.testing.OpenApiDocument.Param;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates the wrong inputs for one operation. Each request changes one thing of an otherwise
 * plausible request, so the answer says which input the service mishandles. Writes only ever
 * address ids that do not exist (999999999) and string path values no real record has, so the
 * only writes that can succeed are creations on collection paths (bounded, with odd data).
 */
final class HostileCases {
    static final String MISSING_ID = "999999999";
    static final String HUGE_STRING = "汉".repeat(10) + "x".repeat(100_000);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final OpenApiDocument doc;
    private final Operation op;
    private final Random rnd;
    /** real ids for a read's path params (found by listing the parent collection), else absent. */
    private final Map<String, String> realPathValues;

    HostileCases(OpenApiDocument doc, Operation op, Random rnd, Map<String, String> realPathValues) {
        this.doc = doc;
        this.op = op;
        this.rnd = rnd;
        this.realPathValues = realPathValues;
    }

    /** The must-have cases first (in order), then a seeded random sample of the rest, max in all. */
    List<HostileRequest> generate(int max, boolean unauthenticatedCheck) {
        List<HostileRequest> must = new ArrayList<>();
        List<HostileRequest> rest = new ArrayList<>();
        if (unauthenticatedCheck && op.secured(doc.root())) {
            must.add(request("auth", "no token", basePath(), baseQuery(), baseBody(), baseContentType(), Auth.NONE,
                    UNAUTHORIZED));
            if (!op.isRead()) {
                // OWASP API2/API5 (generic part): forged and expired tokens, a role the operation does not allow
                must.add(request("auth", "expired token", basePath(), baseQuery(), baseBody(), baseContentType(),
                        Auth.EXPIRED, UNAUTHORIZED));
                must.add(request("auth", "token signed by an unknown key", basePath(), baseQuery(), baseBody(),
                        baseContentType(), Auth.FOREIGN_SIGNED, UNAUTHORIZED));
                List<String> roles = op.roles(doc.root());
                if (!roles.isEmpty() && !roles.contains("viewer")) {
                    must.add(request("auth", "viewer role (allowed: " + roles + ")", basePath(), baseQuery(), baseBody(),
                            baseContentType(), Auth.VIEWER, FORBIDDEN));
                }
            }
        }
        new TrustCases(doc, op, this).addTo(must, unauthenticatedCheck);
        // far dates and periods, over-precise decimals: always sent (WindowCases)
        must.addAll(new WindowCases(doc, op, this).generate());
        pathCases(must, rest);
        queryCases(must, rest);
        bodyCases(must, rest);
        if (op.isRead()) {
            HostileRequest r = request("accept", "Accept: application/xml", basePath(), baseQuery(), null, null,
                    Auth.ADMIN, NOT_5XX);
            Map<String, String> h = new LinkedHashMap<>(r.headers());
            h.put("Accept", "application/xml");
            rest.add(new HostileRequest(r.operation(), r.category(), r.description(), r.method(), r.pathAndQuery(), h,
                    r.contentType(), r.body(), r.auth(), r.expect()));
            rest.add(request("baseline", "plausible read", basePath(), baseQuery(), null, null, Auth.ADMIN, NOT_5XX));
        }
        List<HostileRequest> out = new ArrayList<>(must.subList(0, Math.min(must.size(), max)));
        Collections.shuffle(rest, rnd);
        for (HostileRequest r : rest) {
            if (out.size() >= max) {
                break;
            }
            out.add(r);
        }
        return out;
    }

    // ---------------------------------------------------------------- path parameters

    Map<String, String> basePath() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Param p : op.params()) {
            if (!p.in().equals("path")) {
                continue;
            }
            String t = OpenApiDocument.type(p.schema());
            if (op.isRead() && realPathValues.containsKey(p.name())) {
                values.put(p.name(), realPathValues.get(p.name()));
            } else if (t.equals("integer") || t.equals("number")) {
                values.put(p.name(), MISSING_ID);
            } else if (op.isRead()) {
                values.put(p.name(), enc(doc.sample(p.schema(), 0).asText()));
            } else {
                // a write never addresses a real record: no job, quarter or code is called this
                values.put(p.name(), "hostile-no-such-" + p.name());
            }
        }
        return values;
    }

    private void pathCases(List<HostileRequest> must, List<HostileRequest> rest) {
        for (Param p : op.params()) {
            if (!p.in().equals("path")) {
                continue;
            }
            String t = OpenApiDocument.type(p.schema());
            boolean whole = t.equals("integer");
            List<String> values = (whole || t.equals("number"))
                    ? List.of(MISSING_ID, "abc", "-1", "1e3", "%00", "99999999999999999999", "0", "1.5")
                    : List.of("%00", "2017-Q5", "2017-13", "yesterday", "x".repeat(2000), "..%2F..%2Fetc%2Fpasswd",
                            "%E2%80%AE", "NOT_A_VALUE");
            for (int i = 0; i < values.size(); i++) {
                Map<String, String> path = basePath();
                String v = values.get(i);
                path.put(p.name(), v);
                // an id that is no whole number names no record: 404 naming the parameter (reads; a write may
                // refuse its body first)
                boolean notAnId = whole && op.isRead() && List.of("abc", "1e3", "99999999999999999999", "1.5").contains(v);
                HostileRequest r = request("path-param", p.name() + "=" + HostileRequest.excerpt(v, 20),
                        path, baseQuery(), baseBody(), baseContentType(), Auth.ADMIN,
                        notAnId ? Expect.NOT_FOUND : NOT_5XX, notAnId ? p.name() : null);
                (i < 4 ? must : rest).add(r);
            }
        }
    }

    // ---------------------------------------------------------------- query and header parameters

    Map<String, String> baseQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        for (Param p : op.params()) {
            if (p.in().equals("query") && p.required()) {
                q.put(p.name(), enc(doc.sample(p.schema(), 0).asText()));
            }
        }
        return q;
    }

    private void queryCases(List<HostileRequest> must, List<HostileRequest> rest) {
        for (Param p : op.params()) {
            if (p.in().equals("query") && p.required()) {
                Map<String, String> q = baseQuery();
                q.remove(p.name());
                must.add(request("query-param", "missing required " + p.name(), basePath(), q, baseBody(),
                        baseContentType(), Auth.ADMIN, NOT_5XX));
            }
            if (!p.in().equals("query") && !p.in().equals("header")) {
                continue;
            }
            List<Bad> bad = badScalars(p.name(), doc.resolve(p.schema()), true);
            boolean firstUnreadable = true;
            for (Bad b : bad) {
                String v = b.value();
                if (p.in().equals("query")) {
                    Map<String, String> q = baseQuery();
                    q.put(p.name(), v);
                    HostileRequest r = request("query-param", p.name() + "=" + HostileRequest.excerpt(v, 24),
                            basePath(), q, baseBody(), baseContentType(), Auth.ADMIN, b.expect(),
                            b.expect() == Expect.BAD_REQUEST ? p.name() : null);
                    // one value the type cannot hold per query parameter is always sent (400, not 404)
                    if (b.expect() == Expect.BAD_REQUEST && firstUnreadable) {
                        must.add(r);
                        firstUnreadable = false;
                    } else {
                        rest.add(r);
                    }
                } else if (!v.contains("%")) {
                    HostileRequest r = request("header", p.name() + ": " + HostileRequest.excerpt(v, 24), basePath(),
                            baseQuery(), baseBody(), baseContentType(), Auth.ADMIN, NOT_5XX);
                    Map<String, String> h = new LinkedHashMap<>(r.headers());
                    h.put(p.name(), v);
                    rest.add(new HostileRequest(r.operation(), r.category(), r.description(), r.method(),
                            r.pathAndQuery(), h, r.contentType(), r.body(), r.auth(), r.expect()));
                }
            }
        }
    }

    /** A wrong value for a scalar in a URL (already percent-encoded) and what its answer must be. */
    record Bad(String value, Expect expect) {
    }

    /**
     * Wrong values for a scalar in a URL (already percent-encoded). Values the parameter's type cannot hold
     * (garbled numbers, overflow, unknown enum names, impossible dates, a boolean that is neither true nor false)
     * and values outside the range the document
     * declares must get 400 ({@link Expect#BAD_REQUEST}); the rest only no 5xx. An empty value counts as absent.
     */
    static List<Bad> badScalars(String name, JsonNode schema, boolean inUrl) {
        String n = name.toLowerCase(Locale.ROOT);
        List<Bad> v = new ArrayList<>();
        String type = OpenApiDocument.type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "integer": {
                for (String x : List.of("abc", "1e3", "1e309", "NaN", "99999999999999999999", "0x10", "1.5")) {
                    v.add(new Bad(x, Expect.BAD_REQUEST));
                }
                if (format.equals("int64")) {
                    v.add(new Bad("9223372036854775808", Expect.BAD_REQUEST));
                } else {
                    // int32 or unspecified: the example (a long that is no int) and the first overflow
                    v.add(new Bad("632725194187416180", Expect.BAD_REQUEST));
                    v.add(new Bad("2147483648", Expect.BAD_REQUEST));
                }
                List<String> ranged = new ArrayList<>(List.of("-1"));
                if (n.equals("page")) {
                    ranged.add("2147483647");
                }
                if (n.equals("size") || n.equals("limit")) {
                    ranged.addAll(List.of("100000", "0", "-5"));
                }
                for (String x : ranged) {
                    v.add(new Bad(x, outOfDeclaredRange(schema, Long.parseLong(x)) ? Expect.BAD_REQUEST : NOT_5XX));
                }
                v.add(new Bad("", NOT_5XX));
                break;
            }
            case "number":
                v.add(new Bad("abc", Expect.BAD_REQUEST));
                for (String x : List.of("-1", "1e3", "1e309", "NaN", "99999999999999999999", "", "0x10")) {
                    v.add(new Bad(x, NOT_5XX));
                }
                break;
            case "boolean":
                // true or false in any case, nothing else (Boolean.valueOf read every other word as false)
                for (String x : List.of("maybe", "2", "yes", "t")) {
                    v.add(new Bad(x, Expect.BAD_REQUEST));
                }
                for (String x : List.of("TRUE", "")) {
                    v.add(new Bad(x, NOT_5XX));
                }
                break;
            default:
                if (schema.has("enum")) {
                    String first = schema.get("enum").get(0).asText();
                    v.add(new Bad("NOT_A_VALUE", Expect.BAD_REQUEST));
                    for (String x : List.of(enc(first.toLowerCase(Locale.ROOT)), "", "%00")) {
                        v.add(new Bad(x, NOT_5XX));
                    }
                } else if ("date".equals(format)) {
                    for (String x : List.of("2017-13-45", "yesterday", "2017-02-30", "99999-01-01", "2017-Q3")) {
                        v.add(new Bad(x, Expect.BAD_REQUEST));
                    }
                    v.add(new Bad("", NOT_5XX));
                } else if ("date-time".equals(format)) {
                    for (String x : List.of("yesterday", "2017-13-45T00:00:00Z", "2017-10-05")) {
                        v.add(new Bad(x, Expect.BAD_REQUEST));
                    }
                    v.add(new Bad("", NOT_5XX));
                } else {
                    for (String x : List.of("2017-Q5", "2017-13", "yesterday", "%00", "x".repeat(3000),
                            enc("' OR 1=1--"), enc("<script>alert(1)</script>"), "", "%E2%80%AE")) {
                        v.add(new Bad(x, NOT_5XX));
                    }
                }
        }
        if (!inUrl) {
            v.removeIf(x -> x.value().contains("%"));
        }
        return v;
    }

    private static boolean outOfDeclaredRange(JsonNode schema, long value) {
        return schema.has("minimum") && value < schema.get("minimum").asDouble()
                || schema.has("maximum") && value > schema.get("maximum").asDouble();
    }

    // ---------------------------------------------------------------- bodies

    String jsonMediaType() {
        Iterator<String> it = op.requestBodyContent().fieldNames();
        while (it.hasNext()) {
            String mt = it.next();
            if (mt.contains("json")) {
                return mt;
            }
        }
        return null;
    }

    private String otherMediaType() {
        Iterator<String> it = op.requestBodyContent().fieldNames();
        return it.hasNext() ? it.next() : null;
    }

    String baseContentType() {
        String json = jsonMediaType();
        return json != null ? json : otherMediaType();
    }

    byte[] baseBody() {
        String json = jsonMediaType();
        if (json != null) {
            return bytes(doc.sample(op.requestBodyContent().path(json).path("schema"), 0));
        }
        String other = otherMediaType();
        if (other == null) {
            return null;
        }
        return other.contains("csv") || other.startsWith("text/") ? "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)
                : randomBytes(64);
    }

    private void bodyCases(List<HostileRequest> must, List<HostileRequest> rest) {
        String json = jsonMediaType();
        if (json == null) {
            String other = otherMediaType();
            if (other != null) {
                // uploads (CSV, XLSX): garbage, empty, a huge line, an XLSX that is no zip, JSON instead
                body(must, "upload", "empty upload", other, new byte[0], NOT_5XX);
                body(must, "upload", "random bytes as " + other, other, randomBytes(2048), NOT_5XX);
                body(rest, "upload", "huge single line", other, HUGE_STRING.getBytes(StandardCharsets.UTF_8), NOT_5XX);
                body(rest, "upload", "CSV with NUL and quotes", other,
                        "\"a\u0000,\"\"\n,,,,,,,,,,,,\n\"unterminated".getBytes(StandardCharsets.UTF_8), NOT_5XX);
                body(rest, "content-type", "application/json to an upload", "application/json", bytes("{}"), NOT_5XX);
                body(rest, "content-type", "text/plain to an upload", "text/plain", bytes("x"), NOT_5XX);
            }
            return;
        }
        JsonNode schema = doc.resolve(op.requestBodyContent().path(json).path("schema"));
        JsonNode base = doc.sample(schema, 0);
        String rootType = OpenApiDocument.type(schema);

        body(must, "malformed-json", "truncated object", json, bytes("{\"a\":"), REJECTED);
        body(must, "malformed-json", "not JSON", json, bytes("this is not json"), REJECTED);
        body(must, "content-type", "text/plain", "text/plain", bytes(base), NOT_5XX);
        body(must, "content-type", "application/xml", "application/xml", bytes("<a><b>1</b></a>"), NOT_5XX);
        body(rest, "malformed-json", "empty body", json, new byte[0], NOT_5XX);
        body(rest, "malformed-json", "trailing garbage", json, bytes(base + "}}}"), REJECTED);
        body(rest, "malformed-json", "NUL byte", json, bytes("{\u0000}"), REJECTED);
        body(rest, "malformed-json", "unterminated array", json, bytes("[1,2"), REJECTED);
        body(rest, "wrong-root", "JSON null", json, bytes("null"), NOT_5XX);
        body(rest, "wrong-root", "JSON string", json, bytes("\"x\""), REJECTED);
        body(rest, "wrong-root", "JSON number", json, bytes("123"), REJECTED);
        body(rest, "wrong-root", rootType.equals("array") ? "object for array" : "array for object", json,
                bytes(rootType.equals("array") ? "{}" : "[]"), REJECTED);

        if (rootType.equals("object")) {
            objectCases(must, rest, json, schema, (ObjectNode) base, "");
        } else if (rootType.equals("array")) {
            JsonNode item = doc.resolve(schema.path("items"));
            ArrayNode huge = F.arrayNode();
            JsonNode one = doc.sample(item, 1);
            for (int i = 0; i < 5_000; i++) {
                huge.add(one);
            }
            int maxItems = schema.path("maxItems").asInt(Integer.MAX_VALUE);
            body(must, "huge-array", "5 000 items", json, bytes(huge), maxItems < 5_000 ? REJECTED : NOT_5XX);
            body(rest, "array", "empty array", json, bytes("[]"), NOT_5XX);
            body(rest, "array", "array of nulls", json, bytes("[null,null]"), NOT_5XX);
            body(rest, "array", "array of numbers", json, bytes("[1,2,3]"), REJECTED);
            if (OpenApiDocument.type(item).equals("object") && base.isArray() && base.size() > 0) {
                // each mutation of one item, inside a one-element array
                List<HostileRequest> inner = new ArrayList<>();
                List<HostileRequest> innerRest = new ArrayList<>();
                objectCases(inner, innerRest, json, item, (ObjectNode) base.get(0), "[0].");
                for (List<HostileRequest> l : List.of(inner, innerRest)) {
                    for (HostileRequest r : l) {
                        String wrapped = "[" + new String(r.body(), StandardCharsets.UTF_8) + "]";
                        (l == inner ? must : rest).add(new HostileRequest(r.operation(), r.category(), r.description(),
                                r.method(), r.pathAndQuery(), r.headers(), r.contentType(), bytes(wrapped), r.auth(),
                                r.expect()));
                    }
                }
            }
        }
    }

    private void objectCases(List<HostileRequest> must, List<HostileRequest> rest, String json, JsonNode schema,
            ObjectNode base, String prefix) {
        ObjectNode extra = base.deepCopy();
        extra.put("hostileUnknownField", "x");
        body(must, "unknown-field", prefix + "hostileUnknownField", json, bytes(extra), REJECTED);
        ObjectNode extraId = base.deepCopy();
        extraId.put("id", 1).put("createdBy", "mallory");
        if (!schema.path("properties").has("id")) {
            body(rest, "unknown-field", prefix + "id/createdBy (mass assignment)", json, bytes(extraId), REJECTED);
        }
        boolean hasRequired = schema.path("required").size() > 0;
        body(must, "missing-field", prefix + "empty object", json, bytes("{}"), hasRequired ? REJECTED : NOT_5XX);
        for (JsonNode r : schema.path("required")) {
            ObjectNode missing = base.deepCopy();
            missing.remove(r.asText());
            body(must, "missing-field", prefix + r.asText(), json, bytes(missing), REJECTED);
        }
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> e = props.next();
            String field = e.getKey();
            JsonNode ps = doc.resolve(e.getValue());
            boolean required = contains(schema.path("required"), field);
            for (Mutation m : mutations(field, ps, required)) {
                ObjectNode changed = base.deepCopy();
                changed.set(field, m.value);
                body(rest, m.category, prefix + field + " " + m.what, json, bytes(changed), m.expect);
            }
        }
    }

    private record Mutation(String category, String what, JsonNode value, Expect expect) {
    }

    private List<Mutation> mutations(String field, JsonNode s, boolean required) {
        List<Mutation> m = new ArrayList<>();
        String t = OpenApiDocument.type(s);
        String n = field.toLowerCase(Locale.ROOT);
        m.add(new Mutation("null", "null", F.nullNode(), required ? REJECTED : NOT_5XX));
        switch (t) {
            case "string": {
                m.add(new Mutation("wrong-type", "object", F.objectNode().put("a", 1), REJECTED));
                m.add(new Mutation("wrong-type", "array", F.arrayNode().add("x"), REJECTED));
                m.add(new Mutation("wrong-type", "number", F.numberNode(12345), NOT_5XX));
                int maxLength = s.path("maxLength").asInt(Integer.MAX_VALUE);
                m.add(new Mutation("huge-string", "100 000 chars", F.textNode(HUGE_STRING),
                        maxLength < HUGE_STRING.length() ? REJECTED : NOT_5XX));
                m.add(new Mutation("string", "empty", F.textNode(""), NOT_5XX));
                m.add(new Mutation("string", "blanks", F.textNode("   "), NOT_5XX));
                m.add(new Mutation("string", "NUL character", F.textNode("a\u0000b"), NOT_5XX));
                m.add(new Mutation("string", "lone surrogate", F.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue("\"a\\ud800b\"")), NOT_5XX));
                if (s.has("enum")) {
                    m.add(new Mutation("enum", "NOT_A_VALUE", F.textNode("NOT_A_VALUE"), REJECTED));
                    m.add(new Mutation("enum", "lower case", F.textNode(s.get("enum").get(0).asText().toLowerCase(Locale.ROOT)),
                            NOT_5XX));
                }
                String format = s.path("format").asText("");
                if (format.equals("date") || format.equals("date-time") || n.endsWith("date") || n.endsWith("at")) {
                    for (String d : List.of("2017-13-45", "yesterday", "2017-02-30", "99999-12-31", "0000-00-00")) {
                        m.add(new Mutation("date", d, F.textNode(d), format.equals("date") ? REJECTED : NOT_5XX));
                    }
                }
                if (s.has("pattern") || n.contains("period") || n.contains("quarter") || n.contains("month")) {
                    for (String d : List.of("2017-Q5", "2017-13", "yesterday", "2017-00", "17-9")) {
                        m.add(new Mutation("period", d, F.textNode(d), s.has("pattern") ? NOT_5XX : NOT_5XX));
                    }
                }
                break;
            }
            case "integer":
            case "number": {
                m.add(new Mutation("wrong-type", "string abc", F.textNode("abc"), REJECTED));
                m.add(new Mutation("wrong-type", "object", F.objectNode(), REJECTED));
                m.add(new Mutation("wrong-type", "array", F.arrayNode().add(1), REJECTED));
                m.add(new Mutation("wrong-type", "boolean", F.booleanNode(true), NOT_5XX));
                m.add(new Mutation("wrong-type", "string NaN", F.textNode("NaN"), NOT_5XX));
                m.add(new Mutation("wrong-type", "string Infinity", F.textNode("Infinity"), NOT_5XX));
                m.add(new Mutation("range", "-1", F.numberNode(-1),
                        s.has("minimum") && s.get("minimum").asDouble() > -1 ? REJECTED : NOT_5XX));
                m.add(new Mutation("range", "huge integer", F.numberNode(new java.math.BigInteger("99999999999999999999999")),
                        s.has("maximum") ? REJECTED : NOT_5XX));
                m.add(new Mutation("range", "-2^63-1", F.numberNode(new java.math.BigInteger("-9223372036854775809")),
                        NOT_5XX));
                m.add(new Mutation("range", "1e309", F.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue("1e309")),
                        NOT_5XX));
                m.add(new Mutation("range", "1e-400", F.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue("1e-400")),
                        NOT_5XX));
                m.add(new Mutation("range", "fraction", F.numberNode(new java.math.BigDecimal("0.123456789123")), NOT_5XX));
                if (s.has("maximum")) {
                    m.add(new Mutation("range", "maximum+1", F.numberNode(s.get("maximum").asDouble() + 1), REJECTED));
                }
                if (s.has("minimum")) {
                    m.add(new Mutation("range", "minimum-1", F.numberNode(s.get("minimum").asDouble() - 1), REJECTED));
                }
                break;
            }
            case "boolean":
                m.add(new Mutation("wrong-type", "string maybe", F.textNode("maybe"), REJECTED));
                m.add(new Mutation("wrong-type", "number 2", F.numberNode(2), NOT_5XX));
                m.add(new Mutation("wrong-type", "object", F.objectNode(), REJECTED));
                break;
            case "array": {
                m.add(new Mutation("wrong-type", "object", F.objectNode(), REJECTED));
                m.add(new Mutation("wrong-type", "string", F.textNode("x"), NOT_5XX));
                ArrayNode huge = F.arrayNode();
                JsonNode item = doc.sample(s.path("items"), 2);
                for (int i = 0; i < 5_000; i++) {
                    huge.add(item);
                }
                m.add(new Mutation("huge-array", "5 000 items", huge,
                        s.path("maxItems").asInt(Integer.MAX_VALUE) < 5_000 ? REJECTED : NOT_5XX));
                m.add(new Mutation("array", "items of wrong type", F.arrayNode().add(F.objectNode().put("z", 1)).add(1),
                        NOT_5XX));
                break;
            }
            case "object":
                m.add(new Mutation("wrong-type", "array", F.arrayNode(), REJECTED));
                m.add(new Mutation("wrong-type", "string", F.textNode("x"), NOT_5XX));
                m.add(new Mutation("unknown-field", "nested unknown field", F.objectNode().put("hostileUnknownField", 1),
                        NOT_5XX));
                break;
            default:
                m.add(new Mutation("wrong-type", "huge string", F.textNode(HUGE_STRING), NOT_5XX));
        }
        return m;
    }

    // ---------------------------------------------------------------- building requests

    private void body(List<HostileRequest> into, String category, String what, String contentType, byte[] body,
            Expect expect) {
        into.add(request(category, what, basePath(), baseQuery(), body, contentType, Auth.ADMIN, expect));
    }

    HostileRequest request(String category, String what, Map<String, String> path, Map<String, String> query,
            byte[] body, String contentType, Auth auth, Expect expect) {
        return request(category, what, path, query, body, contentType, auth, expect, null);
    }

    HostileRequest request(String category, String what, Map<String, String> path, Map<String, String> query,
            byte[] body, String contentType, Auth auth, Expect expect, String field) {
        String p = op.path();
        for (Map.Entry<String, String> e : path.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> e : query.entrySet()) {
            q.append(q.length() == 0 ? '?' : '&').append(enc(e.getKey())).append('=').append(e.getValue());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json, */*;q=0.1");
        return new HostileRequest(op.key(), category, what, op.method().toUpperCase(Locale.ROOT), p + q, headers,
                body == null ? null : contentType, body, auth, expect, field);
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] bytes(Object json) {
        if (json instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return OpenApiDocument.JSON.writeValueAsBytes(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The members of a JSON object without its braces ({@code "k":v}), to splice into another object's text. */
    static String bytesText(Map<String, JsonNode> members) {
        String obj = new String(bytes(members), StandardCharsets.UTF_8);
        return obj.substring(1, obj.length() - 1);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static boolean contains(JsonNode arr, String s) {
        for (JsonNode x : arr) {
            if (x.asText().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
