package gov.qinghai.followup.common.testing;

import static io.restassured.config.EncoderConfig.encoderConfig;

import com.fasterxml.jackson.databind.JsonNode;
import gov.qinghai.followup.common.testing.HostileRequest.Auth;
import gov.qinghai.followup.common.testing.HostileRequest.Expect;
import gov.qinghai.followup.common.testing.OpenApiDocument.Operation;
import gov.qinghai.followup.common.testing.OpenApiDocument.Param;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Hostile input against every operation of a running service ("Hostile input, every
 * endpoint"). Call from a {@code @QuarkusTest} (RestAssured already points at the test port):
 *
 * <pre>
 * HostileInputHarness.forService("project-tracking-service").seed(20171001L).run();
 * </pre>
 *
 * It reads the service's own {@code /q/openapi?format=json}, generates for every operation a
 * bounded, seeded set of wrong inputs ({@link HostileCases}), sends them with an admin token (so
 * authorization hides nothing) plus unauthenticated ones, and checks every answer: never 5xx, a
 * 4xx is {@code application/problem+json} whose {@code status} is the HTTP status, invalid input
 * by the document is refused, a query parameter its type cannot hold (garbled or overflowing
 * number, unknown enum name, impossible date, a boolean neither true nor false) or outside its declared range is exactly 400 naming
 * the parameter, a read's integer path id that is no whole number is 404 naming it, a 2xx is a
 * status the operation documents and its JSON body fits the declared schema. All failures are collected and reported together; a summary line
 * {@code hostile-input <service>: N requests, M operations, K 5xx} is printed.
 *
 * <p>Writes only address ids that do not exist, so seeded reference data is never changed;
 * creations on collection paths can succeed with odd data (bounded by the per-operation count), and are deleted
 * again when the run ends ({@link WriteUndo}).
 */
public final class HostileInputHarness {
    private final String service;
    private long seed = 20171001L;
    private int maxPerOperation = 40;
    private int maxTotal = 3000;
    private long timeBudgetMillis = 60_000;
    private final Map<String, String> skippedOperations = new LinkedHashMap<>();
    private final Map<Integer, String> allowedNonProblem = new LinkedHashMap<>();
    private final Map<String, String> toleratedCases = new LinkedHashMap<>();
    private boolean strictFramework;
    private String nulTolerance;
    private int toleratedServerErrors;

    private OpenApiDocument doc;
    private ResponseSchemaCheck schemaCheck;
    private String adminToken;
    private String expiredToken;
    private String foreignToken;
    private String viewerToken;
    private String noRoleToken;
    private String unknownRoleToken;
    private final List<String> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Integer, Integer> statusCounts = new TreeMap<>();
    private final Map<String, Set<String>> nonProblemByStatus = new TreeMap<>();
    private final Map<String, Long> millisByOperation = new HashMap<>();
    private final Set<String> acceptedWrites = new LinkedHashSet<>();
    private int requests;
    private int serverErrors;
    private int authorizationCases;

    private HostileInputHarness(String service) {
        this.service = service;
    }

    public static HostileInputHarness forService(String service) {
        return new HostileInputHarness(service);
    }

    public HostileInputHarness seed(long seed) {
        this.seed = seed;
        return this;
    }

    public HostileInputHarness maxPerOperation(int max) {
        this.maxPerOperation = max;
        return this;
    }

    public HostileInputHarness maxTotal(int max) {
        this.maxTotal = max;
        return this;
    }

    public HostileInputHarness timeBudgetSeconds(int seconds) {
        this.timeBudgetMillis = seconds * 1000L;
        return this;
    }

    /** Leave an operation ("POST /api/v1/x") out, with the reason printed in the summary. */
    public HostileInputHarness skipOperation(String operationKey, String reason) {
        skippedOperations.put(operationKey, reason);
        return this;
    }

    /**
     * Accept a 4xx of this status that is not problem+json (a known framework answer the service
     * cannot reach with an exception mapper); it is still listed in the summary.
     */
    public HostileInputHarness allowNonProblem(int status, String reason) {
        allowedNonProblem.put(status, reason);
        return this;
    }

    /**
     * Accept failures of one operation and case category ("POST /api/v1/x", "huge-string"): a known
     * defect with a TODO, listed in the summary instead of failing the test.
     */
    public HostileInputHarness tolerate(String operationKey, String category, String reason) {
        toleratedCases.put(operationKey + " | " + category, reason);
        return this;
    }

    /**
     * Also fail on the framework answers that are not problem+json (see {@link #frameworkGap}); by
     * default they are listed in the summary only, because no service can fix them alone.
     */
    public HostileInputHarness strictFramework() {
        this.strictFramework = true;
        return this;
    }

    /**
     * Accept a 500 caused by a NUL character in a string (URL {@code %00} or JSON {@code \u0000}):
     * PostgreSQL refuses 0x00 in text, Hibernate throws DataException and the shared
     * PersistenceConflictMapper answers 500. One shared fix (map DataException / SQLState class 22
     * to 400) removes them all; until then they are listed in the summary, not failed.
     */
    public HostileInputHarness tolerateNulCharacters(String reason) {
        this.nulTolerance = reason;
        return this;
    }

    /**
     * Runs everything; throws AssertionError listing every failure. Returns the number of requests sent. Afterwards the
     * rows the run's accepted writes created are deleted again ({@link WriteUndo}), so the shared test schema holds
     * no hostile data for the tests that run after it.
     */
    public int run() {
        javax.sql.DataSource ds = dataSource();
        WriteUndo undo = ds == null ? null : WriteUndo.snapshot(ds);
        boolean passed = false;
        try {
            int sent = runCases();
            passed = true;
            return sent;
        } finally {
            if (undo != null) {
                try {
                    Map<String, Integer> deleted = undo.restore();
                    System.out.println("hostile-input " + service + ": rows written by the run and deleted again: "
                            + deleted);
                } catch (RuntimeException | AssertionError e) {
                    if (passed) {
                        throw e;
                    }
                    e.printStackTrace();
                }
            }
        }
    }

    /** The service's data source when the harness runs inside its @QuarkusTest (it always does), else null. */
    private static javax.sql.DataSource dataSource() {
        io.quarkus.arc.ArcContainer arc = io.quarkus.arc.Arc.container();
        if (arc == null) {
            return null;
        }
        io.quarkus.arc.InstanceHandle<javax.sql.DataSource> h = arc.instance(javax.sql.DataSource.class);
        return h.isAvailable() ? h.get() : null;
    }

    private int runCases() {
        long start = System.currentTimeMillis();
        adminToken = Tokens.admin();
        expiredToken = Tokens.expired();
        foreignToken = Tokens.foreignSigned();
        viewerToken = Tokens.viewer();
        noRoleToken = Tokens.withGroups();
        unknownRoleToken = Tokens.withGroups("citizen");
        Response openapi = Management.given().accept("application/json").get("/q/openapi?format=json");
        if (openapi.statusCode() != 200) {
            throw new AssertionError("GET /q/openapi?format=json answered " + openapi.statusCode());
        }
        doc = OpenApiDocument.parse(openapi.asString());
        schemaCheck = new ResponseSchemaCheck(doc);
        List<Operation> ops = doc.operations();
        Map<String, String> realIds = new HashMap<>();
        int operations = 0;
        boolean outOfTime = false;

        for (Operation op : ops) {
            if (skippedOperations.containsKey(op.key())) {
                warnings.add("skipped " + op.key() + ": " + skippedOperations.get(op.key()));
                continue;
            }
            if (requests >= maxTotal || System.currentTimeMillis() - start > timeBudgetMillis) {
                outOfTime = true;
                warnings.add("not fuzzed (request or time budget spent): " + op.key());
                continue;
            }
            operations++;
            long opStart = System.currentTimeMillis();
            long slice = 2 * timeBudgetMillis / Math.max(1, ops.size());
            Random rnd = new Random(seed ^ op.key().hashCode());
            HostileCases cases = new HostileCases(doc, op, rnd, op.isRead() ? realPathValues(op, realIds) : Map.of());
            int sent = 0;
            List<HostileRequest> generated = cases.generate(Math.min(maxPerOperation, maxTotal - requests), true);
            for (HostileRequest r : generated) {
                if (System.currentTimeMillis() - opStart > slice) {
                    warnings.add(op.key() + ": time slice of " + slice + " ms spent after " + sent + " of "
                            + generated.size() + " requests");
                    break;
                }
                send(op, r);
                sent++;
            }
            millisByOperation.put(op.key(), System.currentTimeMillis() - opStart);
        }
        serviceWideCases(ops);

        long seconds = (System.currentTimeMillis() - start) / 1000;
        StringBuilder summary = new StringBuilder()
                .append("hostile-input ").append(service).append(": ").append(requests).append(" requests, ")
                .append(operations).append(" operations, ").append(serverErrors).append(" 5xx")
                .append(toleratedServerErrors > 0 ? " (" + toleratedServerErrors + " of them tolerated: NUL character)" : "")
                .append(" (").append(authorizationCases).append(" authorization cases, seed ").append(seed).append(", ").append(seconds).append(" s, statuses ")
                .append(statusCounts).append(')');
        for (Map.Entry<String, Set<String>> e : nonProblemByStatus.entrySet()) {
            summary.append("\n  non-problem+json ").append(e.getKey()).append(" from: ").append(e.getValue());
        }
        if (!acceptedWrites.isEmpty()) {
            summary.append("\n  writes accepted (2xx) with hostile input: ").append(acceptedWrites);
        }
        summary.append("\n  slowest operations (ms): ");
        millisByOperation.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> summary.append(e.getKey()).append('=').append(e.getValue()).append("; "));
        for (String w : warnings) {
            summary.append("\n  note: ").append(w);
        }
        System.out.println(summary);
        if (!failures.isEmpty()) {
            StringBuilder b = new StringBuilder(summary).append("\n").append(failures.size()).append(" failures:\n");
            failures.forEach(f -> b.append(" - ").append(f).append('\n'));
            throw new AssertionError(b.toString());
        }
        if (outOfTime) {
            System.out.println("hostile-input " + service + ": WARNING the budget ran out before every operation was fuzzed");
        }
        return requests;
    }

    /** Checks that do not belong to one operation: routing, size limits, tokens, methods. */
    private void serviceWideCases(List<Operation> ops) {
        Map<String, String> h = Map.of("Accept", "application/json");
        send(null, new HostileRequest("(service)", "routing", "unknown path", "GET", "/api/v1/hostile-no-such-endpoint",
                h, null, null, Auth.ADMIN, Expect.REJECTED));
        send(null, new HostileRequest("(service)", "routing", "100 000-char URL", "GET",
                "/api/v1/" + "x".repeat(100_000), h, null, null, Auth.ADMIN, Expect.REJECTED));
        Set<String> paths = new LinkedHashSet<>();
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        for (Operation op : ops) {
            paths.add(op.path());
            methodsByPath.computeIfAbsent(op.path(), k -> new LinkedHashSet<>()).add(op.method());
        }
        for (Operation op : ops) {
            if (op.secured(doc.root()) && op.isRead() && op.params().stream().noneMatch(Param::required)) {
                send(op, new HostileRequest(op.key(), "auth", "expired token", "GET", op.path(), h, null, null,
                        Auth.EXPIRED, Expect.UNAUTHORIZED));
                break;
            }
        }
        for (Operation op : ops) {
            if (op.requestBodyContent().has("application/json") && !skippedOperations.containsKey(op.key())) {
                String path = op.path().replaceAll("\\{[^}]+}", HostileCases.MISSING_ID);
                byte[] big = new byte[11 * 1024 * 1024];
                java.util.Arrays.fill(big, (byte) ' ');
                big[0] = '[';
                big[big.length - 1] = ']';
                send(op, new HostileRequest(op.key(), "body-size", "11 MB body", op.method().toUpperCase(Locale.ROOT),
                        path, h, "application/json", big, Auth.ADMIN, Expect.REJECTED));
                break;
            }
        }
        // a method the path does not declare: 405 (id paths get an id that does not exist)
        for (String path : paths) {
            Set<String> declared = methodsByPath.get(path);
            String method = !declared.contains("patch") ? "PATCH" : !declared.contains("delete") ? "DELETE" : null;
            if (method != null && requests < maxTotal) {
                String p = path.replaceAll("\\{[^}]+}", HostileCases.MISSING_ID);
                send(null, new HostileRequest(method + " " + path, "method", "undeclared method", method, p, h,
                        "application/json", "{}".getBytes(StandardCharsets.UTF_8), Auth.ADMIN, Expect.REJECTED));
            }
        }
    }

    /** For a read with an integer path parameter, the first id its parent collection lists. */
    private Map<String, String> realPathValues(Operation op, Map<String, String> cache) {
        Map<String, String> values = new HashMap<>();
        for (Param p : op.params()) {
            if (!p.in().equals("path") || !OpenApiDocument.type(p.schema()).equals("integer")) {
                continue;
            }
            int at = op.path().indexOf("/{" + p.name() + "}");
            String collection = op.path().substring(0, Math.max(at, 0));
            if (collection.contains("{")) {
                continue;
            }
            String id = cache.computeIfAbsent(collection, c -> firstId(c));
            if (!id.isEmpty()) {
                values.put(p.name(), id);
            }
        }
        return values;
    }

    private String firstId(String collection) {
        boolean listable = doc.operations().stream().anyMatch(o -> o.path().equals(collection) && o.method().equals("get")
                && o.params().stream().noneMatch(Param::required));
        if (!listable) {
            return "";
        }
        try {
            Response r = RestAssured.given().header("Authorization", Tokens.bearer(adminToken)).get(collection);
            if (r.statusCode() != 200) {
                return "";
            }
            JsonNode body = OpenApiDocument.JSON.readTree(r.asByteArray());
            JsonNode first = body.has("items") ? body.path("items").path(0) : body.path(0);
            return first.path("id").isIntegralNumber() ? first.get("id").asText() : "";
        } catch (Exception e) {
            return "";
        }
    }

    private void send(Operation op, HostileRequest r) {
        requests++;
        if (r.expect() == Expect.UNAUTHORIZED || r.expect() == Expect.FORBIDDEN) {
            authorizationCases++;
        }
        RequestSpecification spec = RestAssured.given()
                .config(RestAssuredConfig.config()
                        .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 20_000)
                                .setParam("http.connection.timeout", 5_000)))
                .urlEncodingEnabled(false);
        r.headers().forEach(spec::header);
        if (r.auth() == Auth.ADMIN) {
            spec.header("Authorization", Tokens.bearer(adminToken));
        } else if (r.auth() == Auth.EXPIRED) {
            spec.header("Authorization", Tokens.bearer(expiredToken));
        } else if (r.auth() == Auth.FOREIGN_SIGNED) {
            spec.header("Authorization", Tokens.bearer(foreignToken));
        } else if (r.auth() == Auth.VIEWER) {
            spec.header("Authorization", Tokens.bearer(viewerToken));
        } else if (r.auth() == Auth.NO_ROLE) {
            spec.header("Authorization", Tokens.bearer(noRoleToken));
        } else if (r.auth() == Auth.UNKNOWN_ROLE) {
            spec.header("Authorization", Tokens.bearer(unknownRoleToken));
        }
        if (r.body() != null) {
            spec.contentType(r.contentType() == null ? "application/octet-stream" : r.contentType());
            spec.body(r.body());
        }
        Response res;
        long sentAt = System.nanoTime();
        try {
            res = spec.request(r.method(), r.pathAndQuery());
        } catch (Exception e) {
            if (r.category().equals("body-size") || r.category().equals("routing")) {
                // the server may close the connection while a too-large request is still being sent
                warnings.add(r.description() + ": connection closed by the server (" + e.getClass().getSimpleName() + ")");
                return;
            }
            fail(r, -1, "no answer: " + e, "");
            return;
        }
        check(op, r, res);
        long millis = (System.nanoTime() - sentAt) / 1_000_000;
        if (WindowCases.TIMED.contains(r.category()) && millis > WindowCases.MAX_MILLIS) {
            fail(r, res.statusCode(), "slow: answered in " + millis + " ms (at most " + WindowCases.MAX_MILLIS
                    + " ms: no work may grow with a date's value)", res.asString());
        }
    }

    private void check(Operation op, HostileRequest r, Response res) {
        int status = res.statusCode();
        statusCounts.merge(status, 1, Integer::sum);
        String contentType = res.contentType() == null ? "" : res.contentType();
        String body = res.asString();
        if (status >= 500) {
            serverErrors++;
            fail(r, status, "server error", body);
            return;
        }
        if (r.expect() == Expect.UNAUTHORIZED && status != 401) {
            fail(r, status, "expected 401", body);
        }
        if (r.expect() == Expect.FORBIDDEN && status != 403) {
            fail(r, status, "expected 403 for a role the operation does not allow", body);
        }
        if (r.expect() == Expect.REJECTED && status < 400) {
            fail(r, status, "invalid input accepted (expected 4xx)", body);
        }
        if (r.expect() == Expect.BAD_REQUEST && status != 400) {
            fail(r, status, "expected 400: a query parameter the operation cannot read as its type or range", body);
        }
        if (r.expect() == Expect.NOT_FOUND && status != 404) {
            fail(r, status, "expected 404: a path id that is no whole number names no record", body);
        }
        if ((r.expect() == Expect.BAD_REQUEST && status == 400 || r.expect() == Expect.NOT_FOUND && status == 404)
                && r.field() != null && !namesField(body, r.field())) {
            fail(r, status, "the problem does not name the parameter '" + r.field()
                    + "' (field or violations[].field)", body);
        }
        if (status >= 400) {
            checkProblem(r, status, contentType, body);
        } else if (!r.method().equals("GET") && r.auth() == Auth.ADMIN) {
            // not a failure (the document allows it), but worth reading: odd data the service stored
            acceptedWrites.add(r.operation() + " [" + r.category() + ": " + r.description() + "] → " + status);
        }
        if (op != null) {
            checkDocumented(op, r, status, contentType, body);
        }
    }

    private void checkProblem(HostileRequest r, int status, String contentType, String body) {
        if (!contentType.startsWith("application/problem+json")) {
            String where = r.operation().equals("(service)") ? r.description() : r.operation() + " (" + r.category() + ")";
            String gap = frameworkGap(r, status, body);
            String key = status + " " + (contentType.isEmpty() ? "<no content-type>" : contentType)
                    + (gap == null ? "" : " [framework: " + gap + "]");
            nonProblemByStatus.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(where);
            if (gap != null && !strictFramework) {
                return;
            }
            if (!allowedNonProblem.containsKey(status)) {
                fail(r, status, "4xx is not application/problem+json but '" + contentType + "'", body);
            }
            return;
        }
        try {
            JsonNode p = OpenApiDocument.JSON.readTree(body);
            if (!p.path("status").isIntegralNumber() || p.path("status").asInt() != status) {
                fail(r, status, "problem status " + p.path("status") + " differs from the HTTP status", body);
            }
            if ((status == 400 || status == 403) && (p.path("type").asText("").isBlank() || p.path("detail").asText("").isBlank())) {
                fail(r, status, "a 400/403 problem must carry a type and a detail", body);
            }
            String raw = rawControlCharacters(p);
            if (raw != null) {
                fail(r, status, "the problem echoes a control character unescaped in '" + raw + "'", body);
            }
        } catch (Exception e) {
            fail(r, status, "problem+json body is not JSON", body);
        }
    }

    /** The first text member of a problem (at any depth) holding a C0/C1 control character, or null. */
    static String rawControlCharacters(JsonNode node) {
        if (node.isTextual()) {
            for (char c : node.asText().toCharArray()) {
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                    return node.asText();
                }
            }
            return null;
        }
        for (JsonNode child : node) {
            String raw = rawControlCharacters(child);
            if (raw != null) {
                return raw;
            }
        }
        return null;
    }

    /** The problem's {@code field}, or one of its {@code violations[].field}, is this parameter. */
    static boolean namesField(String body, String field) {
        try {
            JsonNode p = OpenApiDocument.JSON.readTree(body);
            if (field.equals(p.path("field").asText(null))) {
                return true;
            }
            for (JsonNode v : p.path("violations")) {
                if (field.equals(v.path("field").asText(null))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Answers Vert.x gives before any service code runs, which only its configuration could change:
     * 414/431 for a request line or headers over its limits (empty body). Unreadable JSON bodies are
     * problem+json through service-common's JsonProblemMappers and are checked like any other answer.
     */
    static String frameworkGap(HostileRequest r, int status, String body) {
        if (status == 414 || status == 431) {
            return status + " from Vert.x for an over-long request line/headers (empty body)";
        }
        return null;
    }

    private static boolean carriesNul(HostileRequest r) {
        return r.pathAndQuery().contains("%00")
                || (r.body() != null && new String(r.body(), StandardCharsets.UTF_8).matches("(?s).*(\\\\u0000|\u0000).*"));
    }

    /** A 2xx is a status the operation documents; a declared JSON schema is checked. */
    private void checkDocumented(Operation op, HostileRequest r, int status, String contentType, String body) {
        JsonNode responses = op.node().path("responses");
        if (status >= 200 && status < 300) {
            Set<String> declared2xx = new LinkedHashSet<>();
            responses.fieldNames().forEachRemaining(c -> {
                if (c.startsWith("2")) {
                    declared2xx.add(c);
                }
            });
            boolean ok = declared2xx.contains(String.valueOf(status)) || declared2xx.contains("2XX")
                    || ((declared2xx.isEmpty() || declared2xx.equals(Set.of("200")))
                            && (status == 200 || status == 201 || status == 204));
            if (!ok) {
                fail(r, status, "status not documented (documented 2xx: " + declared2xx + ")", body);
                return;
            }
        }
        JsonNode declared = responses.path(String.valueOf(status));
        if (declared.isMissingNode() || !contentType.contains("json") || body.isEmpty()) {
            return;
        }
        String media = contentType.split(";")[0].trim();
        JsonNode schema = null;
        Iterator<Map.Entry<String, JsonNode>> it = declared.path("content").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(media) || (schema == null && e.getKey().contains("json"))) {
                schema = e.getValue().path("schema");
            }
        }
        if (schema == null || schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        try {
            List<String> errors = schemaCheck.check(OpenApiDocument.JSON.readTree(body), schema);
            if (!errors.isEmpty()) {
                fail(r, status, "body does not match the declared schema: " + errors, body);
            }
        } catch (Exception e) {
            fail(r, status, "declared JSON, body is not JSON", body);
        }
    }

    private void fail(HostileRequest r, int status, String why, String body) {
        String tolerated = toleratedCases.get(r.operation() + " | " + r.category());
        if (tolerated == null && nulTolerance != null && status == 500 && carriesNul(r)) {
            tolerated = nulTolerance;
            toleratedServerErrors++;
        }
        String line = r.operation() + " [" + r.category() + ": " + r.description() + "] → " + status + " " + why
                + "\n     request: " + r.summary() + "\n     answer: " + HostileRequest.excerpt(body, 300);
        if (tolerated != null) {
            warnings.add("tolerated (" + tolerated + "): " + line);
        } else {
            failures.add(line);
        }
    }
}
