package gov.qinghai.followup.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * While the database is unreachable the answer is 503 problem+json with Retry-After, quickly (the pool's
 * acquisition timeout), never a hang or a 500: callers and load balancers know to retry.
 */
public class DatabaseUnavailableMapper {

    @ServerExceptionMapper(priority = 1)
    public Response connection(JDBCConnectionException e) {
        return unavailable();
    }

    @ServerExceptionMapper(priority = 1)
    public Response transientConnection(SQLTransientConnectionException e) {
        return unavailable();
    }

    /** Agroal reports an exhausted or dead pool as a plain SQLException with SQL state 08xxx or none. */
    public static boolean isConnectionFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JDBCConnectionException || c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException s && (s.getSQLState() != null && s.getSQLState().startsWith("08")
                    || String.valueOf(s.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    public static Response unavailable() {
        Response r = HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "database-unavailable"))
                .withTitle("Service Unavailable")
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withDetail("the database is not reachable right now; retry shortly")
                .build().toResponse();
        return Response.fromResponse(r).header("Retry-After", "5").build();
    }
}
