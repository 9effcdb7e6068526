package gov.qinghai.followup.common.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The PostgreSQL JDBC driver, counting the statements every connection prepares ({@code createStatement},
 * {@code prepareStatement}, {@code prepareCall}), per datasource: the connection's {@code ApplicationName} (the
 * {@code reads} datasource sets one), else "default". A service's tests name it as the driver of its datasources
 * ({@code %test.quarkus.datasource.jdbc.driver} and {@code %test.quarkus.datasource.reads.jdbc.driver}), so
 * {@link StatementCounter} counts what a request runs on every datasource, through Hibernate or plain JDBC alike.
 */
public final class CountingDriver implements Driver {
    private static final Map<String, AtomicLong> PREPARED = new ConcurrentHashMap<>();
    private static final Set<String> COUNTED = Set.of("createStatement", "prepareStatement", "prepareCall");

    private final Driver postgres = new org.postgresql.Driver();

    /** Statements prepared so far, per datasource. */
    public static Map<String, Long> prepared() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        PREPARED.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** True once a connection was opened through this driver (the service's tests configured it). */
    public static boolean active() {
        return !PREPARED.isEmpty();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection c = postgres.connect(url, info);
        if (c == null) {
            return null;
        }
        String name = info == null ? null : info.getProperty("ApplicationName");
        AtomicLong count = PREPARED.computeIfAbsent(name == null || name.isBlank() ? "default" : name,
                k -> new AtomicLong());
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    if (COUNTED.contains(method.getName())) {
                        count.incrementAndGet();
                    }
            }
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }
}
