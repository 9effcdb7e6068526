package gov.qinghai.followup.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 problem+json for a missing, expired or wrongly signed token. The security mappers that
 * quarkus-resteasy-problem 3.21.0 ships fail on Quarkus 3.33 (NoSuchFieldError on ChallengeData),
 * so these take precedence.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return unauthorizedResponse(Detail.of("detail.unauthorized.missing", "a valid bearer token is required"));
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorizedResponse(Detail.of("detail.unauthorized.invalid",
                "the bearer token is expired, malformed or not signed by a trusted key"));
    }

    private static Response unauthorizedResponse(Detail detail) {
        Response r = Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "unauthorized"))
                .withTitle("Unauthorized")
                .withStatus(Response.Status.UNAUTHORIZED), detail)
                .build().toResponse();
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
