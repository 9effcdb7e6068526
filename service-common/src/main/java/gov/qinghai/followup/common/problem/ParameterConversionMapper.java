package gov.qinghai.followup.common.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A query parameter that cannot be read as its type ({@code ?size=632725194187416180}, {@code ?status=NOT_A_STATUS},
 * {@code ?from=2017-02-30}) is 400 problem+json naming it, with what it must be (bad input is a 4xx naming
 * the field). RESTEasy Reactive follows Jakarta REST 3.2 and raises a bare {@code NotFoundException} wrapping the
 * conversion error, which named nothing and read as "no such endpoint" (quarkusio/quarkus#42167, #49074; a
 * {@code ParamConverterProvider} would not do: the framework never asks one for java.time types).
 *
 * <p>A path parameter that is not of its type ({@code /referrals/abc}) stays 404, since no record can have that
 * id, now naming the parameter too. Any other 404 (no route, or a resource's own) is answered as the extension
 * answers it. The problem goes through the extension's post-processors, so it is logged, masked and gets its
 * instance like every other problem.
 */
public class ParameterConversionMapper {

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e, ResourceInfo resource, UriInfo uri) {
        Optional<UnreadableParameter> bad = e.getCause() == null || resource == null ? Optional.empty()
                : UnreadableParameter.find(resource.getResourceMethod(), nonEmpty(uri.getQueryParameters(true)),
                        uri.getPathParameters(true));
        HttpProblem problem = bad.map(ParameterConversionMapper::problem)
                .orElseGet(() -> HttpProblem.valueOf(Response.Status.NOT_FOUND, e.getMessage()));
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(e, uri))
                .toResponse();
    }

    static HttpProblem problem(UnreadableParameter p) {
        boolean path = p.in().equals(UnreadableParameter.PATH);
        return Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + (path ? "not-found" : "invalid-field")))
                .withTitle(path ? "Not Found" : "Bad Request")
                .withStatus(path ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST), path
                        ? Detail.of("detail.unreadable-path-parameter", "path parameter '{0}' {1}, so nothing is there "
                                + "(the value sent is not repeated here)", p.name(), p.must())
                        : Detail.of("detail.unreadable-parameter", "query parameter '{0}' {1} (the value sent is not "
                                + "repeated here)", p.name(), p.must()))
                .with("field", p.name())
                .with("violations", List.of(new Violation(p.name(), p.in(), p.message())))
                .build();
    }

    private static Map<String, List<String>> nonEmpty(Map<String, List<String>> m) {
        return m == null ? Map.of() : m;
    }

    /** Shaped (and logged) like the extension's bean-validation violations: {field, in, message}. */
    public record Violation(String field, String in, String message) {
        @Override
        public String toString() {
            return "Violation{field='" + field + "', in='" + in + "', message='" + message + "'}";
        }
    }
}
