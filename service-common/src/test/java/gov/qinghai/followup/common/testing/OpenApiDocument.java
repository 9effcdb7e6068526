package gov.qinghai.followup.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service's own OpenAPI document (as served by /q/openapi?format=json), read with Jackson so the
 * harness needs nothing beyond what every service's test classpath already has: test-scoped
 * dependencies of service-common (swagger-parser, swagger-request-validator) would not reach the
 * services through the test-jar.
 */
public final class OpenApiDocument {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode root;

    public OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** One operation (path template + method) with its parameters already resolved. */
    public record Operation(String path, String method, JsonNode node, List<Param> params) {
        public String key() {
            return method.toUpperCase() + " " + path;
        }

        public boolean isRead() {
            return method.equals("get") || method.equals("head");
        }

        /** true when the document says the operation needs a bearer token. */
        public boolean secured(JsonNode root) {
            JsonNode sec = node.has("security") ? node.get("security") : root.path("security");
            return sec.isArray() && sec.size() > 0 && !(sec.size() == 1 && sec.get(0).isEmpty());
        }

        /** The roles the operation accepts (x-roles, or scopes of the bearer scheme; empty: any authenticated caller). */
        public List<String> roles(JsonNode root) {
            List<String> roles = new ArrayList<>();
            if (node.has("x-roles")) {
                node.get("x-roles").forEach(r -> roles.add(r.asText()));
                return roles;
            }
            JsonNode sec = node.has("security") ? node.get("security") : root.path("security");
            for (JsonNode req : sec) {
                req.fields().forEachRemaining(e -> e.getValue().forEach(r -> roles.add(r.asText())));
            }
            return roles;
        }

        public JsonNode requestBodyContent() {
            return node.path("requestBody").path("content");
        }

        public boolean bodyRequired() {
            return node.path("requestBody").path("required").asBoolean(false);
        }
    }

    public record Param(String name, String in, boolean required, JsonNode schema) {
    }

    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            List<Param> shared = params(p.getValue().path("parameters"));
            Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields();
            while (ms.hasNext()) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                List<Param> ps = new ArrayList<>(shared);
                for (Param own : params(m.getValue().path("parameters"))) {
                    ps.removeIf(x -> x.name().equals(own.name()) && x.in().equals(own.in()));
                    ps.add(own);
                }
                ops.add(new Operation(p.getKey(), m.getKey(), m.getValue(), ps));
            }
        }
        return ops;
    }

    private List<Param> params(JsonNode arr) {
        List<Param> out = new ArrayList<>();
        for (JsonNode raw : arr) {
            JsonNode p = resolve(raw);
            JsonNode schema = resolve(p.path("schema"));
            if (p.has("x-schema-example") && !schema.has("example") && schema.isObject()) {
                // the schema example an optional query parameter keeps out of Swagger UI (ContractOpenApiFilter)
                schema = ((ObjectNode) schema).deepCopy().set("example", p.get("x-schema-example"));
            }
            out.add(new Param(p.path("name").asText(), p.path("in").asText(),
                    p.path("required").asBoolean(false), schema));
        }
        return out;
    }

    /**
     * Follows $ref (siblings of the $ref win, as OpenAPI 3.1 allows) and flattens a simple allOf
     * (SmallRye writes {@code allOf: [{$ref}, {default}]} for defaulted enum parameters).
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s != null && s.has("$ref"); i++) {
            JsonNode target = pointer(s.get("$ref").asText());
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            if (target.has("$ref")) {
                merged.set("$ref", target.get("$ref"));
            }
            s = merged;
        }
        if (s != null && s.has("allOf") && s.get("allOf").isArray()) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            for (JsonNode part : s.get("allOf")) {
                JsonNode r = resolve(part);
                r.fields().forEachRemaining(e -> {
                    if (e.getKey().equals("properties") && merged.has("properties")) {
                        ((ObjectNode) merged.get("properties")).setAll((ObjectNode) e.getValue());
                    } else if (!e.getKey().equals("required") || !merged.has("required")) {
                        merged.set(e.getKey(), e.getValue().deepCopy());
                    }
                });
            }
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("allOf")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            s = merged;
        }
        return s == null ? JsonNodeFactory.instance.objectNode() : s;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#")) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode n = root.at(ref.substring(1));
        return n.isMissingNode() ? JsonNodeFactory.instance.objectNode() : n;
    }

    /** The schema's primary type ("string", "integer", ...), ignoring "null" in a 3.1 type array. */
    public static String type(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isTextual()) {
            return t.asText();
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asText())) {
                    return x.asText();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }

    public static boolean nullable(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        for (JsonNode x : schema.path("type")) {
            if ("null".equals(x.asText())) {
                return true;
            }
        }
        return false;
    }

    /** A plausible valid value: the schema's example, default or first enum constant, else one made up by type. */
    public JsonNode sample(JsonNode rawSchema, int depth) {
        JsonNode s = resolve(rawSchema);
        if (s.has("examples") && s.get("examples").isArray() && s.get("examples").size() > 0) {
            return s.get("examples").get(0);
        }
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("default")) {
            return s.get("default");
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (type(s)) {
            case "object": {
                ObjectNode o = f.objectNode();
                if (depth < 4) {
                    s.path("properties").fields().forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
                }
                return o;
            }
            case "array": {
                var a = f.arrayNode();
                if (depth < 4 && s.has("items")) {
                    a.add(sample(s.get("items"), depth + 1));
                }
                return a;
            }
            case "integer":
                return f.numberNode(s.has("minimum") ? s.get("minimum").asLong() : 1);
            case "number":
                return f.numberNode(s.has("minimum") ? s.get("minimum").asDouble() : 1.0);
            case "boolean":
                return f.booleanNode(true);
            case "string":
                return f.textNode(sampleString(s));
            default:
                return f.textNode("x");
        }
    }

    static String sampleString(JsonNode s) {
        String format = s.path("format").asText("");
        switch (format) {
            case "date":
                return "2017-10-01";
            case "date-time":
                return "2017-10-01T08:00:00Z";
            case "uri":
                return "https://example.gov.cn/x";
            case "email":
                return "x@example.gov.cn";
            default:
                return "x";
        }
    }
}
