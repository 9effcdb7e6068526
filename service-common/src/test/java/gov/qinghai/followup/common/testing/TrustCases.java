package gov.qinghai.followup.common.testing;

import static gov.qinghai.followup.common.testing.HostileRequest.Expect.FORBIDDEN;
import static gov.qinghai.followup.common.testing.HostileRequest.Expect.NOT_5XX;
import static gov.qinghai.followup.common.testing.HostileRequest.Expect.REJECTED;
import static gov.qinghai.followup.common.testing.HostileRequest.Expect.UNAUTHORIZED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.qinghai.followup.common.testing.HostileRequest.Auth;
import gov.qinghai.followup.common.testing.OpenApiDocument.Operation;
import gov.qinghai.followup.common.testing.OpenApiDocument.Param;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trust cases for one operation, beside {@link HostileCases}' input cases: who may call at all and what the JSON
 * reader must refuse. For every operation: a validly signed token with no role ({@code groups: []}) and one with a
 * role nobody knows ({@code ["citizen"]}) are 403, reads included; an audit trail ({@code …/history}) is 403 to a
 * viewer; an anonymous write with a JSON body is 401 before its content type or body is looked at. For a JSON
 * object body: a whole number or boolean sent as text ({@code "edition":"7"}), a key sent twice, a lone UTF-16
 * surrogate in a text are refused (4xx); CR/LF/ESC/C1 characters in a text and in a query value never cause a 5xx
 * (and the harness checks that no problem echoes them raw).
 */
final class TrustCases {
    private final OpenApiDocument doc;
    private final Operation op;
    private final HostileCases base;

    TrustCases(OpenApiDocument doc, Operation op, HostileCases base) {
        this.doc = doc;
        this.op = op;
        this.base = base;
    }

    void addTo(List<HostileRequest> must, boolean authCases) {
        if (authCases) {
            roleCases(must);
        }
        bodyCases(must);
        queryCases(must);
    }

    private void roleCases(List<HostileRequest> must) {
        must.add(base.request("role", "token with no role (groups: [])", base.basePath(), base.baseQuery(),
                base.baseBody(), base.baseContentType(), Auth.NO_ROLE, FORBIDDEN));
        must.add(base.request("role", "token with an unknown role (citizen)", base.basePath(), base.baseQuery(),
                base.baseBody(), base.baseContentType(), Auth.UNKNOWN_ROLE, FORBIDDEN));
        if (op.path().endsWith("/history")) {
            must.add(base.request("role", "audit trail read by a viewer", base.basePath(), base.baseQuery(), null, null,
                    Auth.VIEWER, FORBIDDEN));
        }
        if (!op.isRead()) {
            must.add(base.request("auth", "no token, JSON body", base.basePath(), base.baseQuery(),
                    "{}".getBytes(StandardCharsets.UTF_8), "application/json", Auth.NONE, UNAUTHORIZED));
        }
    }

    private void bodyCases(List<HostileRequest> must) {
        String json = base.jsonMediaType();
        if (json == null) {
            return;
        }
        JsonNode schema = doc.resolve(op.requestBodyContent().path(json).path("schema"));
        if (!OpenApiDocument.type(schema).equals("object") || !(doc.sample(schema, 0) instanceof ObjectNode sample)
                || sample.isEmpty()) {
            return;
        }
        int asText = 0;
        String text = null;
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> e = props.next();
            JsonNode ps = doc.resolve(e.getValue());
            String t = OpenApiDocument.type(ps);
            if ((t.equals("integer") || t.equals("boolean")) && asText < 3) {
                ObjectNode changed = sample.deepCopy();
                changed.put(e.getKey(), t.equals("integer") ? "7" : "true");
                body(must, "number-as-text", e.getKey() + " sent as text", json, HostileCases.bytes(changed), REJECTED);
                asText++;
            }
            if (t.equals("string") && text == null && !ps.has("enum") && !ps.has("format")) {
                text = e.getKey();
            }
        }
        String first = sample.fieldNames().next();
        String serialized = new String(HostileCases.bytes(sample), StandardCharsets.UTF_8);
        String duplicated = "{" + HostileCases.bytesText(Map.of(first, sample.get(first))) + "," + serialized.substring(1);
        body(must, "duplicate-key", first + " sent twice", json, duplicated.getBytes(StandardCharsets.UTF_8), REJECTED);
        if (text != null) {
            String withSurrogate = serialized.replaceFirst("\"" + text + "\":\"(?:[^\"\\\\]|\\\\.)*\"",
                    java.util.regex.Matcher.quoteReplacement("\"" + text + "\":\"a\\ud800b\""));
            if (!withSurrogate.equals(serialized)) {
                body(must, "lone-surrogate", text + " with a lone surrogate", json,
                        withSurrogate.getBytes(StandardCharsets.UTF_8), REJECTED);
            }
            ObjectNode control = sample.deepCopy();
            control.put(text, "a\r\n12:00:00 INFO  [forged] line\u001b[31m\u0085b");
            body(must, "control-characters", text + " with CR/LF/ESC/C1", json, HostileCases.bytes(control), NOT_5XX);
        }
    }

    private void queryCases(List<HostileRequest> must) {
        for (Param p : op.params()) {
            if (p.in().equals("query") && OpenApiDocument.type(p.schema()).equals("string")) {
                Map<String, String> query = new LinkedHashMap<>(base.baseQuery());
                query.put(p.name(), "a%0D%0A12:00:00%20INFO%20forged%1B%C2%85");
                must.add(base.request("control-characters", p.name() + " with CR/LF/ESC/C1 (query)", base.basePath(),
                        query, base.baseBody(), base.baseContentType(), Auth.ADMIN, NOT_5XX));
                return;
            }
        }
    }

    private void body(List<HostileRequest> into, String category, String what, String contentType, byte[] body,
            HostileRequest.Expect expect) {
        into.add(base.request(category, what, base.basePath(), base.baseQuery(), body, contentType, Auth.ADMIN, expect));
    }
}
