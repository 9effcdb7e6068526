package gov.qinghai.followup.common.problem;

import gov.qinghai.followup.common.privacy.NationalIdMask;
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
        if (status < 400 || PROBLEM.isCompatible(response.getMediaType())) {
            return;
        }
        Object entity = response.getEntity();
        String field = entity == null ? null : attribute(entity);
        if (entity != null && field == null) {
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.BASE + (status == 400 ? "bad-request" : "http-" + status));
        problem.put("title", type == null ? "Error" : type.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", field != null ? "field '" + field + "' has the wrong type or format"
                : status == 400 ? "the request body is not the JSON this operation expects" : null);
        if (field != null) {
            problem.put("field", field);
        }
        problem.put("instance", NationalIdMask.mask(request.getUriInfo().getPath()));
        response.setEntity(problem, null, PROBLEM);
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
