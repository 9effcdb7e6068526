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

    /**
     * An export larger than the one bound of every export (EXPORT_MAX_ROWS, {@code qinghai.exports.max-rows};
     * common.tables.ExportLimit): refused, never truncated. {@code field} names the parameter that narrows it.
     */
    public static HttpProblem exportTooLarge(String field, long rows, long limit, String narrowing) {
        return HttpProblem.builder()
                .withType(URI.create(BASE + "export-too-large"))
                .withTitle("Unprocessable Content")
                .withStatus(422)
                .withDetail("the export would hold " + rows + " rows; one export holds at most " + limit
                        + " (EXPORT_MAX_ROWS): " + narrowing)
                .with("field", field)
                .with("limit", limit)
                .with("rows", rows)
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
