package gov.qinghai.followup.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;

/** The problem+json answers services raise on purpose; stable {@code type} URIs clients can switch on. */
public final class Problems {
    /**
     * Where every type resolves: GET /problems/{type} on the service that answered (ProblemCatalogueResource), a
     * relative reference resolved against the answer's own URI (RFC 9457 §3.1.1).
     */
    public static final String BASE = "/problems/";

    private Problems() {
    }

    public static HttpProblem notFound(String what, Object id) {
        return build(Status.NOT_FOUND, "not-found", "Not Found", what + " " + id + " does not exist", null);
    }

    public static HttpProblem badRequest(String field, String detail) {
        return build(Status.BAD_REQUEST, "invalid-field", "Bad Request", detail, field);
    }

    public static HttpProblem conflict(String detail) {
        return build(Status.CONFLICT, "conflict", "Conflict", detail, null);
    }

    public static HttpProblem staleVersion(String what, long sent, long current) {
        return build(Status.CONFLICT, "stale-version", "Conflict",
                what + " was changed by someone else: you sent version " + sent + ", current is " + current
                        + "; reload and retry", "version");
    }

    public static HttpProblem forbidden(String detail) {
        return build(Status.FORBIDDEN, "forbidden", "Forbidden", detail, null);
    }

    public static HttpProblem unprocessable(String field, String detail) {
        return build(422, "unprocessable", "Unprocessable Content", detail, field);
    }

    /** An export larger than its documented bound (config {@code exports.max-rows}): refused, never truncated. */
    public static HttpProblem exportTooLarge(long rows, long maxRows) {
        return HttpProblem.builder()
                .withType(URI.create(BASE + "export-too-large"))
                .withTitle("Unprocessable Content")
                .withStatus(422)
                .withDetail("the export would hold " + rows + " rows; one export holds at most " + maxRows
                        + " (exports.max-rows): narrow it with the list's filters")
                .with("maxRows", maxRows)
                .build();
    }

    private static HttpProblem build(Status status, String type, String title, String detail, String field) {
        return build(status.getStatusCode(), type, title, detail, field);
    }

    private static HttpProblem build(int status, String type, String title, String detail, String field) {
        HttpProblem.Builder b = HttpProblem.builder()
                .withType(URI.create(BASE + type))
                .withTitle(title)
                .withStatus(status)
                .withDetail(detail);
        if (field != null) {
            b.with("field", field);
        }
        return b.build();
    }
}
