package gov.qinghai.followup.common.reads;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads that tolerate bounded staleness, served from the datasource {@code reads} ({@code READ_DB_URL}: a PostgreSQL
 * streaming replica, e.g. CloudNativePG's {@code qinghai-db-ro}; unset, the primary itself). Each read states its
 * bound; it runs on the replica only while the replica's replay lag is within that bound, and on the primary when
 * the lag is larger or the replica cannot be reached, so a read is never staler than its bound and never fails
 * because of the replica. Writes, and reads that must see the caller's own write, use the default datasource (the
 * primary) and never come here.
 *
 * <p>Lag is measured on the replica as {@code now() - pg_last_xact_replay_timestamp()}, 0 while everything received
 * has been replayed (an idle primary sends nothing, so the replay timestamp alone would look old), at most once a
 * second per pod. Meters: {@code reads_replication_lag_seconds} (-1 when the reads datasource is not a standby or
 * cannot be reached) and {@code reads_served_total{datasource=reads|default, standby}}.
 */
@ApplicationScoped
public class ReadReplica {
    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    static final String LAG_SQL = """
            select pg_is_in_recovery(),
                   case when not pg_is_in_recovery() then 0
                        when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                        else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end""";

    /** A unit of JDBC work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** What the reads datasource was at the last look. */
    public record State(boolean reachable, boolean standby, double lagSeconds, long checkedAtNanos) {
    }

    @Inject
    @DataSource("reads")
    AgroalDataSource reads;
    @Inject
    AgroalDataSource primary;
    @Inject
    MeterRegistry registry;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @ConfigProperty(name = "reads.lag-check-interval", defaultValue = "1s")
    Duration checkInterval;

    private volatile State state = new State(false, false, -1, Long.MIN_VALUE);

    void registerMeters(@Observes StartupEvent event) {
        Gauge.builder("reads.replication.lag", this, r -> r.state.reachable() && r.state.standby() ? r.state.lagSeconds() : -1)
                .baseUnit("seconds").description("Replay lag of the reads datasource (READ_DB_URL) behind the primary; -1 when it is not a standby or unreachable")
                .register(registry);
    }

    /** Runs {@code work} on the replica if its lag is within {@code maxStaleness}, otherwise on the primary. */
    public <T> T read(Duration maxStaleness, Work<T> work) {
        if (transactions.getTransactionKey() != null) {
            return onPrimary(work); // inside a transaction: the primary's connection of that transaction sees its writes
        }
        State s = state();
        if (useReads(s, maxStaleness)) {
            try (Connection c = reads.getConnection()) {
                T result = work.run(c);
                registry.counter("reads.served", "datasource", "reads", "standby", String.valueOf(s.standby())).increment();
                return result;
            } catch (SQLException e) {
                if (!connectionProblem(e)) {
                    throw new IllegalStateException(e);
                }
                LOG.warnf("reads datasource failed (%s): reading from the primary", e.getMessage());
                state = new State(false, false, -1, System.nanoTime());
            }
        }
        return onPrimary(work);
    }

    /** The reads datasource serves a read with this bound: reachable, and its lag within the bound. */
    static boolean useReads(State s, Duration maxStaleness) {
        return s.reachable() && s.lagSeconds() >= 0 && s.lagSeconds() <= maxStaleness.toMillis() / 1000.0;
    }

    /**
     * Runs {@code work} on the primary (e.g. to confirm that something the replica does not have really is missing); inside
     * a JTA transaction the connection is that transaction's, so it sees the transaction's own writes.
     */
    public <T> T onPrimary(Work<T> work) {
        try (Connection c = primary.getConnection()) {
            T result = work.run(c);
            registry.counter("reads.served", "datasource", "default", "standby", "false").increment();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reads datasource's state, looked at again when the last look is older than the check interval. */
    public State state() {
        State s = state;
        if (System.nanoTime() - s.checkedAtNanos() < checkInterval.toNanos() && s.checkedAtNanos() != Long.MIN_VALUE) {
            return s;
        }
        return refresh();
    }

    /** Looks at the reads datasource now: standby or not, and its replay lag. */
    public State refresh() {
        State s;
        try (Connection c = reads.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(LAG_SQL)) {
            rs.next();
            s = new State(true, rs.getBoolean(1), rs.getDouble(2), System.nanoTime());
        } catch (SQLException e) {
            LOG.debugf("reads datasource unreachable: %s", e.getMessage());
            s = new State(false, false, -1, System.nanoTime());
        }
        state = s;
        return s;
    }

    private static boolean connectionProblem(SQLException e) {
        String sqlState = e.getSQLState();
        // 08: connection, 57P: shutdown, 40001: cancelled by a conflict with recovery (a query on a standby)
        return sqlState == null || sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("40001");
    }
}
