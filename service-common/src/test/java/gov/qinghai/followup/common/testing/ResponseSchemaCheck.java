package gov.qinghai.followup.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small structural check of a JSON answer against the schema the document declares: types,
 * required properties, enum constants, array items. Not a full JSON Schema validator (no
 * oneOf/anyOf, patterns or formats); null is accepted for properties the schema does not require,
 * because SmallRye does not mark record components nullable.
 */
final class ResponseSchemaCheck {
    private final OpenApiDocument doc;

    ResponseSchemaCheck(OpenApiDocument doc) {
        this.doc = doc;
    }

    List<String> check(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "$", errors, 0);
        return errors;
    }

    private void check(JsonNode v, JsonNode rawSchema, String at, List<String> errors, int depth) {
        if (errors.size() >= 5 || depth > 12) {
            return;
        }
        JsonNode s = doc.resolve(rawSchema);
        if (v.isNull()) {
            if (!OpenApiDocument.nullable(s) && !OpenApiDocument.type(s).isEmpty() && depth == 0) {
                errors.add(at + ": null");
            }
            return;
        }
        String t = OpenApiDocument.type(s);
        switch (t) {
            case "object":
                if (!v.isObject()) {
                    errors.add(at + ": expected object, got " + v.getNodeType());
                    return;
                }
                for (JsonNode r : s.path("required")) {
                    if (!v.has(r.asText())) {
                        errors.add(at + "." + r.asText() + ": required property missing");
                    } else if (v.get(r.asText()).isNull() && !OpenApiDocument.nullable(doc.resolve(
                            s.path("properties").path(r.asText())))) {
                        errors.add(at + "." + r.asText() + ": required property is null");
                    }
                }
                Iterator<Map.Entry<String, JsonNode>> props = s.path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> p = props.next();
                    if (v.has(p.getKey())) {
                        check(v.get(p.getKey()), p.getValue(), at + "." + p.getKey(), errors, depth + 1);
                    }
                }
                break;
            case "array":
                if (!v.isArray()) {
                    errors.add(at + ": expected array, got " + v.getNodeType());
                    return;
                }
                for (int i = 0; i < Math.min(v.size(), 50); i++) {
                    check(v.get(i), s.path("items"), at + "[" + i + "]", errors, depth + 1);
                }
                break;
            case "string":
                if (!v.isTextual()) {
                    errors.add(at + ": expected string, got " + v.getNodeType() + " " + HostileRequest.excerpt(v.toString(), 40));
                } else if (s.has("enum")) {
                    boolean found = false;
                    for (JsonNode e : s.get("enum")) {
                        found |= e.asText().equals(v.asText());
                    }
                    if (!found) {
                        errors.add(at + ": " + v.asText() + " is not one of " + s.get("enum"));
                    }
                }
                break;
            case "integer":
                if (!v.isIntegralNumber()) {
                    errors.add(at + ": expected integer, got " + HostileRequest.excerpt(v.toString(), 40));
                }
                break;
            case "number":
                if (!v.isNumber()) {
                    errors.add(at + ": expected number, got " + HostileRequest.excerpt(v.toString(), 40));
                }
                break;
            case "boolean":
                if (!v.isBoolean()) {
                    errors.add(at + ": expected boolean, got " + HostileRequest.excerpt(v.toString(), 40));
                }
                break;
            default:
                // no type: anything goes
        }
    }
}
