package gov.qinghai.followup.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;

/**
 * A concurrent update (lost race on {@code @Version}) or a unique/foreign-key clash found by the
 * database is the client's conflict, not a server error: 409 problem+json.
 */
@Provider
public class PersistenceConflictMapper implements ExceptionMapper<PersistenceException> {
    private static final Logger LOG = Logger.getLogger(PersistenceConflictMapper.class);

    @Override
    public Response toResponse(PersistenceException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Problems.conflict(Detail.of("detail.conflict.concurrent",
                        "the record was changed by a concurrent request; reload and retry"))
                        .toResponse();
            }
            if (cause instanceof DataException) {
                // e.g. a NUL character or a value too long for its column: the input, not the server
                return Problems.badRequest(null, Detail.of("detail.unstorable",
                        "a value cannot be stored as sent (invalid characters or too long)"))
                        .toResponse();
            }
            if (cause instanceof ConstraintViolationException cve) {
                return Problems.conflict(Detail.of("detail.conflict.clash",
                        "the change clashes with existing data ({0})", cve.getConstraintName()))
                        .toResponse();
            }
            cause = cause.getCause();
        }
        if (DatabaseUnavailableMapper.isConnectionFailure(e)) {
            return DatabaseUnavailableMapper.unavailable();
        }
        LOG.error("persistence failure", e);
        return HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR).toResponse();
    }
}
