package gov.qinghai.followup.common.testing;

import gov.qinghai.followup.common.testing.OpenApiDocument.Operation;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reporter of unit A on unit B's object → 403 (OWASP API1 BOLA), which {@link HostileInputHarness} cannot
 * generate because it does not know who owns what. A service test lists, per write operation of its own
 * {@code /q/openapi}, requests by a reporter of another unit; every write operation must have at least one such
 * case or a stated exemption, so an endpoint added later fails the test until it is covered. Every case must be 403
 * problem+json. Prints {@code cross-unit <service>: N authorization cases on M write operations}.
 */
public final class CrossUnitCheck {
    private final String service;
    private final Map<String, List<Supplier<Response>>> cases = new LinkedHashMap<>();
    private final Map<String, String> exempt = new LinkedHashMap<>();
    private final Map<String, List<Callable<?>>> serviceCases = new LinkedHashMap<>();

    private CrossUnitCheck(String service) {
        this.service = service;
    }

    public static CrossUnitCheck forService(String service) {
        return new CrossUnitCheck(service);
    }

    /** A request by a reporter of another unit on operation {@code "POST /api/v1/…/{id}"}; it must get 403. */
    public CrossUnitCheck refused(String operation, Supplier<Response> request) {
        cases.computeIfAbsent(operation, k -> new ArrayList<>()).add(request);
        return this;
    }

    /**
     * The same refusal one layer down: the service method behind {@code operation}, called directly as the caller
     * of {@code token} ({@link ActingAs}), must throw a 403 problem. Proves the check is in the service layer.
     */
    public CrossUnitCheck refusedInService(String operation, String token, Callable<?> serviceCall) {
        serviceCases.computeIfAbsent(operation, k -> new ArrayList<>()).add(() -> ActingAs.call(token, serviceCall));
        return this;
    }

    /** A write operation with no unit-owned object (e.g. computing a pseudonym), with the reason. */
    public CrossUnitCheck exempt(String operation, String reason) {
        exempt.put(operation, reason);
        return this;
    }

    /** The HTTP status a refusal carries, or null when the call went through. */
    private static Integer statusOfCall(Callable<?> call) {
        try {
            call.call();
            return null;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpProblem p) {
                    return p.getStatusCode();
                }
                if (t instanceof WebApplicationException w) {
                    return w.getResponse().getStatus();
                }
            }
            throw new AssertionError("not a refusal: " + e, e);
        }
    }

    /** Runs every case; fails on an uncovered write operation or any answer but 403. Returns the number of cases. */
    public int run() {
        OpenApiDocument doc = OpenApiDocument.parse(Management.given().accept("application/json")
                .get("/q/openapi?format=json").asString());
        Set<String> writes = doc.operations().stream().filter(o -> !o.isRead()).map(Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> uncovered = new TreeSet<>(writes);
        uncovered.removeAll(cases.keySet());
        uncovered.removeAll(exempt.keySet());
        Set<String> unknown = new TreeSet<>(cases.keySet());
        unknown.addAll(exempt.keySet());
        unknown.addAll(serviceCases.keySet());
        unknown.removeAll(writes);
        List<String> failures = new ArrayList<>();
        uncovered.forEach(o -> failures.add("no cross-unit case for write operation " + o));
        unknown.forEach(o -> failures.add("not a write operation of the OpenAPI document: " + o));
        int sent = 0;
        for (Map.Entry<String, List<Supplier<Response>>> e : cases.entrySet()) {
            for (Supplier<Response> request : e.getValue()) {
                Response r = request.get();
                sent++;
                String type = r.contentType() == null ? "" : r.contentType();
                if (r.statusCode() != 403 || !type.startsWith("application/problem+json")) {
                    failures.add(e.getKey() + " case " + sent + ": " + r.statusCode() + " " + type + " "
                            + r.asString());
                }
            }
        }
        int direct = 0;
        for (Map.Entry<String, List<Callable<?>>> e : serviceCases.entrySet()) {
            for (Callable<?> call : e.getValue()) {
                direct++;
                Integer status = statusOfCall(call);
                if (status == null || status != 403) {
                    failures.add(e.getKey() + " service case " + direct + ": " + (status == null ? "no refusal"
                            : "refused with " + status));
                }
            }
        }
        System.out.println("cross-unit " + service + ": " + (sent + direct) + " authorization cases (" + sent
                + " over HTTP on " + cases.size() + " write operations, " + direct + " direct service calls on "
                + serviceCases.size() + " unit-owned operations), " + failures.size() + " failures; exempt: " + exempt);
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
        return sent + direct;
    }
}
