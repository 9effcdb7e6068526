package gov.qinghai.followup.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What integrators and administrators rely on in a service's OpenAPI document, checked on the document the service
 * serves (/q/openapi?format=json): each service's OpenApiContractTest calls {@link #assertHolds()}.
 * <ul>
 * <li>every operation has an operationId, camelCase verbNoun (openapi-generator names client methods after it;
 * without it they become apiV1ProjectsGet), unique in the document;</li>
 * <li>every summary is Chinese first, then " · " and the English;</li>
 * <li>no optional query parameter and no Idempotency-Key header carries an example (Swagger UI sends examples);</li>
 * <li>every 2xx (but 204) and 4xx/5xx answer has a schema; a 201 documents Location;</li>
 * <li>no numbered schema names (Status1) and no scopes on the bearer scheme.</li>
 * </ul>
 */
public final class OpenApiContract {
    /** A lower-case verb, then at least one capitalised word: listProjects, submitProgressReport. */
    public static final Pattern OPERATION_ID = Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+");
    static final Pattern CHINESE_FIRST = Pattern.compile("\\p{IsHan}[^·]* · \\S.*", Pattern.DOTALL);
    static final Pattern NUMBERED = Pattern.compile(".*[A-Za-z]\\d+$");

    private OpenApiContract() {
    }

    public static void assertHolds() {
        OpenApiDocument doc = OpenApiDocument.parse(Management.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        assertEquals(List.of(), violations(doc), "the OpenAPI document breaks the contract");
    }

    /**
     * The served document equals the committed contract {@code docs/openapi/<service>.json} that the generated clients
     * (module clients, and action-plan's peer calls) are built from, {@code servers} left out (they name the host
     * that served it). A change to an operation or a schema therefore fails here until the contract file is updated
     * with it ({@code -Dopenapi.snapshot.update=true} writes it), and the updated file regenerates the clients, whose
     * callers then fail to compile if the change breaks them.
     */
    public static void assertMatchesCommittedContract() {
        String served = Management.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode doc = (ObjectNode) mapper.readTree(served);
            doc.remove("servers");
            Path module = Path.of("").toAbsolutePath();
            Path committed = module.resolveSibling("docs").resolve("openapi").resolve(module.getFileName() + ".json");
            String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
            if (Boolean.getBoolean("openapi.snapshot.update")) {
                Files.writeString(committed, text);
                return;
            }
            Path actual = module.resolve("target/openapi-snapshot").resolve(module.getFileName() + ".json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, text);
            JsonNode expected = Files.exists(committed) ? mapper.readTree(committed.toFile()) : mapper.nullNode();
            List<String> differences = new ArrayList<>();
            differences(expected, doc, "", differences);
            assertEquals(List.of(), differences.stream().limit(20).toList(), "the served OpenAPI document differs from "
                    + committed + " (the contract clients are generated from); if the change is meant, update it: "
                    + "cp " + actual + " " + committed + " (or run the test with -Dopenapi.snapshot.update=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void differences(JsonNode expected, JsonNode actual, String at, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                String here = at + "/" + n.replace("~", "~0").replace("/", "~1");
                if (!expected.has(n)) {
                    out.add("added " + here);
                } else if (!actual.has(n)) {
                    out.add("removed " + here);
                } else {
                    differences(expected.get(n), actual.get(n), here, out);
                }
            }
        } else if (!expected.equals(actual)) {
            out.add("changed " + (at.isEmpty() ? "/" : at));
        }
    }

    public static List<String> violations(OpenApiDocument doc) {
        List<String> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (OpenApiDocument.Operation op : doc.operations()) {
            JsonNode n = op.node();
            String id = n.path("operationId").asText("");
            if (id.isEmpty()) {
                out.add(op.key() + ": no operationId");
            } else {
                if (!OPERATION_ID.matcher(id).matches()) {
                    out.add(op.key() + ": operationId " + id + " is not camelCase verbNoun");
                }
                String other = ids.put(id, op.key());
                if (other != null) {
                    out.add(op.key() + ": operationId " + id + " repeats that of " + other);
                }
            }
            String summary = n.path("summary").asText("");
            if (!CHINESE_FIRST.matcher(summary).matches()) {
                out.add(op.key() + ": summary \"" + summary + "\" is not \"中文 · English\"");
            }
            for (JsonNode raw : n.path("parameters")) {
                JsonNode p = doc.resolve(raw);
                boolean optionalQuery = "query".equals(p.path("in").asText()) && !p.path("required").asBoolean(false);
                boolean idempotencyKey = "header".equals(p.path("in").asText())
                        && "Idempotency-Key".equalsIgnoreCase(p.path("name").asText());
                if ((optionalQuery || idempotencyKey) && (p.has("example") || p.has("examples")
                        || p.path("schema").has("example") || p.path("schema").has("examples"))) {
                    out.add(op.key() + ": parameter " + p.path("name").asText() + " has an example Swagger UI would send");
                }
            }
            n.path("responses").fields().forEachRemaining(e -> {
                String code = e.getKey();
                JsonNode r = doc.resolve(e.getValue());
                if ((code.startsWith("4") || code.startsWith("5")) && !hasSchema(r)) {
                    out.add(op.key() + ": " + code + " has no schema");
                }
                if (code.startsWith("2") && !code.equals("204") && !hasSchema(r)) {
                    out.add(op.key() + ": " + code + " has no typed body");
                }
                if (code.equals("201")) {
                    if (!r.path("headers").has("Location")) {
                        out.add(op.key() + ": 201 without a Location header");
                    }
                }
            });
            for (JsonNode req : n.path("security")) {
                req.fields().forEachRemaining(e -> {
                    if (e.getValue().size() > 0) {
                        out.add(op.key() + ": scopes " + e.getValue() + " on scheme " + e.getKey()
                                + " (state roles in the description)");
                    }
                });
            }
        }
        doc.root().path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (NUMBERED.matcher(name).matches()) {
                out.add("schema " + name + " has a numbered name");
            }
        });
        return out;
    }

    static boolean hasSchema(JsonNode response) {
        JsonNode content = response.path("content");
        if (!content.isObject() || content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            if (!media.has("schema")) {
                return false;
            }
        }
        return true;
    }
}
