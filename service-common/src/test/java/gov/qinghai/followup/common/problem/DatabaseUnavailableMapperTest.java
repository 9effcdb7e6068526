package gov.qinghai.followup.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures are "the database is not reachable right now" (503 with Retry-After), not a 500. */
class DatabaseUnavailableMapperTest {

    private static Throwable wrapped(String sqlState) {
        return new PersistenceException("JDBC exception executing SQL", new SQLException("from PostgreSQL", sqlState));
    }

    @Test
    void aDatabaseShuttingDownOrRestartingIsUnavailable() {
        assertTrue(DatabaseUnavailableMapper.isConnectionFailure(wrapped("57P01")), "terminating connection due to administrator command");
        assertTrue(DatabaseUnavailableMapper.isConnectionFailure(wrapped("57P02")), "crash shutdown");
        assertTrue(DatabaseUnavailableMapper.isConnectionFailure(wrapped("57P03")), "the database system is starting up");
        assertTrue(DatabaseUnavailableMapper.isConnectionFailure(wrapped("08006")), "connection failure");
        assertTrue(DatabaseUnavailableMapper.isConnectionFailure(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseUnavailableMapper.isConnectionFailure(wrapped("23505")), "unique violation");
        assertFalse(DatabaseUnavailableMapper.isConnectionFailure(wrapped("57014")), "statement cancelled (timeout)");
        assertFalse(DatabaseUnavailableMapper.isConnectionFailure(wrapped(null)));
    }
}
