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

    /**
     * Agroal reports an exhausted or dead pool as a plain SQLException with SQL state 08xxx or none. PostgreSQL going
     * down ends the sessions it has with 57P01 (admin shutdown), 57P02 (crash shutdown) or refuses new ones with 57P03
     * (starting up or shutting down): the statement that meets it gets the same answer. A pooled connection is checked
     * before it is lent out only after a second idle (DB_IDLE_VALIDATION), so a request just as the database stops
     * can meet these states on its statement rather than on the pool's check.
     */
    public static boolean isConnectionFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JDBCConnectionException || c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException s && (s.getSQLState() != null && (s.getSQLState().startsWith("08")
                    || s.getSQLState().startsWith("57P0"))
                    || String.valueOf(s.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    public static Response unavailable() {
        Response r = Problems.withDetail(HttpProblem.builder()
                .withType(URI.create(Problems.BASE + "database-unavailable"))
                .withTitle("Service Unavailable")
                .withStatus(Response.Status.SERVICE_UNAVAILABLE), Detail.of("detail.database-unavailable",
                        "the database is not reachable right now; retry shortly"))
                .build().toResponse();
        return Response.fromResponse(r).header("Retry-After", "5").build();
    }
}
