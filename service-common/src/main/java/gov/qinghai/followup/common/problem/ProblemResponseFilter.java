package gov.qinghai.followup.common.problem;

import gov.qinghai.followup.common.privacy.ControlChars;
import gov.qinghai.followup.common.privacy.NationalIdProblemMasking;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The last word on error answers: a 4xx/5xx that leaves the JAX-RS layer without a problem+json body
 * (the JSON reader's bare 400 for an unreadable body, quarkus-rest-jackson's {objectName, attributeName}
 * body for a wrong type) is rewritten as problem+json with the same status and, where known, the field. Its
 * instance (the request path) has ID-like numbers masked, as {@code common.privacy.NationalIdProblemMasking} does
 * for the mappers' problems.
 */
public class ProblemResponseFilter {
    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    @ServerResponseFilter(priority = 1)
    public void toProblem(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400) {
            return;
        }
        if (PROBLEM.isCompatible(response.getMediaType())) {
            // problems built with toResponse() bypass the extension's post-processors: the same cleaning here
            if (response.getEntity() instanceof HttpProblem p) {
                HttpProblem clean = NationalIdProblemMasking.clean(p);
                if (p.getType() == null || p.getDetail() == null || p.getDetail().isBlank()) {
                    // the framework's own problems (constraint violations, @RolesAllowed, unreadable JSON) come
                    // without type or detail: every problem gets both, like the ones the services raise
                    HttpProblem.Builder b = HttpProblem.builder(clean);
                    if (p.getType() == null) {
                        b.withType(java.net.URI.create(Problems.BASE + defaultType(status)));
                    }
                    if (p.getDetail() == null || p.getDetail().isBlank()) {
                        b.withDetail(p.getParameters().containsKey("violations")
                                ? "the request has invalid values: violations names each field and what it must be"
                                : defaultDetail(status));
                    }
                    clean = b.build();
                }
                if (clean != p) {
                    response.setEntity(clean, null, PROBLEM);
                }
            }
            return;
        }
        Object entity = response.getEntity();
        String field = entity == null ? null : attribute(entity);
        if (entity != null && field == null) {
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.BASE + defaultType(status));
        problem.put("title", type == null ? "Error" : type.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", field != null ? "field '" + ControlChars.safe(field) + "' has the wrong type or format"
                : status == 400 ? "the request body is not the JSON this operation expects" : defaultDetail(status));
        if (field != null) {
            problem.put("field", ControlChars.safe(field));
        }
        problem.put("instance", ControlChars.safe(request.getUriInfo().getPath()));
        response.setEntity(problem, null, PROBLEM);
    }

    static String defaultType(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            default -> "http-" + status;
        };
    }

    /** Every problem says what happened in words, also when the code that refused gave no detail. */
    static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "the request cannot be read as this operation expects";
            case 401 -> "a valid bearer token is required";
            case 403 -> "the token's role may not perform this operation";
            case 404 -> "no such resource";
            case 405 -> "this path does not accept this HTTP method";
            case 406 -> "the requested media type (Accept) is not offered by this operation";
            case 415 -> "this operation does not accept the request's Content-Type";
            default -> {
                Response.StatusType t = Response.Status.fromStatusCode(status);
                yield t == null ? "the request was refused (HTTP " + status + ")" : t.getReasonPhrase();
            }
        };
    }

    /** The attributeName of quarkus-rest-jackson's mismatched-input body, if that is what this is. */
    private static String attribute(Object entity) {
        try {
            Method m = entity.getClass().getMethod("getAttributeName");
            Object v = m.invoke(entity);
            return v == null ? "" : v.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
